"""Register, login, profile and rate limits."""
import json

import bcrypt
import pytest
from flask_jwt_extended import decode_token

from src.extensions import db, limiter
from src.models import User

from .auth_helpers import bearer, count, login, reload, session_of
from .factories import PASSWORD, make_user

REGISTRATION = {"email": "Amina.Benali@Example.com", "password": PASSWORD, "full_name": "  Dr Amina Benali  ",
                "phone": "+212 6 12 34 56 78"}


def register(client, headers=None, **changes):
    # json.dumps escapes non-ASCII, so a lone surrogate travels as "\\ud800" the way a client sends it.
    return client.post("/api/auth/register", data=json.dumps({**REGISTRATION, **changes}),
                       content_type="application/json", headers=headers or {})


def test_register_creates_a_client_and_logs_it_in(client):
    response = register(client)
    assert response.status_code == 201
    assert response.headers["Cache-Control"] == "no-store"
    body = response.json
    assert set(body) == {"user", "access_token", "refresh_token"}
    assert body["user"] == {"id": body["user"]["id"], "email": "amina.benali@example.com",
                            "full_name": "Dr Amina Benali", "phone": "+212 6 12 34 56 78", "role": "client",
                            "is_active": True, "created_at": body["user"]["created_at"]}
    assert body["user"]["created_at"].endswith("Z")
    claims = decode_token(body["access_token"])
    assert claims["sub"] == str(body["user"]["id"]) and claims["role"] == "client"
    user = db.session.get(User, body["user"]["id"])
    assert user.password_hash != PASSWORD and bcrypt.checkpw(PASSWORD.encode(), user.password_hash.encode())
    assert client.get("/api/auth/me", headers=bearer(body["access_token"])).json["email"] == user.email


def test_register_refuses_a_role_field(client):
    response = register(client, role="admin")
    assert response.status_code == 422
    assert response.json["errors"] == {"role": ["Unknown field."]}
    assert count(User) == 0


def test_register_refuses_a_taken_email_whatever_its_case(client):
    make_user(email="amina.benali@example.com")
    response = register(client)
    assert response.status_code == 409
    assert "message" in response.json
    assert count(User) == 1


@pytest.mark.parametrize("password, reason", [
    ("Court-7", "8 caractères au moins."),
    ("a" * 73, "72 octets au plus."),
    ("é" * 37, "72 octets au plus."),
    ("1234567890", "Le mot de passe ne peut pas être composé uniquement de chiffres."),
    ("AMINA.BENALI@example.com", "Le mot de passe ne peut pas être l'adresse e-mail."),
    ("\ud800abcdefgh", "Caractères non autorisés."),
])
def test_register_refuses_weak_or_oversized_passwords(client, password, reason):
    response = register(client, password=password)
    assert response.status_code == 422
    assert response.json["errors"] == {"password": [reason]}
    assert count(User) == 0


@pytest.mark.parametrize("password", ["é" * 36, "a" * 72, "abcdefg1"])
def test_register_accepts_passwords_of_8_to_72_bytes(client, password):
    assert register(client, password=password).status_code == 201
    assert login(client, REGISTRATION["email"], password).status_code == 200


def test_passwords_are_kept_as_typed(client):
    assert register(client, password="  espace secret  ").status_code == 201
    assert login(client, REGISTRATION["email"], "  espace secret  ").status_code == 200
    assert login(client, REGISTRATION["email"], "espace secret").status_code == 401


@pytest.mark.parametrize("changes, field", [
    ({"email": None}, "email"),
    ({"email": "pas-une-adresse"}, "email"),
    ({"email": 42}, "email"),
    ({"email": "a" * 250 + "@x.ma"}, "email"),
    ({"full_name": ""}, "full_name"),
    ({"full_name": "x" * 121}, "full_name"),
    ({"full_name": True}, "full_name"),
    ({"full_name": "Amina\x00"}, "full_name"),
    ({"phone": "appelez-moi"}, "phone"),
    ({"phone": 612345678}, "phone"),
    ({"password": 12345678}, "password"),
    ({"is_admin": True}, "is_admin"),
])
def test_register_refuses_bad_fields(client, changes, field):
    body = {key: value for key, value in {**REGISTRATION, **changes}.items() if value is not None}
    response = client.post("/api/auth/register", json=body)
    assert response.status_code == 422
    assert field in response.json["errors"]
    assert count(User) == 0


@pytest.mark.parametrize("data, content_type, status", [
    ("{not json", "application/json", 400),
    ("email=a@b.c", "application/x-www-form-urlencoded", 415),
    ("[1, 2]", "application/json", 422),
])
def test_register_refuses_bodies_that_are_not_a_json_object(client, data, content_type, status):
    response = client.post("/api/auth/register", data=data, content_type=content_type)
    assert response.status_code == status
    assert "message" in response.json
    assert count(User) == 0


def test_register_without_a_phone_stores_none(client):
    body = {key: value for key, value in REGISTRATION.items() if key != "phone"}
    assert client.post("/api/auth/register", json=body).json["user"]["phone"] is None


