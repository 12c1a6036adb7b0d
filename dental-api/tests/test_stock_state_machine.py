"""Stock and orders as a state machine (Hypothesis): random checkouts, cancellations, expiries and
manual adjustments, through the API, against a model of what the stock must be.

After every step: each product's stock = initial + adjustments − sold + restored, never negative, and
equal to the sum of its recorded stock movements (the last one telling the stock it left); every order's
total equals its lines. `make test` runs the small profile; `make soak` sets STOCK_MACHINE_PROFILE=soak
(200 examples of 50 steps).
"""
import os
from datetime import timedelta
from decimal import Decimal

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from hypothesis.stateful import run_state_machine_as_test
from sqlalchemy import func, select, update

from src.extensions import db
from src.models import Order, OrderItem, Product, StockMovement
from src.models.base import utcnow
from src.models.order import CANCELLED, CONFIRMED, PENDING, SHIPPED
from src.services.order_status import expire_pending_orders
from src.services.stock import record_initial_stock

from .conftest import _empty_tables, auth_headers
from .factories import make_product, make_user

CHECKOUT = "/api/orders/whatsapp_checkout"
PRICES = ("0.10", "12.35", "999.99")
HOLD_HOURS = 72

settings.register_profile("stock-quick", max_examples=15, stateful_step_count=20, deadline=None,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("stock-soak", max_examples=200, stateful_step_count=50, deadline=None,
                          suppress_health_check=list(HealthCheck))
PROFILE = settings.get_profile("stock-" + os.environ.get("STOCK_MACHINE_PROFILE", "quick"))

lines_strategy = st.lists(st.tuples(st.integers(0, len(PRICES) - 1), st.integers(1, 6)),
                          min_size=1, max_size=3)


class StockMachine(RuleBasedStateMachine):
    """The model: per product its expected stock; per order its lines and status."""

    def __init__(self, client):
        super().__init__()
        self.client = client

    @initialize(stocks=st.lists(st.integers(0, 8), min_size=len(PRICES), max_size=len(PRICES)))
    def open_shop(self, stocks):
        db.session.remove()
        _empty_tables()
        admin = make_user(role="admin")
        self.admin = auth_headers(admin)
        self.products = []
        for price, stock in zip(PRICES, stocks):
            product = make_product(price=price, stock_quantity=stock)
            record_initial_stock(product)
            self.products.append(product.id)
        db.session.commit()
        self.prices = [Decimal(price) for price in PRICES]
        self.expected = list(stocks)
        self.orders = []  # [order id, {product index: quantity}, status]

    @rule(lines=lines_strategy)
    def checkout(self, lines):
        wanted = {}
        for index, quantity in lines:
            wanted[index] = wanted.get(index, 0) + quantity
        total = sum((self.prices[index] * quantity for index, quantity in wanted.items()), Decimal("0"))
        items = [{"product_id": self.products[index], "quantity": quantity} for index, quantity in lines]
        body = {"items": items, "customer_name": "Dr Salma Idrissi", "total_price": float(total)}
        response = self.client.post(CHECKOUT, json=body)
        enough = all(self.expected[index] >= quantity for index, quantity in wanted.items())
        assert response.status_code == (201 if enough else 409), response.get_json()
        if enough:
            for index, quantity in wanted.items():
                self.expected[index] -= quantity
            self.orders.append([response.get_json()["order"]["id"], wanted, PENDING])

    @precondition(lambda self: self.orders)
    @rule(pick=st.integers(0, 10**6), status=st.sampled_from([CONFIRMED, SHIPPED, CANCELLED]))
    def change_status(self, pick, status):
        order = self.orders[pick % len(self.orders)]
        allowed = {PENDING: (CONFIRMED, CANCELLED), CONFIRMED: (SHIPPED, CANCELLED)}.get(order[2], ())
        response = self.client.patch(f"/api/admin/orders/{order[0]}", json={"status": status},
                                     headers=self.admin)
        assert response.status_code == (200 if status in allowed else 409), response.get_json()
        if status in allowed:
            self._moved(order, status)

    @precondition(lambda self: any(order[2] == PENDING for order in self.orders))
    @rule(pick=st.integers(0, 10**6))
    def expire(self, pick):
        pending = [order for order in self.orders if order[2] == PENDING]
        order = pending[pick % len(pending)]
        db.session.execute(update(Order).where(Order.id == order[0])
                           .values(expires_at=utcnow() - timedelta(minutes=1)))
        db.session.commit()
        assert expire_pending_orders(HOLD_HOURS) == 1
        self._moved(order, CANCELLED)

    @rule(index=st.integers(0, len(PRICES) - 1), delta=st.integers(-6, 6).filter(bool))
    def adjust(self, index, delta):
        response = self.client.post(f"/api/admin/products/{self.products[index]}/stock-adjustments",
                                    json={"delta": delta, "reason": "inventaire"}, headers=self.admin)
        possible = self.expected[index] + delta >= 0
        assert response.status_code == (201 if possible else 409), response.get_json()
        if possible:
            self.expected[index] += delta

    def _moved(self, order, target):
        order[2] = target
        if target == CANCELLED:
            for index, quantity in order[1].items():
                self.expected[index] += quantity

    @invariant()
    def stock_matches_the_model_and_the_movements(self):
        if not hasattr(self, "products"):
            return
        db.session.expire_all()
        stocks = dict(db.session.execute(select(Product.id, Product.stock_quantity)).all())
        moved = dict(db.session.execute(select(StockMovement.product_id, func.sum(StockMovement.delta))
                                        .group_by(StockMovement.product_id)).all())
        latest = select(func.max(StockMovement.id)).group_by(StockMovement.product_id)
        last = dict(db.session.execute(select(StockMovement.product_id, StockMovement.stock_after)
                                       .where(StockMovement.id.in_(latest))).all())
        for index, product_id in enumerate(self.products):
            assert stocks[product_id] == self.expected[index] >= 0
            assert moved[product_id] == last[product_id] == stocks[product_id]

    @invariant()
    def every_total_equals_its_lines(self):
        if not hasattr(self, "products"):
            return
        totals = {order_id: Decimal("0") for order_id in db.session.scalars(select(Order.id))}
        for line in db.session.scalars(select(OrderItem)):
            assert line.line_total == line.unit_price * line.quantity
            totals[line.order_id] += line.line_total
        assert dict(db.session.execute(select(Order.id, Order.total_price)).all()) == totals


def test_stock_and_orders_stay_consistent(client):
    run_state_machine_as_test(lambda: StockMachine(client), settings=PROFILE)
