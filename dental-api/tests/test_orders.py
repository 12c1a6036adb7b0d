"""The caller's orders (/api/orders/mine) and the admin's list and detail (/api/admin/orders)."""
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, event

from src.extensions import db
from src.models import Order
from src.models.order import CANCELLED, CONFIRMED, PENDING, SHIPPED

from .conftest import auth_headers
from .factories import make_order, make_product, make_user


@contextmanager
def counted_queries():
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


@pytest.fixture
def product():
    return make_product(name="Turbine LED", price="2450.00")


def test_my_orders_are_mine_newest_first(client, product):
    user, other = make_user(), make_user()
    now = datetime.now(timezone.utc)
    older = make_order((product, 1), user=user, created_at=now - timedelta(days=2))
    newer = make_order((product, 2), user=user, created_at=now - timedelta(hours=1))
    make_order((product, 1), user=other)
    make_order((product, 1))
    body = client.get("/api/orders/mine", headers=auth_headers(user)).json
    assert [order["id"] for order in body["items"]] == [newer.id, older.id]
    assert (body["total"], body["page"], body["pages"]) == (2, 1, 1)
    first = body["items"][0]
    assert first["items"] == [{"product_id": product.id, "product_name": "Turbine LED", "unit_price": 2450.0,
                               "quantity": 2, "line_total": 4900.0}]
    assert first["total_price"] == 4900.0 and first["status"] == "En attente"


def test_my_orders_are_paginated(client, product):
    user = make_user()
    for _ in range(5):
        make_order((product, 1), user=user)
    body = client.get("/api/orders/mine?page=2&per_page=2", headers=auth_headers(user)).json
    assert (len(body["items"]), body["total"], body["pages"]) == (2, 5, 3)


@pytest.mark.parametrize("query", ["per_page=0", "per_page=101", "page=0", "page=deux"])
def test_bad_pages_are_refused(client, query):
    assert client.get(f"/api/orders/mine?{query}", headers=auth_headers(make_user())).status_code == 422


def test_one_of_my_orders_by_reference(client, product):
    user = make_user()
    order = make_order((product, 1), user=user)
    response = client.get(f"/api/orders/mine/{order.reference}", headers=auth_headers(user))
    assert response.status_code == 200
    assert response.json["id"] == order.id


def test_another_users_order_is_not_found(client, product):
    order = make_order((product, 1), user=make_user())
    guest_order = make_order((product, 1))
    headers = auth_headers(make_user())
    for reference in (order.reference, guest_order.reference, "DT-999999"):
        response = client.get(f"/api/orders/mine/{reference}", headers=headers)
        assert response.status_code == 404
        assert response.json == {"message": "Commande introuvable."}


@pytest.mark.parametrize("path", ["/api/orders/mine", "/api/orders/mine/DT-000001"])
def test_my_orders_need_a_login(client, path):
    assert client.get(path).status_code == 401


@pytest.mark.parametrize("path", ["/api/admin/orders", "/api/admin/orders/1", "/api/admin/orders/export.csv"])
def test_admin_orders_are_for_admins(client, login_as, path):
    assert client.get(path).status_code == 401
    assert client.get(path, headers=login_as("client")).status_code == 403


def test_a_client_cannot_change_a_status(client, login_as, product):
    order = make_order((product, 1))
    response = client.patch(f"/api/admin/orders/{order.id}", json={"status": CANCELLED},
                            headers=login_as("client"))
    assert response.status_code == 403
    assert db.session.get(Order, order.id, populate_existing=True).status == PENDING


@pytest.mark.parametrize("path", ["/api/orders/mine", "/api/admin/orders"])
def test_order_lists_cost_the_same_queries_for_5_or_100_orders(app, client, product, path):
    admin = make_user(role="admin")
    headers = auth_headers(admin)
    second = make_product()

    def queries_for(orders):
        for _ in range(orders):
            make_order((product, 1), (second, 2), user=admin)
        db.session.commit()
        with app.app_context(), counted_queries() as statements:
            response = client.get(f"{path}?per_page=100", headers=headers)
        assert response.status_code == 200
        assert len(response.json["items"]) == orders
        return len(statements)

    few = queries_for(5)
    db.session.execute(delete(Order))
    db.session.commit()
    assert queries_for(100) == few


def test_admin_list_filters_by_status(client, login_as, product):
    make_order((product, 1))
    confirmed = make_order((product, 1), status=CONFIRMED)
    headers = login_as("admin")
    body = client.get("/api/admin/orders", query_string={"status": CONFIRMED}, headers=headers).json
    assert [order["id"] for order in body["items"]] == [confirmed.id]
    assert client.get("/api/admin/orders?status=Perdue", headers=headers).status_code == 422


