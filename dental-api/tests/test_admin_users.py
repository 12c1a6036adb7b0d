"""Admin user management: search, role and access changes, reset links."""
import pytest

from src.extensions import db
from src.models import PasswordResetToken, User

from .auth_helpers import bearer, count, login, reload, session_of
from .conftest import auth_headers
from .factories import make_user


@pytest.fixture
def admin(client):
    return make_user(role="admin", email="admin@example.com", full_name="Directrice")


@pytest.fixture
def headers(admin):
    return auth_headers(admin)


def list_users(client, headers, **query):
    response = client.get("/api/admin/users", query_string=query, headers=headers)
    assert response.status_code == 200, response.json
    return response.json


def test_list_users_is_paginated_newest_first(client, admin, headers):
    users = [make_user(email=f"client{n}@example.com") for n in range(3)]
    body = list_users(client, headers, per_page=2)
    assert (body["page"], body["per_page"], body["total"], body["pages"]) == (1, 2, 4, 2)
    assert [item["id"] for item in body["items"]] == [users[2].id, users[1].id]
    assert set(body["items"][0]) == {"id", "email", "full_name", "phone", "role", "is_active", "created_at"}
    second_page = list_users(client, headers, per_page=2, page=2)["items"]
    assert [item["id"] for item in second_page] == [users[0].id, admin.id]


def test_list_users_searches_email_name_and_phone(client, admin, headers):
    karim = make_user(email="karim@clinique.ma", full_name="Dr Karim Alaoui", phone="+212 661 000 111")
    make_user(email="sara@example.com", full_name="Sara Idrissi", phone="0522 00 00 00")

    def found(**query):
        return [item["email"] for item in list_users(client, headers, **query)["items"]]

    assert found(q="CLINIQUE") == ["karim@clinique.ma"]
    assert found(q="karim alaoui") == ["karim@clinique.ma"]
    assert found(q="661") == ["karim@clinique.ma"]
    assert found(q="karim idrissi") == []
    assert found(q="%") == [] and found(q="_") == []
    assert found(role="admin") == ["admin@example.com"]
    assert found(role="client", q="alaoui") == [karim.email]
    assert found(role="client", q="dr") == ["sara@example.com", karim.email]


@pytest.mark.parametrize("query", [{"role": "superadmin"}, {"per_page": 0}, {"per_page": 101}, {"page": "x"},
                                   {"q": "x" * 101}])
def test_list_users_refuses_bad_filters(client, headers, query):
    response = client.get("/api/admin/users", query_string=query, headers=headers)
    assert response.status_code == 422
    assert "errors" in response.json


def test_promoting_and_demoting(client, headers):
    user = make_user()
    response = client.patch(f"/api/admin/users/{user.id}", json={"role": "admin"}, headers=headers)
    assert response.status_code == 200
    assert response.json["role"] == "admin"
    promoted = session_of(client, user)
    assert client.get("/api/admin/users", headers=bearer(promoted["access_token"])).status_code == 200
    response = client.patch(f"/api/admin/users/{user.id}", json={"role": "client"}, headers=headers)
    assert response.json["role"] == "client"
    assert client.get("/api/admin/users", headers=bearer(promoted["access_token"])).status_code == 401
    assert client.post("/api/auth/refresh", headers=bearer(promoted["refresh_token"])).status_code == 401
    as_client = bearer(session_of(client, user)["access_token"])
    assert client.get("/api/admin/users", headers=as_client).status_code == 403


def test_deactivated_users_are_locked_out_at_once(client, headers):
    user = make_user()
    pair = session_of(client, user)
    response = client.patch(f"/api/admin/users/{user.id}", json={"is_active": False}, headers=headers)
    assert response.status_code == 200
    assert response.json["is_active"] is False
    assert client.get("/api/auth/me", headers=bearer(pair["access_token"])).status_code == 401
    assert client.post("/api/auth/refresh", headers=bearer(pair["refresh_token"])).status_code == 401
    assert login(client, user.email).json == {"message": "E-mail ou mot de passe incorrect."}
    client.patch(f"/api/admin/users/{user.id}", json={"is_active": True}, headers=headers)
    assert login(client, user.email).status_code == 200
    assert client.get("/api/auth/me", headers=bearer(pair["access_token"])).status_code == 401


@pytest.mark.parametrize("body", [{"role": "client"}, {"is_active": False},
                                  {"role": "client", "is_active": True}])
def test_an_admin_cannot_demote_or_deactivate_themself(client, admin, headers, body):
    response = client.patch(f"/api/admin/users/{admin.id}", json=body, headers=headers)
    assert response.status_code == 409
    assert "message" in response.json
    admin = reload(admin)
    assert (admin.role, admin.is_active, admin.token_version) == ("admin", True, 1)
    assert client.get("/api/admin/users", headers=headers).status_code == 200


def test_an_admin_may_resave_their_own_role(client, admin, headers):
    body = {"role": "admin", "is_active": True}
    response = client.patch(f"/api/admin/users/{admin.id}", json=body, headers=headers)
    assert response.status_code == 200
    assert client.get("/api/admin/users", headers=headers).status_code == 200


@pytest.mark.parametrize("body", [{"role": "superadmin"}, {"is_active": "false"}, {"is_active": 0},
                                  {"email": "x@example.com"}, {"password_hash": "x"}, {"role": None}])
def test_update_user_refuses_bad_bodies(client, headers, body):
    user = make_user()
    response = client.patch(f"/api/admin/users/{user.id}", json=body, headers=headers)
    assert response.status_code == 422
    user = reload(user)
    assert (user.role, user.is_active, user.token_version) == ("client", True, 1)


def test_unknown_users_are_404(client, headers):
    assert client.patch("/api/admin/users/999", json={"role": "admin"}, headers=headers).status_code == 404
    response = client.post("/api/admin/users/999/reset-link", headers=headers)
    assert response.status_code == 404
    assert response.json == {"message": "Utilisateur introuvable."}
    assert count(PasswordResetToken) == 0


def test_reset_link_for_a_deactivated_user_is_409(client, headers):
    user = make_user(is_active=False)
    assert client.post(f"/api/admin/users/{user.id}/reset-link", headers=headers).status_code == 409
    assert count(PasswordResetToken) == 0


def test_reset_link_uses_the_public_url(app, client, headers, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_URL", "https://dentaltech.ma")
    user = make_user()
    response = client.post(f"/api/admin/users/{user.id}/reset-link", headers=headers)
    assert response.status_code == 201
    assert set(response.json) == {"url", "expires_at"}
    assert response.json["url"].startswith("https://dentaltech.ma/reinitialiser?token=")


def test_clients_and_anonymous_callers_are_refused(client, login_as):
    user = make_user()
    for headers, status in (({}, 401), (login_as("client"), 403)):
        assert client.get("/api/admin/users", headers=headers).status_code == status
        response = client.patch(f"/api/admin/users/{user.id}", json={"role": "admin"}, headers=headers)
        assert response.status_code == status
        assert client.post(f"/api/admin/users/{user.id}/reset-link", headers=headers).status_code == status
    assert db.session.get(User, user.id).role == "client"
    assert count(PasswordResetToken) == 0
