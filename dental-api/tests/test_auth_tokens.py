"""Refresh rotation and reuse detection, logout, the cookie flow."""
import threading

import pytest
from flask_jwt_extended import decode_token

from src.config import Config
from src.extensions import db
from src.models import RevokedToken
from src.services import tokens

from .auth_helpers import bearer, cookie_header, count, login, session_of
from .factories import make_user

COOKIE = {"X-Auth-Mode": "cookie"}


def refresh(client, token):
    return client.post("/api/auth/refresh", headers=bearer(token))


def me(client, token):
    return client.get("/api/auth/me", headers=bearer(token)).status_code


def test_refresh_rotates_the_pair_within_the_same_login(client):
    pair = session_of(client, make_user())
    response = refresh(client, pair["refresh_token"])
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert set(response.json) == {"access_token", "refresh_token"}
    new = response.json
    assert new["refresh_token"] != pair["refresh_token"]
    assert decode_token(new["refresh_token"])["fam"] == decode_token(pair["refresh_token"])["fam"]
    assert me(client, new["access_token"]) == 200
    assert refresh(client, new["refresh_token"]).status_code == 200


def test_reusing_a_spent_refresh_token_ends_the_whole_login(client):
    user = make_user()
    pair = session_of(client, user)
    other_login = session_of(client, user)
    new = refresh(client, pair["refresh_token"]).json
    response = refresh(client, pair["refresh_token"])
    assert response.status_code == 401
    assert "message" in response.json
    assert refresh(client, new["refresh_token"]).status_code == 401
    assert me(client, new["access_token"]) == 401
    assert me(client, pair["access_token"]) == 401
    assert me(client, other_login["access_token"]) == 200


def test_two_rotations_of_one_token_at_once_cannot_both_win(client):
    user = make_user()
    payload = decode_token(session_of(client, user)["refresh_token"])
    first, second = tokens.rotate(payload, user), tokens.rotate(payload, user)
    assert first is not None and second is None
    assert tokens.is_revoked(decode_token(first["refresh_token"]))


