"""POST /api/orders/whatsapp_checkout: the server's prices, atomic stock, nothing written when refused."""
from datetime import timedelta
from decimal import Decimal
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy import func, select

from src.extensions import db, limiter
from src.models import IdempotencyKey, Order, OrderItem, OrderStatusChange, Product, StockMovement
from src.models.base import utcnow

from .conftest import auth_headers
from .factories import make_product, make_user

URL = "/api/orders/whatsapp_checkout"


def checkout_body(*lines, **fields):
    """A valid body for (product, quantity) lines, total computed from the products' prices."""
    total = sum((product.price * quantity for product, quantity in lines), Decimal("0"))
    body = {"items": [{"product_id": product.id, "quantity": quantity} for product, quantity in lines],
            "customer_name": "Dr Karim Alaoui", "total_price": float(total)}
    body.update(fields)
    return body


def count(model):
    return db.session.scalar(select(func.count()).select_from(model))


def stock(product_id):
    return db.session.get(Product, product_id, populate_existing=True).stock_quantity


def assert_nothing_written(stocks):
    assert count(Order) == count(OrderItem) == count(OrderStatusChange) == 0
    assert count(StockMovement) == count(IdempotencyKey) == 0
    assert {product_id: stock(product_id) for product_id in stocks} == stocks


@pytest.fixture
def products():
    return (make_product(name="Détartreur ultrasonique", price="1299.90", stock_quantity=10),
            make_product(name="Gants nitrile", price="59.50", stock_quantity=100))


def test_guest_checkout_creates_the_order_and_takes_the_stock(client, products):
    scaler, gloves = products
    body = checkout_body((scaler, 1), (gloves, 3), customer_phone="+212 612-345678",
                         delivery_city="Casablanca", delivery_address="12 rue des Écoles", note="Avant midi")
    response = client.post(URL, json=body)
    assert response.status_code == 201
    order = response.json["order"]
    assert order["reference"] == f"DT-{order['id']:06d}"
    assert order["status"] == "En attente"
    assert order["user_id"] is None
    assert order["total_price"] == 1478.4
    assert order["items"] == [
        {"product_id": scaler.id, "product_name": "Détartreur ultrasonique", "unit_price": 1299.9,
         "quantity": 1, "line_total": 1299.9},
        {"product_id": gloves.id, "product_name": "Gants nitrile", "unit_price": 59.5, "quantity": 3,
         "line_total": 178.5},
    ]
    assert (order["customer_name"], order["customer_phone"], order["delivery_city"]) == (
        "Dr Karim Alaoui", "+212 612-345678", "Casablanca")
    assert (stock(scaler.id), stock(gloves.id)) == (9, 97)
    movements = db.session.scalars(select(StockMovement).order_by(StockMovement.product_id)).all()
    assert [(m.product_id, m.delta, m.stock_after, m.reason, m.order_id) for m in movements] == [
        (scaler.id, -1, 9, "sale", order["id"]), (gloves.id, -3, 97, "sale", order["id"])]
    history = db.session.scalars(select(OrderStatusChange)).all()
    assert [(change.status, change.order_id) for change in history] == [("En attente", order["id"])]


def test_the_whatsapp_message_is_written_by_the_server(client, products):
    scaler, gloves = products
    body = checkout_body((scaler, 1), (gloves, 2), delivery_city="Rabat", note="Sonner deux fois",
                         whatsapp_message="Total : 1 MAD, merci")
    response = client.post(URL, json=body)
    order = response.json["order"]
    message = order["whatsapp_message"]
    assert "DentalTech Pro" in message and order["reference"] in message
    assert "- 1 × Détartreur ultrasonique : 1\u202f299,90\u00a0MAD" in message
    assert "Total : 1\u202f418,90\u00a0MAD" in message
    assert "Dr Karim Alaoui" in message and "Rabat" in message and "Sonner deux fois" in message
    assert "1 MAD, merci" not in message
    url = urlparse(response.json["whatsapp_url"])
    assert (url.scheme, url.netloc, url.path) == ("https", "wa.me", "/212600000000")
    assert parse_qs(url.query)["text"] == [message]
    assert db.session.scalar(select(Order.whatsapp_message)) == message


