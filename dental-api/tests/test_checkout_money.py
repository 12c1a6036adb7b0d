"""Money at checkout: whatever price, total or discount the client sends, the stored order is priced by
the server. (Bad quantities — 0, -1, 1.5, 10**9, strings — are refused in test_checkout.py.)"""
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from src.extensions import db
from src.models import Order, OrderItem, StockMovement

from .conftest import _empty_tables
from .factories import make_product

URL = "/api/orders/whatsapp_checkout"
CENT = Decimal("0.01")


def body_for(lines, total):
    return {"items": [{"product_id": product.id, "quantity": quantity} for product, quantity in lines],
            "customer_name": "Dr Nadia Tazi", "total_price": float(total)}


def stored_orders():
    db.session.expire_all()
    return [(order.total_price, [(item.unit_price, item.quantity, item.line_total) for item in
                                 db.session.scalars(select(OrderItem).where(OrderItem.order_id == order.id))])
            for order in db.session.scalars(select(Order))]


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(prices=st.lists(st.decimals("0.01", "9999.99", places=2), min_size=1, max_size=3),
       quantities=st.lists(st.integers(1, 99), min_size=3, max_size=3),
       offset=st.sampled_from(["-1000", "-0.02", "-0.01", "0", "0.01", "0.02", "5", "1000"]))
def test_the_stored_total_is_the_servers_whatever_the_client_says(client, prices, quantities, offset):
    db.session.remove()
    _empty_tables()
    products = [make_product(price=str(price), stock_quantity=200) for price in prices]
    lines = list(zip(products, quantities))
    true_total = sum((product.price * quantity for product, quantity in lines), Decimal("0"))
    claimed = max(true_total + Decimal(offset), Decimal("0"))
    response = client.post(URL, json=body_for(lines, claimed))
    event(f"answered {response.status_code}")  # shown by --hypothesis-show-statistics
    if abs(claimed - true_total) <= CENT:
        assert response.status_code == 201, response.get_json()
        assert stored_orders() == [(true_total, [(product.price, quantity, product.price * quantity)
                                                 for product, quantity in lines])]
    else:
        assert response.status_code == 409
        assert Decimal(str(response.get_json()["cart"]["total_price"])) == true_total
        assert stored_orders() == []


@pytest.mark.parametrize("line_field", [
    {"line_total": 0.01}, {"discount": 50}, {"unit_price": 0}, {"total_price": 1}, {"name": "Gratuit"},
])
def test_prices_inside_a_line_are_refused(client, line_field):
    product = make_product(price="250.00", stock_quantity=5)
    body = body_for([(product, 2)], Decimal("500.00"))
    body["items"][0].update(line_field)
    response = client.post(URL, json=body)
    assert response.status_code == 422
    assert stored_orders() == []


@pytest.mark.parametrize("field", [
    {"discount": 100}, {"discount_code": "GRATUIT"}, {"coupon": "X"}, {"subtotal": 1}, {"unit_prices": [1]},
])
def test_discounts_and_subtotals_are_refused(client, field):
    product = make_product(price="250.00", stock_quantity=5)
    response = client.post(URL, json={**body_for([(product, 2)], Decimal("500.00")), **field})
    assert response.status_code == 422
    assert db.session.scalar(select(func.count()).select_from(StockMovement)) == 0


def test_a_price_raised_after_the_cart_was_filled_is_not_sold_at_the_old_price(client):
    product = make_product(price="100.00", stock_quantity=5)
    product.price = Decimal("120.00")
    db.session.commit()
    stale = body_for([(product, 1)], Decimal("100.00"))
    response = client.post(URL, json=stale)
    assert response.status_code == 409
    assert response.get_json()["cart"]["total_price"] == 120.0
    assert stored_orders() == []