def test_login_answers_the_user_and_tokens(client):
    user = make_user(email="amina@example.com")
    response = login(client, "  AMINA@example.com ")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert response.json["user"]["id"] == user.id
    assert decode_token(response.json["refresh_token"])["type"] == "refresh"
    assert "password_hash" not in response.json["user"]


def test_login_refusals_look_alike_and_all_spend_a_bcrypt_check(client, monkeypatch):
    make_user(email="amina@example.com")
    make_user(email="parti@example.com", is_active=False)
    checks = []
    real_checkpw = bcrypt.checkpw
    monkeypatch.setattr(bcrypt, "checkpw", lambda *args: checks.append(1) or real_checkpw(*args))
    answers = [login(client, "amina@example.com", "Mauvais-mot-2"),
               login(client, "inconnu@example.com"),
               login(client, "parti@example.com")]
    assert [answer.status_code for answer in answers] == [401, 401, 401]
    assert [answer.json for answer in answers] == [{"message": "E-mail ou mot de passe incorrect."}] * 3
    assert len(checks) == 3


@pytest.mark.parametrize("body", [
    {"email": "amina@example.com"},
    {"email": "amina@example.com", "password": ""},
    {"email": "amina@example.com", "password": "a" * 100},
    {"email": "amina@example.com", "password": 12345678},
    {"email": "amina@example.com", "password": PASSWORD, "remember": True},
])
def test_login_refuses_malformed_bodies_with_422(client, body):
    make_user(email="amina@example.com")
    response = client.post("/api/auth/login", json=body)
    assert response.status_code == 422
    assert "errors" in response.json


def test_me_answers_the_user_and_needs_an_access_token(client):
    user = make_user(phone="0612345678")
    pair = session_of(client, user)
    response = client.get("/api/auth/me", headers=bearer(pair["access_token"]))
    assert response.status_code == 200
    assert response.json["phone"] == "0612345678" and "password_hash" not in response.json
    assert client.get("/api/auth/me").status_code == 401
    assert client.get("/api/auth/me", headers=bearer(pair["refresh_token"])).status_code == 401
    assert client.get("/api/auth/me", headers={"Authorization": "Bearer x.y.z"}).status_code == 401


def test_update_me_changes_the_name_and_phone(client):
    user = make_user(phone="0612345678")
    headers = bearer(session_of(client, user)["access_token"])
    body = {"full_name": " Dr Karim Alaoui ", "phone": ""}
    response = client.patch("/api/auth/me", json=body, headers=headers)
    assert response.status_code == 200
    assert response.json["full_name"] == "Dr Karim Alaoui" and response.json["phone"] is None
    assert reload(user).full_name == "Dr Karim Alaoui"


@pytest.mark.parametrize("body", [{"role": "admin"}, {"email": "autre@example.com"}, {"is_active": False},
                                  {"full_name": ""}, {"full_name": 5}, {"phone": "abc"}])
def test_update_me_refuses_other_fields_and_bad_values(client, body):
    user = make_user(phone="0612345678")
    headers = bearer(session_of(client, user)["access_token"])
    response = client.patch("/api/auth/me", json=body, headers=headers)
    assert response.status_code == 422
    user = reload(user)
    assert (user.role, user.email, user.is_active, user.full_name, user.phone) == (
        "client", user.email, True, "Dr Amina Benali", "0612345678")


@pytest.fixture
def rate_limited(app):
    app.config["RATELIMIT_ENABLED"] = True
    limiter.reset()
    yield
    limiter.reset()


def test_login_is_rate_limited_per_address(client, rate_limited):
    make_user(email="amina@example.com")
    statuses = [login(client, "amina@example.com", "Mauvais-mot-2").status_code for _ in range(5)]
    assert statuses == [401] * 5
    response = login(client, "amina@example.com", **{"X-Forwarded-For": "10.9.9.9"})
    assert response.status_code == 429
    assert response.json == {"message": "Trop de requêtes, réessayez plus tard."}
    other = client.post("/api/auth/login", json={"email": "amina@example.com", "password": PASSWORD},
                        environ_base={"REMOTE_ADDR": "10.0.0.2"})
    assert other.status_code == 200


def test_rate_limits_are_read_from_the_configuration(app, client, rate_limited, monkeypatch):
    monkeypatch.setitem(app.config, "REGISTER_RATE_LIMIT", "2 per hour")
    statuses = [register(client, email=f"client{n}@example.com").status_code for n in range(3)]
    assert statuses == [201, 201, 429]
    assert count(User) == 2
    monkeypatch.setitem(app.config, "LOGIN_RATE_LIMIT", "1 per minute")
    assert [login(client, "client0@example.com").status_code for _ in range(2)] == [200, 429]


def test_rate_limits_are_off_unless_enabled(client):
    make_user(email="amina@example.com")
    assert all(login(client, "amina@example.com").status_code == 200 for _ in range(7))
