"""Large generated data sets (`flask seed --products N --orders N`), written in chunks of bulk inserts.

Runs after the base seed and fills the database up to N products and N orders, so that running it
again adds nothing. Generated orders keep the stock rules: each line is a sale movement, a cancelled
order puts its stock back, and no product is sold below its low-stock threshold.
"""
import random
import time
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from flask import current_app
from sqlalchemy import func, insert, select

from ..extensions import db
from ..models import Order, OrderItem, OrderStatusChange, Product, StockMovement, User
from ..models.base import utcnow
from ..services.catalog import search_text_for
from ..services.text import slugify
from .seed_catalog import CATEGORIES
from .seed_order_rows import OrderRows
from .seed_orders import ORDERS

CHUNK = 5000


@dataclass
class BulkReport:
    products: int = 0
    orders: int = 0
    products_seconds: float = 0.0
    orders_seconds: float = 0.0


def seed_bulk(products_target, orders_target, echo=print):
    """Fill up to products_target products and orders_target orders; answer what was added and how fast."""
    report = BulkReport()
    started = time.perf_counter()
    report.products = fill_products(products_target, echo)
    report.products_seconds = time.perf_counter() - started
    started = time.perf_counter()
    report.orders = fill_orders(orders_target, echo)
    report.orders_seconds = time.perf_counter() - started
    return report


def fill_products(target, echo):
    missing = target - db.session.scalar(select(func.count(Product.id)))
    if missing <= 0:
        return 0
    templates = _templates()
    rng = random.Random(target)
    first_id = (db.session.scalar(select(func.max(Product.id))) or 0) + 1
    now = utcnow()
    for start in range(0, missing, CHUNK):
        ids = range(first_id + start, first_id + min(start + CHUNK, missing))
        rows = [_product_row(product_id, rng.choice(templates), rng, now) for product_id in ids]
        _insert(Product, rows)
        _insert(StockMovement, [_opening_row(row) for row in rows])
        _sync_sequence(Product)
        db.session.commit()
        echo(f"  {start + len(rows)} / {missing} produits")
    return missing


def _templates():
    """The base catalogue's products, whose names, texts and pictures generated products reuse."""
    skus = [item["sku"] for category in CATEGORIES for item in category["products"]]
    columns = select(Product.name, Product.brand, Product.description, Product.price, Product.category_id,
                     Product.images).order_by(Product.id)
    return (db.session.execute(columns.where(Product.sku.in_(skus))).all()
            or db.session.execute(columns.limit(100)).all())


def _product_row(product_id, template, rng, now):
    name = f"{template.name} – série {product_id}"
    sku = f"GEN-{product_id:07d}"
    # One product in two hundred opens under the threshold: alerts to watch, without flooding them.
    stock = rng.randint(0, 9) if rng.random() < 0.005 else rng.randint(20, 400)
    created_at = now - timedelta(days=rng.randint(400, 700), minutes=rng.randint(0, 1440))
    return {
        "id": product_id, "name": name, "slug": f"{slugify(template.name)}-{product_id}", "sku": sku,
        "description": template.description, "brand": template.brand, "category_id": template.category_id,
        "price": (template.price * rng.randint(80, 125) / 100).quantize(Decimal("0.01")),
        "stock_quantity": stock, "low_stock_threshold": None, "images": list(template.images),
        "is_active": True, "search_text": search_text_for(name, template.brand, sku, template.description),
        "rating_average": Decimal("0"), "rating_count": 0, "version": 1,
        "created_at": created_at, "updated_at": created_at,
    }


def _opening_row(row):
    return {"product_id": row["id"], "delta": row["stock_quantity"], "stock_after": row["stock_quantity"],
            "reason": "initial", "note": None, "user_id": None, "actor": "seed", "order_id": None,
            "created_at": row["created_at"]}


def fill_orders(target, echo):
    missing = target - db.session.scalar(select(func.count(Order.id)))
    if missing <= 0:
        return 0
    rows = OrderRows(_sellable_stock(), random.Random(target), current_app.config, _admin())
    # Past the base seed's planned references, so that DT-<id> never meets one of them.
    first_id = max(db.session.scalar(select(func.max(Order.id))) or 0, len(ORDERS)) + 1
    now = utcnow()
    times = sorted(now - timedelta(minutes=rows.rng.randint(1, 365 * 24 * 60)) for _ in range(missing))
    created = 0
    for start in range(0, missing, CHUNK):
        for offset, created_at in enumerate(times[start:start + CHUNK]):
            rows.add(first_id + start + offset, created_at, now)
        created += _write(rows)
        echo(f"  {start + len(times[start:start + CHUNK])} / {missing} commandes")
    if created < missing:
        echo(f"  Stock épuisé : {missing - created} commandes non générées "
             "(ajoutez des produits avec --products).")
    return created


def _sellable_stock():
    """[id, name, price, units sellable before the product falls under its threshold, stock] per product."""
    floor = current_app.config["LOW_STOCK_THRESHOLD"]
    rows = db.session.execute(
        select(Product.id, Product.name, Product.price, Product.stock_quantity, Product.low_stock_threshold)
        .where(Product.is_active.is_(True), Product.stock_quantity > floor)).all()
    stock = [[row.id, row.name, row.price, row.stock_quantity - max(floor, row.low_stock_threshold or 0),
              row.stock_quantity] for row in rows]
    return [entry for entry in stock if entry[3] > 0]


def _admin():
    email = current_app.config["SEED_ADMIN_EMAIL"].strip().lower()
    admin_id = db.session.scalar(select(User.id).where(User.email == email))
    return (email, admin_id) if admin_id else ("system", None)


def _write(rows):
    """Insert one chunk of orders with their lines, history and movements, then move the stock."""
    created = len(rows.orders)
    if created:
        first_movement = (db.session.scalar(select(func.max(StockMovement.id))) or 0) + 1
        _insert(Order, rows.orders)
        _insert(OrderItem, rows.items)
        _insert(OrderStatusChange, rows.history)
        _insert(StockMovement, rows.movements)
        _apply_movements(first_movement)
        _sync_sequence(Order)
        db.session.commit()
    rows.clear()
    return created


def _insert(model, rows):
    # render_nulls keeps rows whose None falls in different columns in one executemany batch.
    db.session.execute(insert(model).execution_options(render_nulls=True), rows)


def _apply_movements(first_movement):
    """Each product's stock moves by the sum of its new movements: one set-based UPDATE per chunk."""
    moved = (select(StockMovement.product_id, func.sum(StockMovement.delta).label("delta"))
             .where(StockMovement.id >= first_movement).group_by(StockMovement.product_id).subquery())
    db.session.execute(
        Product.__table__.update().where(Product.id == moved.c.product_id)
        .values(stock_quantity=Product.stock_quantity + moved.c.delta, version=Product.version + 1))


def _sync_sequence(model):
    """Rows were inserted with explicit ids: move PostgreSQL's sequence past them."""
    if db.session.get_bind().dialect.name == "postgresql":
        highest = select(func.max(model.id)).scalar_subquery()
        db.session.execute(select(func.setval(func.pg_get_serial_sequence(model.__tablename__, "id"),
                                              highest)))