@pytest.mark.parametrize("q, expected", [
    ("dt-00000", {"ref", "name", "phone"}), ("ALAOUI", {"name"}), ("0661", {"phone"}),
    ("inconnu", set()), ("100%", set()), ("_", set()),
])
def test_admin_list_searches_reference_name_and_phone(client, login_as, product, q, expected):
    orders = {
        "ref": make_order((product, 1), customer_name="Clinique du Port"),
        "name": make_order((product, 1), customer_name="Dr Youssef Alaoui"),
        "phone": make_order((product, 1), customer_name="Cabinet Atlas", customer_phone="0661 22 33 44"),
    }
    body = client.get("/api/admin/orders", query_string={"q": q}, headers=login_as("admin")).json
    assert {order["id"] for order in body["items"]} == {orders[key].id for key in expected}


def test_admin_list_filters_by_shop_days(client, login_as, product):
    # Casablanca is UTC+1 in November: 23:30 UTC on the 10th is already the 11th in the shop.
    late = make_order((product, 1), created_at=datetime(2025, 11, 10, 23, 30, tzinfo=timezone.utc))
    early = make_order((product, 1), created_at=datetime(2025, 11, 10, 8, 0, tzinfo=timezone.utc))
    make_order((product, 1), created_at=datetime(2025, 11, 12, 8, 0, tzinfo=timezone.utc))
    headers = login_as("admin")

    def ids(**query):
        return [order["id"] for order in client.get("/api/admin/orders", query_string=query,
                                                    headers=headers).json["items"]]

    assert ids(date_from="2025-11-10", date_to="2025-11-10") == [early.id]
    assert ids(date_from="2025-11-11", date_to="2025-11-11") == [late.id]
    assert ids(date_to="2025-11-11") == [late.id, early.id]


@pytest.mark.parametrize("query", [
    {"date_from": "2025-11-31"}, {"date_from": "hier"}, {"date_from": "2025-11-12", "date_to": "2025-11-10"},
    {"q": "x" * 101}, {"per_page": 500},
])
def test_admin_list_refuses_bad_filters(client, login_as, query):
    response = client.get("/api/admin/orders", query_string=query, headers=login_as("admin"))
    assert response.status_code == 422
    assert response.json["errors"]


def test_admin_detail_has_history_and_account(client, login_as, product):
    customer = make_user(email="cabinet@example.com")
    order = make_order((product, 1), user=customer)
    admin_headers = login_as("admin", email="staff@dentaltech.local")
    client.patch(f"/api/admin/orders/{order.id}", json={"status": CONFIRMED}, headers=admin_headers)
    client.patch(f"/api/admin/orders/{order.id}", json={"status": SHIPPED}, headers=admin_headers)
    body = client.get(f"/api/admin/orders/{order.id}", headers=admin_headers).json
    assert body["user_email"] == "cabinet@example.com"
    assert [(change["status"], change["by"]) for change in body["status_history"]] == [
        (CONFIRMED, "staff@dentaltech.local"), (SHIPPED, "staff@dentaltech.local")]
    assert all(change["at"].endswith("Z") for change in body["status_history"])
    assert body["status"] == SHIPPED and body["items"][0]["product_name"] == "Turbine LED"


def test_admin_detail_of_a_guest_order(client, login_as, product):
    order = make_order((product, 1))
    body = client.get(f"/api/admin/orders/{order.id}", headers=login_as("admin")).json
    assert body["user_email"] is None
    assert body["expires_at"] is None


def test_unknown_orders_are_404(client, login_as):
    headers = login_as("admin")
    assert client.get("/api/admin/orders/4242", headers=headers).status_code == 404
    response = client.patch("/api/admin/orders/4242", json={"status": CONFIRMED}, headers=headers)
    assert response.status_code == 404
    assert response.json == {"message": "Commande introuvable."}


@pytest.mark.parametrize("body", [{"status": "Perdue"}, {"status": 3}, {}, {"status": CONFIRMED, "x": 1}])
def test_bad_status_bodies_are_refused(client, login_as, product, body):
    order = make_order((product, 1))
    response = client.patch(f"/api/admin/orders/{order.id}", json=body, headers=login_as("admin"))
    assert response.status_code == 422
    assert db.session.get(Order, order.id, populate_existing=True).status == PENDING
