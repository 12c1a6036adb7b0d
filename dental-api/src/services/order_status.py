"""The order workflow: allowed transitions, each applied once even when two requests race for it."""
from collections import Counter

from sqlalchemy import select, update

from ..extensions import db
from ..models import Order, OrderItem, OrderStatusChange
from ..models.base import utcnow
from ..models.order import CANCELLED, CONFIRMED, DELIVERED, PENDING, SHIPPED
from .reviews import mark_verified_purchases
from .stock import change_stocks

TRANSITIONS = {
    PENDING: (CONFIRMED, CANCELLED),
    CONFIRMED: (SHIPPED, CANCELLED),
    SHIPPED: (DELIVERED,),
}
SYSTEM = "system"


class ForbiddenTransition(Exception):
    def __init__(self, current, target):
        super().__init__(f"{current} -> {target}")
        self.current, self.target = current, target

    @property
    def message(self):
        return f"Impossible de passer la commande de « {self.current} » à « {self.target} »."


def change_status(order, target, by, user_id=None, stock_reason="cancellation"):
    """Move an order to `target`, recording who did it; cancelling puts its stock back. The caller
    commits, or rolls back on ForbiddenTransition (the workflow, or a concurrent change, forbids it)."""
    current = order.status
    if target not in TRANSITIONS.get(current, ()):
        raise ForbiddenTransition(current, target)
    now = utcnow()
    # Conditional on the status read: of two racing requests only one moves the order.
    moved = db.session.execute(
        update(Order).where(Order.id == order.id, Order.status == current)
        .values(status=target, updated_at=now).execution_options(synchronize_session=False)
    ).rowcount
    if moved != 1:
        raise ForbiddenTransition(current, target)
    db.session.add(OrderStatusChange(order_id=order.id, status=target, by=by, user_id=user_id, at=now))
    if target == CANCELLED:
        _restore_stock(order.id, by, user_id, stock_reason)
    if target == DELIVERED and order.user_id is not None:
        _verify_reviews(order)
    db.session.expire(order, ["status", "updated_at"])


def expire_pending_orders(hold_hours):
    """Cancel the pending orders whose hold has passed (none when hold_hours is 0); how many."""
    if hold_hours <= 0:
        return 0
    order_ids = db.session.scalars(select(Order.id).where(
        Order.status == PENDING, Order.expires_at.is_not(None), Order.expires_at <= utcnow(),
    ).order_by(Order.id)).all()
    expired = 0
    for order_id in order_ids:
        try:
            change_status(db.session.get(Order, order_id), CANCELLED, SYSTEM, stock_reason="expiry")
        except ForbiddenTransition:
            db.session.rollback()
            continue
        db.session.commit()
        expired += 1
    return expired


def _verify_reviews(order):
    """Reviews written before the delivery become verified purchases once it arrives."""
    product_ids = db.session.scalars(select(OrderItem.product_id).where(
        OrderItem.order_id == order.id, OrderItem.product_id.is_not(None))).all()
    mark_verified_purchases(order.user_id, product_ids)


def _restore_stock(order_id, by, user_id, reason):
    items = db.session.scalars(select(OrderItem).where(
        OrderItem.order_id == order_id, OrderItem.product_id.is_not(None)))
    restored = Counter()
    for item in items:
        restored[item.product_id] += item.quantity
    if restored:
        change_stocks(restored, reason, actor=by, user_id=user_id, order_id=order_id)
