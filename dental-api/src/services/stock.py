"""Stock changes: atomic, never below zero, each one recorded as a StockMovement."""
from sqlalchemy import update

from ..extensions import db
from ..models import Product, StockMovement


class StockShortage(Exception):
    def __init__(self, product_id, requested, available):
        super().__init__(f"product {product_id}: {requested} requested, {available} available")
        self.product_id = product_id
        self.requested = requested
        self.available = available


def change_stock(product_id, delta, reason, actor="system", user_id=None, order_id=None, note=None):
    """Add delta (negative to take) to a product's stock in one conditional UPDATE.

    Raises StockShortage, changing nothing, when the stock would go below zero. The product's
    version is bumped so that an edit form opened before this change gets a 412.
    """
    statement = (
        update(Product)
        .where(Product.id == product_id, Product.stock_quantity + delta >= 0)
        .values(stock_quantity=Product.stock_quantity + delta, version=Product.version + 1)
        .returning(Product.stock_quantity)
        .execution_options(synchronize_session=False)
    )
    stock_after = db.session.execute(statement).scalar_one_or_none()
    if stock_after is None:
        available = db.session.scalar(db.select(Product.stock_quantity).where(Product.id == product_id))
        raise StockShortage(product_id, -delta, available or 0)
    movement = StockMovement(product_id=product_id, delta=delta, stock_after=stock_after, reason=reason,
                             actor=actor, user_id=user_id, order_id=order_id, note=note)
    db.session.add(movement)
    _expire_loaded_product(product_id)
    return movement


def record_initial_stock(product, actor="system", user_id=None):
    """The movement that explains a new product's opening stock."""
    db.session.add(StockMovement(product_id=product.id, delta=product.stock_quantity,
                                 stock_after=product.stock_quantity, reason="initial",
                                 actor=actor, user_id=user_id))


def _expire_loaded_product(product_id):
    product = db.session.identity_map.get(db.session.identity_key(Product, product_id))
    if product is not None:
        db.session.expire(product, ["stock_quantity", "version"])
