"""Requests racing each other, on both databases: PostgreSQL runs them concurrently (row locks, the
idempotency key's unique index), SQLite serialises its writers (WAL, busy timeout, BEGIN IMMEDIATE).
Either way the rules hold: never oversold, one order per key, stock put back once."""
import os
import threading
import time
from collections import Counter

import pytest
from sqlalchemy import create_engine, event, func, make_url, select, text, update

from src import create_app
from src.config import TestConfig, database_url
from src.database import create_extensions
from src.extensions import db
from src.models import IdempotencyKey, Order, OrderStatusChange, Product, StockMovement
from src.models.order import CANCELLED, CONFIRMED

from .factories import make_product

URL = "/api/orders/whatsapp_checkout"


def run_together(app, bodies):
    """Send each request from its own thread (own app context, session and test client), all released
    at once; [(status, json)] in the order given. `bodies` holds (method, url, kwargs) triples."""
    barrier = threading.Barrier(len(bodies))
    results, failures = [None] * len(bodies), []

    def send(index, method, url, kwargs):
        try:
            with app.app_context():
                client = app.test_client()
                barrier.wait(timeout=30)
                response = client.open(url, method=method, **kwargs)
                results[index] = (response.status_code, response.get_json())
        except Exception as error:  # reported below: an exception in a thread would vanish
            failures.append(error)

    # Nothing of this thread's session may hold SQLite's write lock while the others run.
    db.session.commit()
    threads = [threading.Thread(target=send, args=(index, *body)) for index, body in enumerate(bodies)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    return results


def checkout(*lines, total, headers=None):
    body = {"items": [{"product_id": pid, "quantity": qty} for pid, qty in lines],
            "customer_name": "Dr Omar Benjelloun", "total_price": total}
    return ("POST", URL, {"json": body, "headers": headers or {}})


def count(model, *conditions):
    return db.session.scalar(select(func.count()).select_from(model).where(*conditions))


def stock(product_id):
    return db.session.get(Product, product_id, populate_existing=True).stock_quantity


def test_fifty_buyers_for_five_units(app):
    product_id = make_product(name="Lampe à polymériser", price="890.00", stock_quantity=5).id
    results = run_together(app, [checkout((product_id, 1), total=890.0)] * 50)
    statuses = Counter(status for status, _body in results)
    assert statuses == {201: 5, 409: 45}
    shortages = [body["shortages"] for status, body in results if status == 409]
    assert all(shortage == [{"product_id": product_id, "name": "Lampe à polymériser", "requested": 1,
                             "available": 0}] for shortage in shortages)
    assert stock(product_id) == 0
    assert count(Order) == 5
    assert count(StockMovement, StockMovement.reason == "sale") == 5
    references = {body["order"]["reference"] for status, body in results if status == 201}
    assert len(references) == 5


def test_crossing_carts_do_not_deadlock(app):
    first = make_product(price="10.00", stock_quantity=10).id
    second = make_product(price="20.00", stock_quantity=10).id
    crossing = [checkout((first, 1), (second, 1), total=30.0), checkout((second, 1), (first, 1), total=30.0)]
    bodies = crossing * 10
    results = run_together(app, bodies)
    assert Counter(status for status, _body in results) == {201: 10, 409: 10}
    assert (stock(first), stock(second)) == (0, 0)


def test_a_checkout_locks_its_products_only_to_take_the_stock(app, client):
    """Checkouts of a popular product queue behind its row lock: the order, its lines, its reference
    and its message are written first, and between the lock and the commit that releases it runs only
    the stock change and its movements."""
    first = make_product(price="10.00", stock_quantity=10).id
    second = make_product(price="20.00", stock_quantity=10).id
    db.session.commit()
    statements = []

    def record(_connection, _cursor, statement, *_args):
        statements.append(" ".join(statement.split()))

    def record_commit(_connection):
        statements.append("COMMIT")

    event.listen(db.engine, "before_cursor_execute", record)
    event.listen(db.engine, "commit", record_commit)
    try:
        response = client.post(URL, json=checkout((second, 2), (first, 1), total=50.0)[2]["json"])
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
        event.remove(db.engine, "commit", record_commit)
    assert response.status_code == 201
    lock = next(index for index, statement in enumerate(statements)
                if statement.startswith("SELECT products.id FROM products")
                and "ORDER BY products.id" in statement)
    held = statements[lock + 1:statements.index("COMMIT", lock)]
    assert held and all(statement.startswith(("UPDATE products ", "INSERT INTO stock_movements "))
                        for statement in held), held
    assert (stock(first), stock(second)) == (9, 8)


def test_one_key_sent_five_times_at_once_orders_once(app):
    product_id = make_product(price="45.50", stock_quantity=20).id
    request = checkout((product_id, 2), total=91.0, headers={"Idempotency-Key": "double-clic-1"})
    results = run_together(app, [request] * 5)
    assert sorted(status for status, _body in results) == [200, 200, 200, 200, 201]
    assert len({body["order"]["id"] for _status, body in results}) == 1
    assert len({body["whatsapp_url"] for _status, body in results}) == 1
    assert count(Order) == 1 and count(IdempotencyKey) == 1
    assert stock(product_id) == 18


def test_racing_cancellations_put_the_stock_back_once(app, client, login_as):
    product_id = make_product(price="12.00", stock_quantity=10).id
    response = client.post(URL, json=checkout((product_id, 4), total=48.0)[2]["json"])
    order_id = response.json["order"]["id"]
    headers = login_as("admin")
    cancel = ("PATCH", f"/api/admin/orders/{order_id}", {"json": {"status": CANCELLED}, "headers": headers})
    results = run_together(app, [cancel] * 5)
    assert sorted(status for status, _body in results) == [200, 409, 409, 409, 409]
    assert stock(product_id) == 10
    assert count(StockMovement, StockMovement.reason == "cancellation") == 1
    assert db.session.get(Order, order_id, populate_existing=True).status == CANCELLED


def test_a_confirmation_racing_a_cancellation_is_applied_whole(app, client, login_as):
    product_id = make_product(price="12.00", stock_quantity=10).id
    order_id = client.post(URL, json=checkout((product_id, 4), total=48.0)[2]["json"]).json["order"]["id"]
    headers = login_as("admin")
    url = f"/api/admin/orders/{order_id}"
    results = run_together(app, [("PATCH", url, {"json": {"status": status}, "headers": headers})
                                 for status in (CONFIRMED, CANCELLED)])
    applied = [status for (code, _body), status in zip(results, (CONFIRMED, CANCELLED)) if code == 200]
    # Both may pass only one after the other, confirmation first: a cancelled order is final.
    assert applied in ([CONFIRMED], [CANCELLED], [CONFIRMED, CANCELLED])
    order = db.session.get(Order, order_id, populate_existing=True)
    assert order.status == applied[-1]
    assert count(OrderStatusChange, OrderStatusChange.order_id == order_id) == 1 + len(applied)
    assert stock(product_id) == (10 if order.status == CANCELLED else 6)


ROW_LOCKS_DATABASE = "test_row_locks"
LOCAL_POSTGRESQL = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="module")
def postgresql_app():
    """The app on a PostgreSQL database of its own, whichever database the session runs on: row locks
    are PostgreSQL's (SQLite has none, it locks the whole database for each writer)."""
    session_url = make_url(os.environ.get("TEST_DATABASE_URL") or LOCAL_POSTGRESQL)
    server = session_url if session_url.drivername.startswith("postgresql") else make_url(LOCAL_POSTGRESQL)
    maintenance = create_engine(database_url(server.set(database="postgres").render_as_string(False)),
                                isolation_level="AUTOCOMMIT")
    recreate = [f"DROP DATABASE IF EXISTS {ROW_LOCKS_DATABASE} WITH (FORCE)",
                f"CREATE DATABASE {ROW_LOCKS_DATABASE}"]
    with maintenance.connect() as connection:
        for statement in recreate:
            connection.execute(text(statement))

    class RowLocksConfig(TestConfig):
        SQLALCHEMY_DATABASE_URI = database_url(
            server.set(database=ROW_LOCKS_DATABASE).render_as_string(False))

    app = create_app(RowLocksConfig)
    with app.app_context():
        with db.engine.begin() as connection:
            create_extensions(connection)
        db.create_all()
    yield app
    with app.app_context():
        db.engine.dispose()
    with maintenance.connect() as connection:
        connection.execute(text(recreate[0]))
    maintenance.dispose()


