"""Selects of orders (items always eager-loaded) and the admin's filters in shop days."""
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import Order, User


def newest_first(statement):
    return statement.order_by(Order.created_at.desc(), Order.id.desc())


def with_items():
    return select(Order).options(selectinload(Order.items))


def user_orders(user_id):
    return newest_first(with_items().where(Order.user_id == user_id))


def user_order(user_id, reference):
    statement = with_items().where(Order.user_id == user_id, Order.reference == reference)
    return db.session.scalars(statement).one_or_none()


def load_order(order_id):
    statement = with_items().where(Order.id == order_id).execution_options(populate_existing=True)
    return db.session.scalars(statement).one()


def admin_order(order_id):
    """The order with its history and its user's email (set as `user_email`), or None."""
    statement = (
        select(Order, User.email).outerjoin(User, User.id == Order.user_id).where(Order.id == order_id)
        .options(selectinload(Order.items), selectinload(Order.status_history))
        .execution_options(populate_existing=True)
    )
    row = db.session.execute(statement).one_or_none()
    if row is None:
        return None
    order, email = row
    order.user_email = email
    return order


def filtered_orders(filters, timezone_name):
    """Orders matching the admin's status, q and date (shop days) filters, newest first."""
    statement = with_items()
    if filters.get("status"):
        statement = statement.where(Order.status == filters["status"])
    if filters.get("q"):
        pattern = "%" + _escape_like(filters["q"]) + "%"
        statement = statement.where(or_(*(column.ilike(pattern, escape="\\") for column in (
            Order.reference, Order.customer_name, Order.customer_phone))))
    zone = ZoneInfo(timezone_name)
    if filters.get("date_from"):
        statement = statement.where(Order.created_at >= day_start(filters["date_from"], zone))
    if filters.get("date_to"):
        day_after = filters["date_to"] + timedelta(days=1)
        statement = statement.where(Order.created_at < day_start(day_after, zone))
    return newest_first(statement)


def day_start(day, zone):
    """The UTC instant a shop day begins."""
    return datetime.combine(day, time.min, tzinfo=zone).astimezone(ZoneInfo("UTC"))


def _escape_like(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
