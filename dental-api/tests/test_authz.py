"""Every route under /api/admin, every method, refuses every caller that is not a valid admin.

The routes are read from app.url_map, so a route added later is covered without touching this file,
and a route added without @admin_required makes these tests fail.
"""
import base64
import json
import re
import uuid
from datetime import timedelta

import pytest
from flask_jwt_extended import create_access_token, decode_token
from sqlalchemy import func, select

from src.extensions import db
from src.services import tokens

from .conftest import auth_headers
from .factories import make_user

# The SSE stream takes a stream ticket in ?token= and nothing else: without one, every caller gets 401.
TICKET_ONLY = {("GET", "/api/admin/stock_alerts")}
SKIPPED_METHODS = {"HEAD", "OPTIONS"}
VARIANTS = ["anonymous", "client", "expired", "tampered_signature", "forged_claims", "alg_none",
            "refresh_as_access", "revoked", "stream_ticket", "deactivated_admin", "demoted_admin", "garbage"]


def admin_routes(app):
    """(method, path) for every /api/admin rule, with 1 for every URL variable."""
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/admin"):
            path = re.sub(r"<[^>]+>", "1", rule.rule)
            routes.update((method, path) for method in rule.methods - SKIPPED_METHODS)
    return sorted(routes, key=lambda route: (route[1], route[0]))


def _b64(data):
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _claims(user):
    return {"role": user.role, "ver": user.token_version, "fam": str(uuid.uuid4())}


def _with_payload(token, **changes):
    header, _payload, signature = token.split(".")
    return ".".join([header, _b64({**decode_token(token), **changes}), signature])


def _bearer(token):
    return {"Authorization": f"Bearer {token}"}


def headers_for(client, variant):
    """Authorization headers of one kind of caller that must not get through an admin guard."""
    if variant == "anonymous":
        return {}
    if variant == "client":
        return auth_headers(make_user())
    if variant == "garbage":
        return {"Authorization": "Bearer pas.un.jeton"}
    admin = make_user(role="admin")
    pair = tokens.issue_tokens(admin)
    access = pair["access_token"]
    if variant == "expired":
        access = create_access_token(str(admin.id), additional_claims=_claims(admin),
                                     expires_delta=timedelta(seconds=-30))
    elif variant == "tampered_signature":
        signature = access.rsplit(".", 1)[1]
        access = access[:-len(signature)] + ("A" if signature[0] != "A" else "B") + signature[1:]
    elif variant == "forged_claims":
        client_token = tokens.issue_tokens(make_user())["access_token"]
        access = _with_payload(client_token, sub=str(admin.id), role="admin")
    elif variant == "alg_none":
        access = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(decode_token(access))}."
    elif variant == "refresh_as_access":
        access = pair["refresh_token"]
    elif variant == "revoked":
        assert client.post("/api/auth/logout", headers=_bearer(access)).status_code == 200
    elif variant == "stream_ticket":
        access = tokens.issue_stream_ticket(admin)["token"]
    elif variant in ("deactivated_admin", "demoted_admin"):
        setattr(admin, *(("is_active", False) if variant == "deactivated_admin" else ("role", "client")))
        admin.invalidate_tokens()
        db.session.commit()
    return _bearer(access)


def refusal_problem(client, method, path, headers, expected):
    """Why the answer to this request is not the expected JSON refusal; None when it is."""
    response = client.open(path, method=method, headers=headers)
    try:
        body = response.get_json(silent=True)
        if response.status_code == expected and isinstance(body, dict) and body.get("message"):
            return None
        return f"{method} {path}: {response.status_code} {response.get_data(as_text=True)[:120]!r}"
    finally:
        response.close()


def row_counts():
    db.session.expire_all()
    return {table.name: db.session.scalar(select(func.count()).select_from(table))
            for table in db.metadata.sorted_tables}


@pytest.mark.parametrize("variant", VARIANTS)
def test_admin_routes_refuse_every_caller_but_an_admin(app, client, variant):
    headers = headers_for(client, variant)
    before = row_counts()
    problems = []
    for method, path in admin_routes(app):
        expected = 403 if variant == "client" and (method, path) not in TICKET_ONLY else 401
        problems.append(refusal_problem(client, method, path, headers, expected))
    assert [problem for problem in problems if problem] == []
    assert row_counts() == before


def test_the_walk_covers_the_admin_routes(app):
    routes = admin_routes(app)
    for route in [("GET", "/api/admin/users"), ("PATCH", "/api/admin/users/1"),
                  ("POST", "/api/admin/users/1/reset-link")]:
        assert route in routes


def test_every_admin_view_but_the_stream_is_guarded(app):
    unguarded = []
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        methods = rule.methods - SKIPPED_METHODS
        if rule.rule.startswith("/api/admin") and not getattr(view, "admin_only", False):
            unguarded += [(method, rule.rule) for method in methods if (method, rule.rule) not in TICKET_ONLY]
    assert unguarded == []


def test_an_unguarded_route_would_be_reported(client):
    assert refusal_problem(client, "GET", "/api/health", {}, 401).startswith("GET /api/health: 200")


def test_admins_get_past_the_guard(app, client):
    headers = auth_headers(make_user(role="admin"))
    seen = {}
    for method, path in admin_routes(app):
        if (method, path) in TICKET_ONLY:
            continue
        response = client.open(path, method=method, headers=headers)
        seen[f"{method} {path}"] = response.status_code
        response.close()
    assert {route: status for route, status in seen.items() if status in (401, 403) or status >= 500} == {}
