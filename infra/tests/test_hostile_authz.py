"""Authorization through nginx (hostile_stack): every admin operation of the served OpenAPI
document refuses every credential that is not a valid admin access token, and a client never reads
another client's order.
"""
import re
import urllib.parse

import pytest

from hostile import (
    admin_session, call, expired_copy, login, register_client, seed_product, tampered_copy, unsigned_copy,
)

pytestmark = pytest.mark.loopback

STREAM_PATH = "/api/admin/stock_alerts"  # takes a stream ticket in ?token=, not a bearer token


def admin_operations(stack):
    status, document, _ = call(stack, "GET", "/api/openapi.json")
    assert status == 200
    operations = [(method.upper(), path) for path, item in document["paths"].items()
                  if path.startswith("/api/admin/") for method in item
                  if method in ("get", "post", "put", "patch", "delete")]
    assert len(operations) >= 20, operations
    return operations


def concrete(path):
    return re.sub(r"\{[^}]+\}", "1", path)


@pytest.fixture(scope="module")
def credentials(hostile_stack):
    """Every credential a caller could present instead of an admin access token."""
    stack = hostile_stack
    admin = admin_session(stack)
    client = register_client(stack, source="127.0.0.20")
    status, ticket, _ = call(stack, "POST", "/api/admin/stock_alerts/ticket", token=admin["access_token"])
    assert status == 200, ticket
    # A revoked admin token: a second admin login, logged out.
    second = login(stack, source="127.0.0.22")
    assert call(stack, "POST", "/api/auth/logout", token=second["access_token"],
                source="127.0.0.22")[0] == 200
    return {
        "anonymous": None,
        "client": client["access_token"],
        "expired": expired_copy(stack, admin["access_token"]),
        "tampered": tampered_copy(client["access_token"], role="admin"),
        "alg=none": unsigned_copy(admin["access_token"]),
        "refresh-as-access": admin["refresh_token"],
        "revoked": second["access_token"],
        "stream ticket": ticket["token"],
    }


def present(stack, method, path, token):
    """The request with `token` where the route reads its credential."""
    if path == STREAM_PATH:
        query = f"?token={urllib.parse.quote(token)}" if token else ""
        return call(stack, method, path + query, source="127.0.0.23")
    return call(stack, method, concrete(path), payload={} if method in ("POST", "PUT", "PATCH") else None,
                token=token, source="127.0.0.23")


@pytest.mark.parametrize("kind", ["anonymous", "client", "expired", "tampered", "alg=none",
                                  "refresh-as-access", "revoked", "stream ticket"])
def test_admin_routes_refuse_every_other_credential(hostile_stack, credentials, kind):
    expected = {403} if kind == "client" else {401}
    wrong = []
    operations = admin_operations(hostile_stack)
    for method, path in operations:
        if kind == "stream ticket" and path == STREAM_PATH:
            continue  # the one route a stream ticket is minted for
        if kind == "client" and path == STREAM_PATH:
            expected_here = {401}  # a client's access token is no stream ticket
        else:
            expected_here = expected
        status, body, _ = present(hostile_stack, method, path, credentials[kind])
        if status not in expected_here or not isinstance(body.get("message"), str):
            wrong.append(f"{method} {path}: {status} {body}")
    print(f"[authz] {kind}: {len(operations)} admin operations checked")
    assert not wrong, "\n".join(wrong)


def test_a_valid_admin_token_is_accepted_as_a_control(hostile_stack):
    admin = admin_session(hostile_stack)
    status, body, _ = call(hostile_stack, "GET", "/api/admin/stats", token=admin["access_token"])
    assert status == 200, body


def test_a_client_cannot_read_another_clients_order(hostile_stack):
    stack = hostile_stack
    product = seed_product(stack, name="Curette Gracey")
    alice = register_client(stack, source="127.0.0.24")
    bob = register_client(stack, source="127.0.0.25")
    status, placed, _ = call(stack, "POST", "/api/orders/whatsapp_checkout", {
        "items": [{"product_id": product, "quantity": 1}], "total_price": 120.0,
        "customer_phone": "+212600000001"}, token=alice["access_token"], source="127.0.0.24")
    assert status == 201, placed
    reference = placed["order"]["reference"]
    path = f"/api/orders/mine/{reference}"
    own = call(stack, "GET", path, token=alice["access_token"], source="127.0.0.24")
    assert own[0] == 200 and own[1]["reference"] == reference
    other = call(stack, "GET", path, token=bob["access_token"], source="127.0.0.25")
    assert other[0] == 404, other[1]
    assert reference not in other[2].body.decode()
    assert all(order["reference"] != reference for order in call(
        stack, "GET", "/api/orders/mine", token=bob["access_token"], source="127.0.0.25")[1]["items"])
    assert call(stack, "GET", path, source="127.0.0.25")[0] == 401