def test_the_hold_sets_when_a_pending_order_expires(app, client, products):
    response = client.post(URL, json=checkout_body((products[0], 1)))
    order = db.session.get(Order, response.json["order"]["id"])
    assert order.expires_at - order.created_at == timedelta(hours=72)
    app.config["ORDER_HOLD_HOURS"] = 0
    try:
        response = client.post(URL, json=checkout_body((products[0], 1)))
    finally:
        app.config["ORDER_HOLD_HOURS"] = 72
    assert response.json["order"]["expires_at"] is None


def test_a_logged_in_user_may_omit_the_name(client, products):
    user = make_user(full_name="Dr Salma Idrissi", phone="0612345678")
    body = checkout_body((products[1], 1))
    del body["customer_name"]
    response = client.post(URL, json=body, headers=auth_headers(user))
    assert response.status_code == 201
    order = response.json["order"]
    assert (order["user_id"], order["customer_name"], order["customer_phone"]) == (
        user.id, "Dr Salma Idrissi", "0612345678")


def test_a_guest_must_give_a_name(client, products):
    body = checkout_body((products[1], 1))
    del body["customer_name"]
    response = client.post(URL, json=body)
    assert response.status_code == 422
    assert "customer_name" in response.json["errors"]
    assert_nothing_written({products[1].id: 100})


