"""Talking to the loopback stack as the shop's clients do, and reading what its database holds."""
import contextlib
import json
import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

import dbtools
from loopback_stack import ADMIN_EMAIL, ADMIN_PASSWORD, running_stack

CHECKOUT = "/api/orders/whatsapp_checkout"
JSON = {"Content-Type": "application/json", "Accept": "application/json"}


@contextlib.contextmanager
def soak_stack(database, attempts=3, **settings):
    """running_stack, started again when a port it picked was taken before its server bound it (the
    soak tests open thousands of client connections, whose ephemeral ports may take it)."""
    for attempt in range(1, attempts + 1):
        with contextlib.ExitStack() as exits:
            try:
                stack = exits.enter_context(running_stack(database, note=print, **settings))
            except pytest.fail.Exception as error:
                if "Address already in use" not in str(error) or attempt == attempts:
                    raise
                print(f"a port was taken meanwhile, starting the stack again (attempt {attempt + 1})")
                continue
            yield stack
            return


class Failure:
    """What a request that got no HTTP answer (connection refused, reset) is recorded as."""

    status = 0

    def __init__(self, error):
        self.error = error
        self.body = repr(error).encode()

    def header(self, _name):
        return None

    def json(self):
        return {}


def call(stack, method, path, body=None, token=None, headers=None):
    """One request through nginx, a JSON body; a Failure instead of raising when nothing answered."""
    sent = dict(JSON, **(headers or {}))
    if token:
        sent["Authorization"] = f"Bearer {token}"
    try:
        return stack.request(method, path, headers=sent,
                             body=None if body is None else json.dumps(body).encode())
    except OSError as error:
        return Failure(error)


def login(stack, email=ADMIN_EMAIL, password=ADMIN_PASSWORD):
    response = call(stack, "POST", "/api/auth/login", {"email": email, "password": password})
    assert response.status == 200, response.body
    return response.json()["access_token"]


def seed_product(stack, database, price="150.00", stock=5, name=None):
    """A product (and its category) with its opening stock movement; its id."""
    name = name or f"Produit soak {uuid.uuid4().hex[:8]}"
    output = dbtools.run_app_python(database, f"""
from decimal import Decimal
from src.models import Category, Product
from src.services.stock import record_initial_stock
category = Category.query.filter_by(slug="soak").one_or_none() or Category(name="Soak", slug="soak")
db.session.add(category)
db.session.flush()
product = Product(name={name!r}, slug={name!r}.lower().replace(" ", "-"), price=Decimal({price!r}),
                  stock_quantity={stock}, category_id=category.id, images=[], search_text={name!r}.lower())
db.session.add(product)
db.session.flush()
record_initial_stock(product)
db.session.commit()
print(product.id)
""", env=stack.env)
    return int(output.split()[-1])


def checkout_body(*lines, price="150.00"):
    """A guest's checkout of (product id, quantity) lines, all at `price`."""
    total = sum(float(price) * quantity for _, quantity in lines)
    return {"items": [{"product_id": pid, "quantity": quantity} for pid, quantity in lines],
            "customer_name": "Dr Youssef Amrani", "total_price": round(total, 2)}


def sql_value(database, query):
    return dbtools.psql(database, query).strip()


def stock(database, product_id):
    return int(sql_value(database, f"SELECT stock_quantity FROM products WHERE id = {product_id}"))


def ledger_problems(database, product_id):
    """What breaks the stock invariant of a product: [] when its stock equals the sum of its recorded
    movements, its sales and restorations match its orders' lines, and every order is whole."""
    checks = {
        "stock != sum of movements": f"""
            SELECT p.stock_quantity, COALESCE(SUM(m.delta), 0) FROM products p
            LEFT JOIN stock_movements m ON m.product_id = p.id WHERE p.id = {product_id}
            GROUP BY p.stock_quantity HAVING p.stock_quantity <> COALESCE(SUM(m.delta), 0)""",
        "negative stock": f"SELECT id FROM products WHERE id = {product_id} AND stock_quantity < 0",
        "order line without its sale movement": f"""
            SELECT i.order_id FROM order_items i WHERE i.product_id = {product_id} AND NOT EXISTS (
                SELECT 1 FROM stock_movements m WHERE m.order_id = i.order_id
                AND m.product_id = i.product_id AND m.reason = 'sale' AND m.delta = -i.quantity)""",
        "sale movement without its order line": f"""
            SELECT m.id FROM stock_movements m WHERE m.product_id = {product_id} AND m.reason = 'sale'
            AND NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = m.order_id
                            AND i.product_id = m.product_id AND -i.quantity = m.delta)""",
        "order without lines": "SELECT o.id FROM orders o WHERE NOT EXISTS "
                               "(SELECT 1 FROM order_items i WHERE i.order_id = o.id)",
        "total != its lines": """
            SELECT o.id FROM orders o JOIN order_items i ON i.order_id = o.id
            GROUP BY o.id, o.total_price HAVING o.total_price <> SUM(i.line_total)""",
    }
    return [f"{name}: {rows}" for name, query in checks.items() if (rows := sql_value(database, query))]


def together(count, send):
    """send(i) for i in range(count), from `count` threads released at once; the results in order."""
    barrier = threading.Barrier(count)

    def released(index):
        barrier.wait(timeout=60)
        return send(index)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(released, range(count)))


def worker_pids(master_pid):
    """The gunicorn workers: the master's children."""
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master_pid:
                children.append(int(entry))
    return sorted(children)


def wait_for(condition, timeout, step=0.2):
    """Poll until condition() is truthy; its last value."""
    deadline = time.monotonic() + timeout
    value = condition()
    while not value and time.monotonic() < deadline:
        time.sleep(step)
        value = condition()
    return value
