"""Clients and forged credentials for the test_hostile_* checks (through nginx, on hostile_stack).

Each kind of caller connects from an address of its own in 127.0.0.0/8 (nginx listens on all of
them), so one check's failed logins never rate-limit another check's callers.
"""
import base64
import json
import time
import uuid

import jwt

import dbtools
from loopback_stack import ADMIN_EMAIL, ADMIN_PASSWORD

ADMIN_SOURCE = "127.0.0.2"
CLIENT_PASSWORD = "Client-Hostile-2026"


def call(stack, method, path, payload=None, token=None, source=ADMIN_SOURCE, headers=None):
    """(status, parsed JSON body or {}, Response)."""
    sent = {"Content-Type": "application/json", **(headers or {})}
    if token:
        sent["Authorization"] = f"Bearer {token}"
    response = stack.request(method, path, headers=sent, source=source,
                             body=json.dumps(payload) if payload is not None else None)
    try:
        body = response.json()
    except ValueError:
        body = {}
    return response.status, body, response


def login(stack, email=ADMIN_EMAIL, password=ADMIN_PASSWORD, source=ADMIN_SOURCE):
    status, body, _ = call(stack, "POST", "/api/auth/login", {"email": email, "password": password},
                           source=source)
    assert status == 200, body
    return body


def register_client(stack, source):
    """A fresh client account, logged in: its session body (tokens and user)."""
    email = f"client-{uuid.uuid4().hex[:10]}@dentaltech.test"
    status, body, _ = call(stack, "POST", "/api/auth/register", {
        "email": email, "password": CLIENT_PASSWORD, "full_name": "Client Hostile"}, source=source)
    assert status == 201, body
    return body


def seed_product(stack, name="Sonde parodontale", stock=50):
    """A product straight in the stack's database; its id."""
    output = dbtools.run_app_python(stack.database, f"""
from decimal import Decimal
from src.models import Category, Product
category = Category(name="Hostile {name}", slug="hostile-" + {name!r}.lower().replace(" ", "-"))
db.session.add(category)
db.session.flush()
product = Product(name={name!r}, slug={name!r}.lower().replace(" ", "-"), price=Decimal("120.00"),
                  stock_quantity={stock}, category_id=category.id, images=[], brand="Hu-Friedy",
                  description="Produit de test")
db.session.add(product)
db.session.commit()
print(product.id)
""", env=stack.env)
    return int(output.strip().splitlines()[-1])


# ---- forged credentials ---------------------------------------------------------------------------

def claims_of(token):
    """A JWT's payload, unverified (to copy a real token's claims into a forged one)."""
    return jwt.decode(token, options={"verify_signature": False})


def signed(stack, claims):
    return jwt.encode(claims, stack.env["JWT_SECRET_KEY"], algorithm="HS256")


def expired_copy(stack, token):
    """The same claims, correctly signed, expired a minute ago."""
    now = int(time.time())
    return signed(stack, {**claims_of(token), "iat": now - 1000, "nbf": now - 1000, "exp": now - 60})


def tampered_copy(token, **changes):
    """The token with its payload changed and its original signature kept."""
    header, _payload, signature = token.split(".")
    payload = _b64(json.dumps({**claims_of(token), **changes}).encode())
    return f"{header}.{payload}.{signature}"


def unsigned_copy(token):
    """The same claims under `alg: none`, without a signature."""
    header = _b64(json.dumps({"alg": "none", "typ": "JWT"}).encode())
    return f"{header}.{_b64(json.dumps(claims_of(token)).encode())}."


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def admin_session(stack):
    """The admin's session for the whole run (one login: the login limit counts successes too)."""
    if not hasattr(stack, "admin_session"):
        stack.admin_session = login(stack)
    return stack.admin_session