def test_a_cart_locks_its_products_in_id_order_wherever_their_rows_lie(postgresql_app):
    with postgresql_app.app_context():
        first = make_product(price="10.00", stock_quantity=10).id
        second = make_product(price="20.00", stock_quantity=10).id
        # Rewriting the first row puts its new version after the second one on disk, where a plain UPDATE
        # reads (and locks) it second: the opposite of the order another cart may lock them in.
        db.session.execute(update(Product).where(Product.id == first).values(name="Fraise diamantée"))
        db.session.commit()
        assert db.session.scalars(select(Product.id).order_by(text("ctid"))).all() == [second, first]

        results = []

        def send_cart():
            with postgresql_app.app_context():
                body = checkout((second, 1), (first, 1), total=30.0)[2]["json"]
                results.append(postgresql_app.test_client().post(URL, json=body).status_code)

        with db.engine.connect() as holder, db.engine.connect() as prober:
            # The lock another checkout of the first product holds while it takes its stock.
            holder.execute(select(Product.id).where(Product.id == first).with_for_update(key_share=True))
            cart = threading.Thread(target=send_cart)
            cart.start()
            _wait_for_a_lock_wait(prober)
            # The cart waits for the first product and has not taken the second: no deadlock is possible
            # with another cart locking in id order too.
            second_row = select(Product.id).where(Product.id == second)
            prober.execute(second_row.with_for_update(key_share=True, nowait=True))
            prober.rollback()
            holder.rollback()
            cart.join(timeout=30)
        assert results == [201]
        assert (stock(first), stock(second)) == (9, 9)


def _wait_for_a_lock_wait(connection, timeout=10):
    waiting = text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                   " AND wait_event_type = 'Lock'")
    deadline = time.monotonic() + timeout
    while connection.scalar(waiting) == 0:
        connection.rollback()
        assert time.monotonic() < deadline, "the cart never waited for the locked product"
        time.sleep(0.02)
    connection.rollback()
