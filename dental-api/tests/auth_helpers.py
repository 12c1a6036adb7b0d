"""Small helpers shared by the auth and user-administration tests."""
from sqlalchemy import func, select

from src.extensions import db

from .factories import PASSWORD

NEW_PASSWORD = "Nouveau-secret-2026"


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def count(model):
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model))


def reload(instance):
    db.session.expire_all()
    return db.session.get(type(instance), instance.id)


def login(client, email, password=PASSWORD, **headers):
    return client.post("/api/auth/login", json={"email": email, "password": password}, headers=headers)


def session_of(client, user, password=PASSWORD):
    """A logged-in pair of tokens for user, through the real login route."""
    response = login(client, user.email, password)
    assert response.status_code == 200, response.json
    return response.json


def cookie_header(response, name):
    """The Set-Cookie header setting the cookie `name` (None when there is none)."""
    return next((value for value in response.headers.getlist("Set-Cookie") if value.startswith(f"{name}=")),
                None)
