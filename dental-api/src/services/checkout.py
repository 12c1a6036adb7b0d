"""WhatsApp checkout: the server recomputes the order from the database and takes the stock, in one
transaction; a refused checkout writes nothing."""
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from ..extensions import db
from ..models import Order, OrderItem, OrderStatusChange, Product
from ..models.base import utcnow
from ..models.order import PENDING
from . import idempotency
from .order_queries import load_order
from .stock import StockShortages, change_stocks
from .whatsapp import render_message

PRICE_TOLERANCE = Decimal("0.01")
GUEST_ACTOR = "client"


class CheckoutError(Exception):
    """A refused checkout; the transaction has been rolled back."""


class InvalidCheckout(CheckoutError):
    def __init__(self, message, errors):
        super().__init__(message)
        self.message, self.errors = message, errors


class PriceChanged(CheckoutError):
    def __init__(self, cart):
        super().__init__("prices changed")
        self.cart = cart


class OutOfStock(CheckoutError):
    def __init__(self, shortages):
        super().__init__("stock short")
        self.shortages = shortages


class KeyInUse(CheckoutError):
    """The Idempotency-Key's first request is still unresolved."""


def place_order(data, user, scope, key, config):
    """Create the order described by a validated checkout body: (order, created) — created is False
    when an Idempotency-Key replays an earlier order."""
    try:
        return _place_order(data, user, scope, key, config)
    except (CheckoutError, idempotency.IdempotencyConflict):
        db.session.rollback()
        raise


def _place_order(data, user, scope, key, config):
    customer = _customer(data, user)
    actor = {"user_id": user.id, "actor": user.email} if user else {"user_id": None, "actor": GUEST_ACTOR}
    claimed = None
    if key:
        order_id, claimed = _replay_or_claim(scope, key, idempotency.request_hash(data), config)
        if order_id is not None:
            return load_order(order_id), False
    products = _load_products([line["product_id"] for line in data["items"]])
    lines, total = _price(data["items"], products)
    if abs(total - data["total_price"]) > PRICE_TOLERANCE:
        raise PriceChanged(_cart(lines, total))
    order = _create_order(customer, lines, total, actor, config)
    order.whatsapp_message = render_message(order, config["STORE_NAME"], config["STORE_CURRENCY"])
    if claimed is not None:
        claimed.order_id = order.id
    # Last, just before the commit: from here on the products stay locked, and every other checkout
    # of them waits (what is still pending is written before the lock is taken).
    _take_stock(order, lines, actor)
    order_id = order.id
    db.session.commit()
    return load_order(order_id), True


def _replay_or_claim(scope, key, digest, config):
    """(order_id, None) to replay an earlier order, or (None, claimed key row) to create a new one."""
    hours = config["IDEMPOTENCY_HOURS"]
    order_id = idempotency.remembered_order_id(scope, key, digest, hours)
    if order_id is not None:
        return order_id, None
    claimed = idempotency.claim(scope, key, digest, hours)
    if claimed is not None:
        return None, claimed
    # A concurrent request with this key has just committed its order: answer that one.
    order_id = idempotency.remembered_order_id(scope, key, digest, hours)
    if order_id is None:
        raise KeyInUse()
    return order_id, None


def _customer(data, user):
    fields = {name: data.get(name) for name in (
        "customer_name", "customer_phone", "delivery_city", "delivery_address", "note")}
    if user is not None:
        fields["customer_name"] = fields["customer_name"] or user.full_name
        fields["customer_phone"] = fields["customer_phone"] or user.phone
    if not fields["customer_name"]:
        raise InvalidCheckout("Indiquez votre nom pour commander.",
                              {"customer_name": ["Le nom est obligatoire sans connexion."]})
    return fields


def _load_products(product_ids):
    products = {product.id: product for product in db.session.scalars(
        select(Product).where(Product.id.in_(product_ids)))}
    errors = [f"Le produit {pid} n'existe pas." for pid in product_ids if pid not in products]
    errors += [f"« {products[pid].name} » n'est plus disponible." for pid in product_ids
               if pid in products and not products[pid].is_active]
    if errors:
        raise InvalidCheckout("Produit introuvable ou indisponible : " + " ".join(errors), {"items": errors})
    return products


def _price(requested, products):
    lines = [{"product": products[line["product_id"]], "quantity": line["quantity"],
              "line_total": products[line["product_id"]].price * line["quantity"]} for line in requested]
    return lines, sum((line["line_total"] for line in lines), Decimal("0.00"))


def _cart(lines, total):
    items = [{"product_id": line["product"].id, "name": line["product"].name,
              "unit_price": line["product"].price, "quantity": line["quantity"],
              "line_total": line["line_total"], "stock_quantity": line["product"].stock_quantity}
             for line in lines]
    return {"items": items, "total_price": total}


def _create_order(customer, lines, total, actor, config):
    now = utcnow()
    hold_hours = config["ORDER_HOLD_HOURS"]
    items = [OrderItem(product_id=line["product"].id, product_name=line["product"].name,
                       unit_price=line["product"].price, quantity=line["quantity"],
                       line_total=line["line_total"]) for line in lines]
    history = [OrderStatusChange(status=PENDING, by=actor["actor"], user_id=actor["user_id"], at=now)]
    order = Order(status=PENDING, user_id=actor["user_id"], total_price=total, created_at=now, updated_at=now,
                  expires_at=now + timedelta(hours=hold_hours) if hold_hours > 0 else None,
                  items=items, status_history=history, **customer)
    db.session.add(order)
    db.session.flush()
    order.reference = f"DT-{order.id:06d}"
    return order


def _take_stock(order, lines, actor):
    """Every line in one statement (see change_stocks); all shortages reported, in product id order."""
    products = {line["product"].id: line["product"] for line in lines}
    taken = {line["product"].id: -line["quantity"] for line in lines}
    try:
        change_stocks(taken, "sale", order_id=order.id, **actor)
    except StockShortages as error:
        raise OutOfStock([{"product_id": shortage.product_id, "name": products[shortage.product_id].name,
                           "requested": shortage.requested, "available": shortage.available}
                          for shortage in error.shortages]) from None
