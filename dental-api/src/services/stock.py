"""Stock changes: atomic, never below zero, each one recorded as a StockMovement."""
from sqlalchemy import case, select, update

from ..extensions import db
from ..models import Product, StockMovement


class StockShortage(Exception):
    def __init__(self, product_id, requested, available):
        super().__init__(f"product {product_id}: {requested} requested, {available} available")
        self.product_id = product_id
        self.requested = requested
        self.available = available


class StockShortages(Exception):
    """Several products short at once (change_stocks): every one of them, in product id order."""

    def __init__(self, shortages):
        super().__init__("; ".join(str(shortage) for shortage in shortages))
        self.shortages = shortages


def change_stock(product_id, delta, reason, actor="system", user_id=None, order_id=None, note=None):
    """Add delta (negative to take) to one product's stock (see change_stocks); raises StockShortage,
    changing nothing, when the stock would go below zero. Returns the StockMovement."""
    try:
        [movement] = change_stocks({product_id: delta}, reason, actor, user_id, order_id, note)
    except StockShortages as error:
        raise error.shortages[0] from None
    return movement


def change_stocks(deltas, reason, actor="system", user_id=None, order_id=None, note=None):
    """Add each delta ({product_id: delta}, negative to take) to its product's stock in one conditional
    UPDATE, each recorded as a StockMovement: a checkout holds its rows' locks for one statement, not one
    per line. All or nothing: raises StockShortages naming every product that would go below zero; the
    caller rolls back what the statement did change. The products' versions are bumped so that an edit
    form opened before this change gets a 412.

    The rows are first locked in id order, by one SELECT ... ORDER BY id FOR NO KEY UPDATE: the UPDATE
    alone locks them in the order it reads them, which is their place on disk, and that changes as rows
    are rewritten. Two carts holding the same products in opposite orders would then deadlock. NO KEY is
    the lock the UPDATE itself takes: it lets other checkouts' order lines, whose foreign keys share-lock
    the products, be written meanwhile (FOR UPDATE would wait for them, and they for it).
    """
    deltas = {product_id: deltas[product_id] for product_id in sorted(deltas)}
    db.session.execute(select(Product.id).where(Product.id.in_(deltas)).order_by(Product.id)
                       .with_for_update(key_share=True))
    delta = case(deltas, value=Product.id)
    statement = (
        update(Product)
        .where(Product.id.in_(deltas), Product.stock_quantity + delta >= 0)
        .values(stock_quantity=Product.stock_quantity + delta, version=Product.version + 1)
        .returning(Product.id, Product.stock_quantity)
        .execution_options(synchronize_session=False)
    )
    stock_after = dict(db.session.execute(statement).all())
    short = [product_id for product_id in deltas if product_id not in stock_after]
    if short:
        available = dict(db.session.execute(
            select(Product.id, Product.stock_quantity).where(Product.id.in_(short))).all())
        raise StockShortages([StockShortage(product_id, -deltas[product_id], available.get(product_id, 0))
                              for product_id in short])
    movements = [StockMovement(product_id=product_id, delta=delta, stock_after=stock_after[product_id],
                               reason=reason, actor=actor, user_id=user_id, order_id=order_id, note=note)
                 for product_id, delta in deltas.items()]
    db.session.add_all(movements)
    for product_id in deltas:
        _expire_loaded_product(product_id)
    return movements


def record_initial_stock(product, actor="system", user_id=None):
    """The movement that explains a new product's opening stock."""
    db.session.add(StockMovement(product_id=product.id, delta=product.stock_quantity,
                                 stock_after=product.stock_quantity, reason="initial",
                                 actor=actor, user_id=user_id))


def _expire_loaded_product(product_id):
    product = db.session.identity_map.get(db.session.identity_key(Product, product_id))
    if product is not None:
        db.session.expire(product, ["stock_quantity", "version"])
