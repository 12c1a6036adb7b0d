"""Headers on every kind of response through nginx (hostile_stack): the SPA, the API, an upload,
the SSE stream, 404s, a real 500 of the API, a 429 and nginx's own 413; CORS; and no cache keeping
an answer that carries a token.
"""
import io
import json
import urllib.parse
import uuid

import pytest
from PIL import Image

import dbtools
from hostile import CLIENT_PASSWORD, admin_session, call, register_client
from test_loopback import assert_security_headers

pytestmark = pytest.mark.loopback

FOREIGN_ORIGIN = "https://evil.example"


def upload_one(stack):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(buffer, "PNG")
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\narticles\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
            f"Content-Type: image/png\r\n\r\n").encode() + buffer.getvalue()
    body += f"\r\n--{boundary}--\r\n".encode()
    response = stack.request("POST", "/api/admin/uploads", body=body, source="127.0.0.50", headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "Authorization": f"Bearer {admin_session(stack)['access_token']}"})
    assert response.status == 201, response.body
    return response


def sse_headers(stack):
    status, ticket, _ = call(stack, "POST", "/api/admin/stock_alerts/ticket",
                             token=admin_session(stack)["access_token"])
    assert status == 200
    connection = stack.connection(timeout=10, source="127.0.0.50")
    try:
        connection.request("GET", f"/api/admin/stock_alerts?token={urllib.parse.quote(ticket['token'])}",
                           headers={"Accept": "text/event-stream"})
        response = connection.getresponse()
        assert response.status == 200
        assert response.getheader("Content-Type").startswith("text/event-stream")
        return response
    finally:
        connection.close()


class HeadersOf:
    """http.client's response seen through the Response interface of loopback_stack."""

    def __init__(self, response):
        self.status, self.headers = response.status, response.getheaders()

    def header(self, name):
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)

    def count(self, name):
        return sum(1 for key, _ in self.headers if key.lower() == name.lower())


def internal_error(stack):
    """A real 500 of the API: its table renamed away under it (this stack's own database), then put
    back. No test-only switch in the code: this is what an unexpected database error gives."""
    dbtools.psql(stack.database, "ALTER TABLE categories RENAME TO categories_away")
    try:
        return stack.request("GET", "/api/categories", source="127.0.0.50")
    finally:
        dbtools.psql(stack.database, "ALTER TABLE categories_away RENAME TO categories")


def login_throttled(stack):
    for _ in range(6):
        response = stack.request("POST", "/api/auth/login", source="127.0.0.51",
                                 headers={"Content-Type": "application/json"},
                                 body=json.dumps({"email": "x@dentaltech.test", "password": "Wrong-pass-1"}))
    return response


def test_every_kind_of_response_carries_the_security_headers(hostile_stack):
    stack = hostile_stack
    upload_url = json.loads(upload_one(stack).body)["url"]
    cases = [
        ("SPA", stack.get("/"), 200, "site"),
        ("SPA client route", stack.get("/admin/commandes"), 200, "site"),
        ("API JSON", stack.get("/api/health"), 200, "site"),
        ("API 404", stack.get("/api/nope"), 404, "site"),
        ("API 405", stack.request("DELETE", "/api/health"), 405, "site"),
        ("asset 404", stack.get("/assets/nope-0000.js"), 404, "site"),
        ("upload", stack.get(upload_url), 200, "uploads"),
        ("upload 404", stack.get("/static/uploads/articles/nope.webp"), 404, "uploads"),
        ("SSE", HeadersOf(sse_headers(stack)), 200, "site"),
        ("API 500", internal_error(stack), 500, "site"),
        ("API 429", login_throttled(stack), 429, "site"),
        ("nginx 413", stack.request("POST", "/api/admin/uploads", body=b"x" * (6 * 1024 * 1024),
                                    headers={"Content-Type": "application/octet-stream"}), 413, "site"),
    ]
    for where, response, status, csp_kind in cases:
        assert response.status == status, (where, response.status)
        assert_security_headers(response, where, csp_kind)
    error = cases[9][1]
    assert error.header("Content-Type").startswith("application/json")
    assert "référence" in error.json()["message"] and "categories" not in error.body.decode()
    print(f"[headers] {len(cases)} kinds of response checked")


def test_cors_allows_the_configured_origin_only(hostile_stack):
    allowed = hostile_stack.env["CORS_ORIGINS"].split(",")[0]
    for origin, expected in ((FOREIGN_ORIGIN, None), ("null", None), (allowed, allowed)):
        simple = hostile_stack.get("/api/health", headers={"Origin": origin})
        preflight = hostile_stack.request("OPTIONS", "/api/admin/stats", headers={
            "Origin": origin, "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "authorization"})
        for response in (simple, preflight):
            assert response.header("Access-Control-Allow-Origin") == expected, (origin, response.headers)
            if expected is None:
                assert response.header("Access-Control-Allow-Credentials") is None


def test_answers_carrying_a_token_are_never_cached(hostile_stack):
    stack = hostile_stack
    session = register_client(stack, source="127.0.0.52")
    admin = admin_session(stack)
    client_id = session["user"]["id"]
    answers = {
        "register": stack.request("POST", "/api/auth/register", source="127.0.0.52", headers={
            "Content-Type": "application/json"}, body=json.dumps({
                "email": f"cache-{uuid.uuid4().hex[:8]}@dentaltech.test", "password": "Client-Cache-2026",
                "full_name": "Client Cache"})),
        "login": call(stack, "POST", "/api/auth/login", {
            "email": session["user"]["email"], "password": CLIENT_PASSWORD}, source="127.0.0.52")[2],
        "refresh": call(stack, "POST", "/api/auth/refresh", token=session["refresh_token"],
                        source="127.0.0.52")[2],
        "stream ticket": call(stack, "POST", "/api/admin/stock_alerts/ticket",
                              token=admin["access_token"])[2],
        "reset link": call(stack, "POST", f"/api/admin/users/{client_id}/reset-link",
                           token=admin["access_token"])[2],
    }
    for name, response in answers.items():
        assert response.status in (200, 201), (name, response.status, response.body[:200])
        assert response.header("Cache-Control") == "no-store", (name, response.headers)