def test_concurrent_refreshes_with_one_token_let_exactly_one_through(app, client):
    token = session_of(client, make_user())["refresh_token"]
    db.session.commit()
    barrier, statuses = threading.Barrier(2), []

    def attempt():
        barrier.wait()
        statuses.append(app.test_client().post("/api/auth/refresh", headers=bearer(token)).status_code)

    threads = [threading.Thread(target=attempt) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(statuses) == [200, 401]


@pytest.mark.parametrize("kind", ["access", "ticket", "garbage", "none"])
def test_refresh_needs_a_refresh_token(client, kind):
    user = make_user(role="admin")
    pair = session_of(client, user)
    token = {"access": pair["access_token"], "ticket": tokens.issue_stream_ticket(user)["token"],
             "garbage": "abc.def.ghi", "none": None}[kind]
    response = client.post("/api/auth/refresh", headers=bearer(token) if token else {})
    assert response.status_code == 401
    assert "message" in response.json
    assert refresh(client, pair["refresh_token"]).status_code == 200


def test_logout_revokes_the_login_in_the_database(client):
    user = make_user()
    pair = session_of(client, user)
    other_login = session_of(client, user)
    response = client.post("/api/auth/logout", headers=bearer(pair["access_token"]))
    assert response.status_code == 200
    assert "message" in response.json
    db.session.remove()
    assert count(RevokedToken) == 1
    assert me(client, pair["access_token"]) == 401
    assert refresh(client, pair["refresh_token"]).status_code == 401
    assert me(client, other_login["access_token"]) == 200


def test_logout_also_revokes_the_refresh_token_in_the_body(client):
    user = make_user()
    pair, other_login = session_of(client, user), session_of(client, user)
    stranger = session_of(client, make_user())
    body = {"refresh_token": other_login["refresh_token"]}
    assert client.post("/api/auth/logout", json=body, headers=bearer(pair["access_token"])).status_code == 200
    assert refresh(client, other_login["refresh_token"]).status_code == 401
    stranger_body = {"refresh_token": stranger["refresh_token"]}
    other = session_of(client, user)
    response = client.post("/api/auth/logout", json=stranger_body, headers=bearer(other["access_token"]))
    assert response.status_code == 200
    assert refresh(client, stranger["refresh_token"]).status_code == 200


@pytest.mark.parametrize("body, status", [({"refresh_token": "pas-un-jeton"}, 200),
                                          ({"everything": True}, 422), ({"refresh_token": 5}, 422)])
def test_logout_bodies(client, body, status):
    pair = session_of(client, make_user())
    response = client.post("/api/auth/logout", json=body, headers=bearer(pair["access_token"]))
    assert response.status_code == status
    assert me(client, pair["access_token"]) == (401 if status == 200 else 200)


def test_logout_needs_an_access_token(client):
    pair = session_of(client, make_user())
    assert client.post("/api/auth/logout").status_code == 401
    assert client.post("/api/auth/logout", headers=bearer(pair["refresh_token"])).status_code == 401
    assert count(RevokedToken) == 0


def assert_refresh_cookie(response):
    refresh_cookie = cookie_header(response, "refresh_token_cookie")
    assert refresh_cookie is not None
    for attribute in ("HttpOnly", "SameSite=Strict", "Path=/api/auth", "Secure", "Max-Age=2592000"):
        assert attribute in refresh_cookie.split("; ")
    csrf_cookie = cookie_header(response, "csrf_refresh_token")
    assert "HttpOnly" not in csrf_cookie and "Path=/" in csrf_cookie.split("; ")
    assert "refresh_token" not in response.json
    assert response.headers["Cache-Control"] == "no-store"


def csrf(client):
    return {"X-CSRF-TOKEN": client.get_cookie("csrf_refresh_token").value}


def test_cookie_mode_login_and_refresh(client):
    make_user(email="amina@example.com")
    response = login(client, "amina@example.com", **COOKIE)
    assert response.status_code == 200
    assert_refresh_cookie(response)
    first_cookie = client.get_cookie("refresh_token_cookie", path="/api/auth").value
    first_csrf = csrf(client)
    response = client.post("/api/auth/refresh", headers={**COOKIE, **first_csrf})
    assert response.status_code == 200
    assert_refresh_cookie(response)
    assert me(client, response.json["access_token"]) == 200
    client.set_cookie("refresh_token_cookie", first_cookie, path="/api/auth")
    assert client.post("/api/auth/refresh", headers={**COOKIE, **first_csrf}).status_code == 401
    assert me(client, response.json["access_token"]) == 401


def test_cookie_refresh_enforces_the_csrf_header(client):
    make_user(email="amina@example.com")
    login(client, "amina@example.com", **COOKIE)
    for headers in ({}, {"X-CSRF-TOKEN": "faux"}):
        response = client.post("/api/auth/refresh", headers={**COOKIE, **headers})
        assert response.status_code == 401
        assert "message" in response.json
    assert client.post("/api/auth/refresh", headers={**COOKIE, **csrf(client)}).status_code == 200


def test_cookie_mode_register(client):
    body = {"email": "amina@example.com", "password": "Motdepasse-42", "full_name": "Amina"}
    response = client.post("/api/auth/register", json=body, headers=COOKIE)
    assert response.status_code == 201
    assert_refresh_cookie(response)


def test_a_refresh_cookie_keeps_to_the_cookie_even_without_the_mode_header(client):
    make_user(email="amina@example.com")
    login(client, "amina@example.com", **COOKIE)
    response = client.post("/api/auth/refresh", headers=csrf(client))
    assert response.status_code == 200
    assert_refresh_cookie(response)


def test_logout_clears_and_revokes_the_refresh_cookie(client):
    user = make_user(email="amina@example.com")
    access = login(client, "amina@example.com", **COOKIE).json["access_token"]
    cookie_value = client.get_cookie("refresh_token_cookie", path="/api/auth").value
    other_access = session_of(client, user)["access_token"]
    response = client.post("/api/auth/logout", headers=bearer(other_access))
    assert response.status_code == 200
    assert "Expires=Thu, 01 Jan 1970 00:00:00 GMT" in cookie_header(response, "refresh_token_cookie")
    assert client.get_cookie("refresh_token_cookie", path="/api/auth") is None
    assert me(client, access) == 401
    assert refresh(client, cookie_value).status_code == 401


def test_header_mode_sets_no_cookie(client):
    make_user(email="amina@example.com")
    response = login(client, "amina@example.com")
    assert response.headers.getlist("Set-Cookie") == []
    assert "refresh_token" in response.json


def test_cookies_are_secure_outside_development():
    class Development(Config):
        ENV_NAME = "development"

    class Production(Config):
        ENV_NAME = "production"

    assert Development().JWT_COOKIE_SECURE is False
    assert Production().JWT_COOKIE_SECURE is True
