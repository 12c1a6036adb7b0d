"""The status workflow (PATCH /api/admin/orders/<id>) and `flask expire-orders`."""
from datetime import timedelta
from itertools import product as pairs

import pytest
from sqlalchemy import select, update

from src.extensions import db
from src.models import Order, OrderStatusChange, Product, ProductReview, StockMovement
from src.models.base import utcnow
from src.models.order import CANCELLED, CONFIRMED, DELIVERED, PENDING, SHIPPED, STATUSES
from src.services.order_status import ForbiddenTransition, change_status

from .conftest import auth_headers
from .factories import make_order, make_product, make_user

ALLOWED = {(PENDING, CONFIRMED), (PENDING, CANCELLED), (CONFIRMED, SHIPPED), (CONFIRMED, CANCELLED),
           (SHIPPED, DELIVERED)}


def stock(product_id):
    return db.session.get(Product, product_id, populate_existing=True).stock_quantity


def history(order_id):
    return db.session.execute(select(OrderStatusChange.status, OrderStatusChange.by).where(
        OrderStatusChange.order_id == order_id).order_by(OrderStatusChange.id)).all()


def movements(order_id):
    return db.session.execute(select(StockMovement.product_id, StockMovement.delta, StockMovement.reason,
                                     StockMovement.actor).where(StockMovement.order_id == order_id)
                              .order_by(StockMovement.id)).all()


def place(client, product, quantity):
    body = {"items": [{"product_id": product.id, "quantity": quantity}], "customer_name": "Dr Nadia Tazi",
            "total_price": float(product.price * quantity)}
    response = client.post("/api/orders/whatsapp_checkout", json=body)
    assert response.status_code == 201
    return response.json["order"]["id"]


@pytest.fixture
def admin(login_as):
    return login_as("admin", email="staff@dentaltech.local")


@pytest.mark.parametrize("current, target", list(pairs(STATUSES, STATUSES)))
def test_every_transition(client, admin, current, target):
    mirror = make_product(name="Miroir", stock_quantity=10)
    order = make_order((mirror, 3), status=current)
    response = client.patch(f"/api/admin/orders/{order.id}", json={"status": target}, headers=admin)
    if (current, target) in ALLOWED:
        assert response.status_code == 200
        assert response.json["status"] == target
        assert history(order.id) == [(target, "staff@dentaltech.local")]
        assert stock(mirror.id) == (13 if target == CANCELLED else 10)
    else:
        assert response.status_code == 409
        assert current in response.json["message"] and target in response.json["message"]
        assert db.session.get(Order, order.id, populate_existing=True).status == current
        assert history(order.id) == []
        assert stock(mirror.id) == 10


def test_cancelling_puts_the_stock_back_once(client, admin):
    first = make_product(name="Sonde", stock_quantity=10)
    second = make_product(name="Précelles", stock_quantity=4)
    order_id = place(client, first, 3)
    db.session.execute(update(Order).values(status=CONFIRMED))
    db.session.commit()
    assert stock(first.id) == 7
    assert client.patch(f"/api/admin/orders/{order_id}", json={"status": CANCELLED},
                        headers=admin).status_code == 200
    again = client.patch(f"/api/admin/orders/{order_id}", json={"status": CANCELLED}, headers=admin)
    assert again.status_code == 409
    assert (stock(first.id), stock(second.id)) == (10, 4)
    assert movements(order_id) == [(first.id, -3, "sale", "client"),
                                   (first.id, 3, "cancellation", "staff@dentaltech.local")]


def test_a_status_changed_meanwhile_is_not_applied_twice():
    tray = make_product(name="Porte-empreinte", stock_quantity=10)
    order = make_order((tray, 2))
    assert order.status == PENDING
    # Cancelled by someone else after this order was read: the conditional update must notice.
    db.session.execute(update(Order).where(Order.id == order.id).values(status=CANCELLED)
                       .execution_options(synchronize_session=False))
    with pytest.raises(ForbiddenTransition):
        change_status(order, CANCELLED, by="staff@dentaltech.local")
    db.session.flush()
    assert stock(tray.id) == 10
    assert movements(order.id) == [] and history(order.id) == []
    db.session.rollback()


