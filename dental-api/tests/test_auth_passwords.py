"""Password change, reset links (admin-made or e-mailed) and the reset itself."""
import hashlib
import threading
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from src.extensions import db
from src.models import PasswordResetToken
from src.models.base import utcnow
from src.services import mailer

from .auth_helpers import NEW_PASSWORD, bearer, cookie_header, count, login, reload, session_of
from .factories import PASSWORD, make_user

INVALID_LINK = {"message": "Ce lien de réinitialisation est invalide ou a expiré."}


def change_password(client, token, current=PASSWORD, new=NEW_PASSWORD, headers=None):
    body = {"current_password": current, "new_password": new}
    return client.post("/api/auth/change-password", json=body, headers={**bearer(token), **(headers or {})})


def test_change_password_revokes_every_earlier_token_and_answers_fresh_ones(client):
    user = make_user()
    pair, other_login = session_of(client, user), session_of(client, user)
    response = change_password(client, pair["access_token"])
    assert response.status_code == 200
    assert set(response.json) == {"user", "access_token", "refresh_token"}
    assert response.headers["Cache-Control"] == "no-store"
    for token in (pair["access_token"], other_login["access_token"]):
        assert client.get("/api/auth/me", headers=bearer(token)).status_code == 401
    assert client.post("/api/auth/refresh", headers=bearer(pair["refresh_token"])).status_code == 401
    assert client.get("/api/auth/me", headers=bearer(response.json["access_token"])).status_code == 200
    assert client.post("/api/auth/refresh", headers=bearer(response.json["refresh_token"])).status_code == 200
    assert login(client, user.email).status_code == 401
    assert login(client, user.email, NEW_PASSWORD).status_code == 200


def test_change_password_with_a_wrong_current_one_is_401_and_changes_nothing(client):
    user = make_user()
    pair = session_of(client, user)
    old_hash = user.password_hash
    response = change_password(client, pair["access_token"], current="Mauvais-mot-2")
    assert response.status_code == 401
    assert response.json == {"message": "Mot de passe actuel incorrect."}
    assert reload(user).password_hash == old_hash
    assert client.get("/api/auth/me", headers=bearer(pair["access_token"])).status_code == 200


@pytest.mark.parametrize("new", ["court", "12345678901", "a" * 73, "USER@EXAMPLE.COM"])
def test_change_password_refuses_a_weak_new_password(client, new):
    user = make_user(email="user@example.com")
    pair = session_of(client, user)
    response = change_password(client, pair["access_token"], new=new)
    assert response.status_code == 422
    assert list(response.json["errors"]) == ["new_password"]
    assert login(client, user.email).status_code == 200
    assert client.get("/api/auth/me", headers=bearer(pair["access_token"])).status_code == 200


def test_change_password_in_cookie_mode_sets_the_refresh_cookie(client):
    user = make_user()
    access = session_of(client, user)["access_token"]
    response = change_password(client, access, headers={"X-Auth-Mode": "cookie"})
    assert response.status_code == 200
    assert "refresh_token" not in response.json
    assert "HttpOnly" in cookie_header(response, "refresh_token_cookie")


def test_change_password_needs_an_access_token(client):
    assert client.post("/api/auth/change-password", json={"current_password": PASSWORD,
                                                          "new_password": NEW_PASSWORD}).status_code == 401


def reset_link(client, login_as, user):
    response = client.post(f"/api/admin/users/{user.id}/reset-link", headers=login_as("admin"))
    assert response.status_code == 201
    return response.json


def token_of(link):
    return parse_qs(urlsplit(link["url"]).query)["token"][0]


def reset(client, token, new=NEW_PASSWORD):
    return client.post("/api/auth/reset-password", json={"token": token, "new_password": new})


def test_reset_link_sets_a_new_password_once_and_revokes_old_tokens(client, login_as):
    user = make_user()
    pair = session_of(client, user)
    token = token_of(reset_link(client, login_as, user))
    response = reset(client, token)
    assert response.status_code == 200
    assert "message" in response.json
    assert login(client, user.email, NEW_PASSWORD).status_code == 200
    assert login(client, user.email).status_code == 401
    assert client.get("/api/auth/me", headers=bearer(pair["access_token"])).status_code == 401
    assert client.post("/api/auth/refresh", headers=bearer(pair["refresh_token"])).status_code == 401
    again = reset(client, token, "Encore-un-autre-9")
    assert (again.status_code, again.json) == (400, INVALID_LINK)
    assert login(client, user.email, NEW_PASSWORD).status_code == 200


def test_only_a_hash_of_the_reset_token_is_stored(client, login_as):
    token = token_of(reset_link(client, login_as, make_user()))
    stored = db.session.scalar(db.select(PasswordResetToken.token_hash))
    assert stored == hashlib.sha256(token.encode()).hexdigest() and token not in stored


@pytest.mark.parametrize("case", ["expired", "unknown", "deactivated", "superseded"])
def test_bad_reset_tokens_get_the_same_400(client, login_as, case):
    user = make_user()
    token = token_of(reset_link(client, login_as, user))
    if case == "expired":
        db.session.scalar(db.select(PasswordResetToken)).expires_at = utcnow() - timedelta(seconds=1)
    elif case == "unknown":
        token = token[:-2] + "xx"
    elif case == "deactivated":
        reload(user).is_active = False
    else:
        reset_link(client, login_as, user)
    db.session.commit()
    response = reset(client, token)
    assert (response.status_code, response.json) == (400, INVALID_LINK)
    assert login(client, user.email, NEW_PASSWORD).status_code == 401