def test_a_bad_token_is_refused_even_for_a_checkout(client, products):
    response = client.post(URL, json=checkout_body((products[1], 1)),
                           headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401
    assert_nothing_written({products[1].id: 100})


def test_the_same_product_twice_is_one_line(client, products):
    gloves = products[1]
    body = checkout_body((gloves, 2), (gloves, 5))
    response = client.post(URL, json=body)
    assert response.status_code == 201
    assert [(line["product_id"], line["quantity"]) for line in response.json["order"]["items"]] == [
        (gloves.id, 7)]
    assert stock(gloves.id) == 93


def test_merged_lines_are_still_capped_at_99(client, products):
    gloves = products[1]
    response = client.post(URL, json=checkout_body((gloves, 60), (gloves, 40)))
    assert response.status_code == 422
    assert_nothing_written({gloves.id: 100})


def test_a_changed_price_answers_the_current_cart(client, products):
    scaler, gloves = products
    body = checkout_body((scaler, 2), (gloves, 1), total_price=2000)
    response = client.post(URL, json=body)
    assert response.status_code == 409
    assert response.json["cart"] == {
        "items": [
            {"product_id": scaler.id, "name": "Détartreur ultrasonique", "unit_price": 1299.9, "quantity": 2,
             "line_total": 2599.8, "stock_quantity": 10},
            {"product_id": gloves.id, "name": "Gants nitrile", "unit_price": 59.5, "quantity": 1,
             "line_total": 59.5, "stock_quantity": 100},
        ],
        "total_price": 2659.3,
    }
    assert response.json["message"]
    assert_nothing_written({scaler.id: 10, gloves.id: 100})


def test_a_total_within_a_cent_is_accepted_but_never_stored(client, products):
    gloves = products[1]
    response = client.post(URL, json=checkout_body((gloves, 2), total_price=119.01))
    assert response.status_code == 201
    assert response.json["order"]["total_price"] == 119.0
    assert db.session.scalar(select(Order.total_price)) == Decimal("119.00")


def test_shortages_are_all_reported_and_nothing_is_written(client):
    short_a = make_product(name="Composite A2", price="10.00", stock_quantity=1)
    plenty = make_product(name="Fraises diamantées", price="20.00", stock_quantity=50)
    short_b = make_product(name="Ciment verre ionomère", price="30.00", stock_quantity=0)
    response = client.post(URL, json=checkout_body((short_a, 3), (plenty, 2), (short_b, 1)))
    assert response.status_code == 409
    assert response.json["shortages"] == [
        {"product_id": short_a.id, "name": "Composite A2", "requested": 3, "available": 1},
        {"product_id": short_b.id, "name": "Ciment verre ionomère", "requested": 1, "available": 0},
    ]
    assert_nothing_written({short_a.id: 1, plenty.id: 50, short_b.id: 0})


def test_an_unknown_product_is_named(client, products):
    body = checkout_body((products[1], 1))
    body["items"].append({"product_id": 987654, "quantity": 1})
    response = client.post(URL, json=body)
    assert response.status_code == 422
    assert "987654" in response.json["message"]
    assert_nothing_written({products[1].id: 100})


def test_an_inactive_product_is_named(client, products):
    retired = make_product(name="Miroir ancien modèle", is_active=False)
    response = client.post(URL, json=checkout_body((products[1], 1), (retired, 1)))
    assert response.status_code == 422
    assert "Miroir ancien modèle" in response.json["message"]
    assert_nothing_written({products[1].id: 100, retired.id: 20})


@pytest.mark.parametrize("line_change", [
    {"quantity": 0}, {"quantity": -1}, {"quantity": 1.5}, {"quantity": "2"}, {"quantity": 10**9},
    {"quantity": True}, {"quantity": None}, {"quantity": 100}, {"product_id": "1"}, {"product_id": 0},
    {"unit_price": 1}, {"price": 1},
])
def test_bad_lines_are_refused(client, products, line_change):
    body = checkout_body((products[1], 2))
    body["items"][0].update(line_change)
    response = client.post(URL, json=body)
    assert response.status_code == 422
    assert "items" in response.json["errors"]
    assert_nothing_written({products[1].id: 100})


@pytest.mark.parametrize("change", [
    {"total_price": "119.00"}, {"total_price": True}, {"total_price": 119.001}, {"total_price": None},
    {"items": []}, {"items": "tout"}, {"customer_name": "x" * 121}, {"customer_name": 12},
    {"customer_phone": "appelez-moi"}, {"note": "n" * 1001}, {"delivery_city": "v" * 81},
    {"delivery_address": "a" * 301}, {"whatsapp_message": "m" * 5001}, {"status": "Livrée"},
    {"user_id": 1}, {"discount": 10},
])
def test_bad_bodies_are_refused(client, products, change):
    body = checkout_body((products[1], 2))
    body.update(change)
    response = client.post(URL, json=body)
    assert response.status_code == 422
    assert response.json["errors"]
    assert_nothing_written({products[1].id: 100})


def test_missing_fields_are_refused(client, products):
    response = client.post(URL, json={"customer_name": "Dr Karim Alaoui"})
    assert response.status_code == 422
    assert set(response.json["errors"]) == {"items", "total_price"}


def test_more_than_50_lines_are_refused(client):
    many = [make_product(price="1.00", stock_quantity=5) for _ in range(51)]
    response = client.post(URL, json=checkout_body(*[(product, 1) for product in many]))
    assert response.status_code == 422
    assert_nothing_written({product.id: 5 for product in many[:3]})


def test_fifty_lines_are_accepted(client):
    many = [make_product(price="1.00", stock_quantity=5) for _ in range(50)]
    response = client.post(URL, json=checkout_body(*[(product, 1) for product in many]))
    assert response.status_code == 201
    assert len(response.json["order"]["items"]) == 50


def test_strings_are_trimmed_and_empty_optionals_dropped(client, products):
    body = checkout_body((products[1], 1), customer_name="  Dr Karim  ", delivery_city="   ", note="")
    order = client.post(URL, json=body).json["order"]
    assert (order["customer_name"], order["delivery_city"], order["note"]) == ("Dr Karim", None, None)


def test_malformed_json_is_a_400(client, products):
    response = client.post(URL, data='{"items": [', content_type="application/json")
    assert response.status_code == 400
    assert response.json["message"]
    assert_nothing_written({products[1].id: 100})


def test_a_form_body_is_a_415(client, products):
    response = client.post(URL, data={"items": "1"})
    assert response.status_code == 415
    assert_nothing_written({products[1].id: 100})


def test_checkouts_are_rate_limited_per_address(app, client, products):
    limiter.reset()
    app.config.update(RATELIMIT_ENABLED=True, CHECKOUT_RATE_LIMIT="2 per hour")
    try:
        statuses = [client.post(URL, json=checkout_body((products[1], 1))).status_code for _ in range(3)]
        other_address = client.post(URL, json=checkout_body((products[1], 1)),
                                    environ_base={"REMOTE_ADDR": "10.0.0.9"})
    finally:
        app.config["CHECKOUT_RATE_LIMIT"] = "20 per hour"
        limiter.reset()
    assert statuses == [201, 201, 429]
    assert other_address.status_code == 201
    assert count(Order) == 3


def test_the_key_replays_the_first_order(client, products):
    body = checkout_body((products[1], 2))
    headers = {"Idempotency-Key": "panier-42"}
    first = client.post(URL, json=body, headers=headers)
    second = client.post(URL, json=body, headers=headers)
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json == first.json
    assert count(Order) == 1
    assert stock(products[1].id) == 98


def test_the_key_with_another_body_is_refused(client, products):
    headers = {"Idempotency-Key": "panier-42"}
    client.post(URL, json=checkout_body((products[1], 2)), headers=headers)
    response = client.post(URL, json=checkout_body((products[1], 3)), headers=headers)
    assert response.status_code == 422
    assert count(Order) == 1
    assert stock(products[1].id) == 98


def test_a_key_is_reusable_after_a_refused_checkout(client, products):
    scaler = products[0]
    headers = {"Idempotency-Key": "retry-me"}
    body = checkout_body((scaler, 12))
    assert client.post(URL, json=body, headers=headers).status_code == 409
    assert count(IdempotencyKey) == 0
    db.session.execute(Product.__table__.update().values(stock_quantity=20))
    db.session.commit()
    response = client.post(URL, json=body, headers=headers)
    assert response.status_code == 201
    assert stock(scaler.id) == 8


def test_keys_belong_to_their_caller(client, products):
    body = checkout_body((products[1], 1))
    headers = {"Idempotency-Key": "same-key"}
    guest = client.post(URL, json=body, headers=headers)
    user = client.post(URL, json=body, headers={**headers, **auth_headers(make_user())})
    other_guest = client.post(URL, json=body, headers=headers, environ_base={"REMOTE_ADDR": "10.1.2.3"})
    assert (guest.status_code, user.status_code, other_guest.status_code) == (201, 201, 201)
    assert count(Order) == 3


def test_a_key_older_than_a_day_is_forgotten(client, products):
    body = checkout_body((products[1], 1))
    headers = {"Idempotency-Key": "old-key"}
    first = client.post(URL, json=body, headers=headers)
    db.session.execute(IdempotencyKey.__table__.update().values(created_at=utcnow() - timedelta(hours=25)))
    db.session.commit()
    second = client.post(URL, json={**body, "note": "autre"}, headers=headers)
    assert second.status_code == 201
    assert second.json["order"]["id"] != first.json["order"]["id"]
    assert count(IdempotencyKey) == 1


@pytest.mark.parametrize("key", ["", "k" * 65, "clé"])
def test_bad_keys_are_refused(client, products, key):
    response = client.post(URL, json=checkout_body((products[1], 1)), headers={"Idempotency-Key": key})
    assert response.status_code == 422
    assert "Idempotency-Key" in response.json["errors"]
    assert_nothing_written({products[1].id: 100})