def test_the_history_records_every_step(client, admin):
    tray = make_product(stock_quantity=10)
    order_id = place(client, tray, 1)
    for status in (CONFIRMED, SHIPPED, DELIVERED):
        client.patch(f"/api/admin/orders/{order_id}", json={"status": status}, headers=admin)
    body = client.get(f"/api/admin/orders/{order_id}", headers=admin).json
    assert [(change["status"], change["by"]) for change in body["status_history"]] == [
        (PENDING, "client"), (CONFIRMED, "staff@dentaltech.local"), (SHIPPED, "staff@dentaltech.local"),
        (DELIVERED, "staff@dentaltech.local")]


def expire(app):
    result = app.test_cli_runner().invoke(args=["expire-orders"])
    assert result.exit_code == 0, result.output
    return result.output


def test_expire_orders_cancels_held_orders_once(app, client):
    tray = make_product(name="Plateau", stock_quantity=10)
    held = place(client, tray, 3)
    fresh = place(client, tray, 1)
    confirmed = place(client, tray, 2)
    past = utcnow() - timedelta(minutes=1)
    db.session.execute(update(Order).where(Order.id.in_([held, confirmed])).values(expires_at=past))
    db.session.execute(update(Order).where(Order.id == confirmed).values(status=CONFIRMED))
    db.session.commit()
    assert stock(tray.id) == 4

    assert expire(app).startswith("1 commande")
    assert expire(app).startswith("0 commande")

    statuses = dict(db.session.execute(select(Order.id, Order.status)).all())
    assert statuses == {held: CANCELLED, fresh: PENDING, confirmed: CONFIRMED}
    assert history(held) == [(PENDING, "client"), (CANCELLED, "system")]
    assert movements(held) == [(tray.id, -3, "sale", "client"), (tray.id, 3, "expiry", "system")]
    assert stock(tray.id) == 7


def test_expire_orders_does_nothing_without_a_hold(app, client):
    tray = make_product(stock_quantity=10)
    held = place(client, tray, 3)
    db.session.execute(update(Order).values(expires_at=utcnow() - timedelta(hours=1)))
    db.session.commit()
    app.config["ORDER_HOLD_HOURS"] = 0
    try:
        assert expire(app).startswith("0 commande")
    finally:
        app.config["ORDER_HOLD_HOURS"] = 72
    assert db.session.get(Order, held, populate_existing=True).status == PENDING
    assert stock(tray.id) == 7


def test_orders_placed_without_a_hold_never_expire(app, client):
    app.config["ORDER_HOLD_HOURS"] = 0
    try:
        order_id = place(client, make_product(stock_quantity=5), 1)
    finally:
        app.config["ORDER_HOLD_HOURS"] = 72
    assert expire(app).startswith("0 commande")
    assert db.session.get(Order, order_id).status == PENDING


def test_a_delivery_makes_the_clients_earlier_review_verified(client, admin):
    buyer = make_user()
    tray = make_product(name="Porte-empreinte", stock_quantity=10)
    order = make_order((tray, 1), status=SHIPPED, user=buyer)
    posted = client.post(f"/api/products/{tray.slug}/reviews", json={"rating": 5, "comment": "Parfait"},
                         headers=auth_headers(buyer))
    assert posted.status_code == 201 and posted.json["verified_purchase"] is False
    assert client.patch(f"/api/admin/orders/{order.id}", json={"status": DELIVERED},
                        headers=admin).status_code == 200
    review = db.session.scalars(select(ProductReview).execution_options(populate_existing=True)).one()
    assert review.verified_purchase is True
    public = client.get(f"/api/products/{tray.slug}/reviews").json["items"]
    assert public[0]["verified_purchase"] is True
