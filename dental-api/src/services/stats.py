"""The admin dashboard's figures, each one an aggregate query (never a walk over rows in Python)."""
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select

from ..extensions import db
from ..models import Order, OrderItem, Product, User
from ..models.order import CANCELLED, CONFIRMED, DELIVERED, SHIPPED, STATUSES
from ..models.user import ROLE_CLIENT
from .order_queries import day_start

# Pending orders may still expire and cancelled ones were never paid: neither is revenue.
REVENUE_STATUSES = (CONFIRMED, SHIPPED, DELIVERED)
CHART_DAYS = 30
TOP_PRODUCTS = 5
ZERO = Decimal("0.00")


def shop_stats(config):
    by_status = _orders_by_status()
    revenue = sum((by_status[status]["revenue"] for status in REVENUE_STATUSES), ZERO)
    paid_orders = sum(by_status[status]["count"] for status in REVENUE_STATUSES)
    return {
        "products_count": _count(Product, Product.is_active),
        "customers_count": _count(User, User.role == ROLE_CLIENT),
        "orders_by_status": {status: by_status[status]["count"] for status in STATUSES},
        "revenue_total": revenue,
        "average_order": _money(revenue / paid_orders) if paid_orders else ZERO,
        "orders_last_30_days": _orders_per_day(ZoneInfo(config["STORE_TIMEZONE"])),
        "top_products": _top_products(),
        "low_stock_count": _count(Product, Product.is_active, Product.stock_quantity < func.coalesce(
            Product.low_stock_threshold, config["LOW_STOCK_THRESHOLD"])),
    }


def _count(model, *conditions):
    return db.session.scalar(select(func.count()).select_from(model).where(*conditions))


def _orders_by_status():
    figures = {status: {"count": 0, "revenue": ZERO} for status in STATUSES}
    rows = db.session.execute(select(Order.status, func.count(Order.id), func.sum(Order.total_price))
                              .group_by(Order.status))
    for status, count, revenue in rows:
        figures[status] = {"count": count, "revenue": _money(revenue)}
    return figures


def _orders_per_day(zone):
    """Orders placed and revenue per shop day, today and the 29 days before it, zeros included."""
    first = datetime.now(zone).date() - timedelta(days=CHART_DAYS - 1)
    days = [first + timedelta(days=offset) for offset in range(CHART_DAYS)]
    starts = [day_start(day, zone) for day in days] + [day_start(days[-1] + timedelta(days=1), zone)]
    bucketed = select(
        case(*[(Order.created_at < starts[index + 1], index) for index in range(CHART_DAYS)]).label("day"),
        case((Order.status.in_(REVENUE_STATUSES), Order.total_price), else_=0).label("revenue"),
    ).where(Order.created_at >= starts[0], Order.created_at < starts[-1]).subquery()
    rows = db.session.execute(select(bucketed.c.day, func.count(), func.sum(bucketed.c.revenue))
                              .group_by(bucketed.c.day))
    per_day = {index: {"count": count, "revenue": _money(revenue)} for index, count, revenue in rows}
    empty = {"count": 0, "revenue": ZERO}
    return [{"date": day, **per_day.get(index, empty)} for index, day in enumerate(days)]


def _top_products():
    quantity = func.sum(OrderItem.quantity).label("quantity")
    revenue = func.sum(OrderItem.line_total).label("revenue")
    rows = db.session.execute(
        select(Product.id, Product.name, quantity, revenue)
        .join(OrderItem, OrderItem.product_id == Product.id).join(Order, Order.id == OrderItem.order_id)
        .where(Order.status != CANCELLED).group_by(Product.id, Product.name)
        .order_by(quantity.desc(), revenue.desc(), Product.id).limit(TOP_PRODUCTS))
    return [{"id": row.id, "name": row.name, "quantity": row.quantity, "revenue": _money(row.revenue)}
            for row in rows]


def _money(value):
    return Decimal(str(value or 0)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