def test_reset_with_a_weak_password_keeps_the_token_usable(client, login_as):
    user = make_user(email="user@example.com")
    token = token_of(reset_link(client, login_as, user))
    for weak in ("1234567890", "court", "user@example.com", "é" * 37):
        assert reset(client, token, weak).status_code == 422
    assert reset(client, token).status_code == 200


@pytest.mark.parametrize("body", [{"token": "abc"}, {"new_password": NEW_PASSWORD},
                                  {"token": 5, "new_password": NEW_PASSWORD},
                                  {"token": "x" * 201, "new_password": NEW_PASSWORD},
                                  {"token": "abc", "new_password": NEW_PASSWORD, "email": "a@b.c"}])
def test_reset_refuses_malformed_bodies(client, body):
    assert client.post("/api/auth/reset-password", json=body).status_code == 422


def test_reset_links_expire_after_the_configured_minutes(client, login_as):
    link = reset_link(client, login_as, make_user())
    assert link["url"].startswith("http://localhost:5000/reinitialiser?token=")
    expires_at = db.session.scalar(db.select(PasswordResetToken.expires_at))
    assert abs(expires_at - (utcnow() + timedelta(minutes=60))) < timedelta(seconds=30)
    assert link["expires_at"] == expires_at.strftime("%Y-%m-%dT%H:%M:%SZ")


class FakeSMTP:
    """Stands in for smtplib.SMTP: records what would have been sent."""

    sent = []
    done = threading.Event()

    def __init__(self, host, port, timeout):
        self.host, self.port, self.calls = host, port, []

    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        return False

    def ehlo(self):
        self.calls.append("ehlo")

    def has_extn(self, name):
        return name == "starttls"

    def starttls(self, context):
        self.calls.append("starttls")

    def login(self, username, password):
        self.calls.append(("login", username, password))

    def send_message(self, message):
        FakeSMTP.sent.append((self, message))
        FakeSMTP.done.set()


@pytest.fixture
def smtp(app, monkeypatch):
    FakeSMTP.sent, FakeSMTP.done = [], threading.Event()
    monkeypatch.setattr(mailer.smtplib, "SMTP", FakeSMTP)
    monkeypatch.setitem(app.config, "SMTP_URL", "smtp://boutique%40dentaltech.ma:s3cret@mail.example.com:587")
    return FakeSMTP


def test_forgot_password_e_mails_a_working_link(client, smtp):
    user = make_user(email="amina@example.com")
    response = client.post("/api/auth/forgot-password", json={"email": "AMINA@example.com"})
    assert response.status_code == 202
    assert smtp.done.wait(5)
    server, message = smtp.sent[0]
    assert (server.host, server.port) == ("mail.example.com", 587)
    assert server.calls == ["ehlo", "starttls", "ehlo", ("login", "boutique@dentaltech.ma", "s3cret")]
    assert message["To"] == "amina@example.com" and message["From"] == "boutique@dentaltech.ma"
    url = next(word for word in message.get_content().split() if "/reinitialiser?token=" in word)
    assert reset(client, token_of({"url": url})).status_code == 200
    assert login(client, user.email, NEW_PASSWORD).status_code == 200


def test_forgot_password_answers_the_same_for_unknown_addresses(client, smtp):
    make_user(email="amina@example.com")
    known = client.post("/api/auth/forgot-password", json={"email": "amina@example.com"})
    unknown = client.post("/api/auth/forgot-password", json={"email": "personne@example.com"})
    assert (known.status_code, known.json) == (unknown.status_code, unknown.json)
    assert smtp.done.wait(5)
    assert len(smtp.sent) == 1 and count(PasswordResetToken) == 1


def test_forgot_password_without_smtp_does_nothing(client, monkeypatch):
    monkeypatch.setattr(mailer.smtplib, "SMTP", None)
    make_user(email="amina@example.com")
    response = client.post("/api/auth/forgot-password", json={"email": "amina@example.com"})
    assert response.status_code == 202
    assert count(PasswordResetToken) == 0


def test_forgot_password_validates_the_address(client):
    assert client.post("/api/auth/forgot-password", json={"email": "pas-une-adresse"}).status_code == 422
    assert client.post("/api/auth/forgot-password", json={}).status_code == 422


def test_mailer_uses_implicit_tls_for_smtps(monkeypatch):
    opened = []

    class FakeSSL(FakeSMTP):
        def __init__(self, host, port, timeout, context):
            super().__init__(host, port, timeout)
            opened.append(self)

    monkeypatch.setattr(mailer.smtplib, "SMTP_SSL", FakeSSL)
    FakeSMTP.sent = []
    mailer.send_mail("smtps://mail.example.com?from=boutique@dentaltech.ma", "a@b.ma", "Objet", "Texte")
    assert opened[0].port == 465 and opened[0].calls == ["ehlo"]
    assert FakeSMTP.sent[0][1]["From"] == "boutique@dentaltech.ma"
