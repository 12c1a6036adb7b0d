"""One page of a select(): {items, page, per_page, total, pages}, in two queries."""
import math

from sqlalchemy import func, select
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from .extensions import db


def paginate(query, page, per_page, count=None, order=None):
    """`count` replaces the default count of the query's rows; given the query's sort keys, `order`, a
    page past the middle is read backwards from the end, so no page skips more than half the rows."""
    if count is None:
        count = select(func.count()).select_from(query.order_by(None).subquery())
    total = db.session.scalar(count)
    offset = (page - 1) * per_page
    if order is not None and offset > total // 2:
        items = _from_the_end(query, order, total - offset, per_page)
    else:
        items = db.session.scalars(query.limit(per_page).offset(offset)).unique().all()
    return {"items": items, "page": page, "per_page": per_page, "total": total,
            "pages": math.ceil(total / per_page)}


def _from_the_end(query, order, remaining, per_page):
    """The rows that follow the first total - remaining ones, read in the reversed order."""
    if remaining <= 0:
        return []
    backwards = (query.order_by(None).order_by(*[_reversed(key) for key in order])
                 .limit(min(per_page, remaining)).offset(max(0, remaining - per_page)))
    return db.session.scalars(backwards).unique().all()[::-1]


def _reversed(key):
    # Reversing every key reverses the order exactly: each sort ends with the unique id, and both
    # databases put NULLs at opposite ends for ASC and DESC.
    if isinstance(key, UnaryExpression) and key.modifier is operators.desc_op:
        return key.element.asc()
    if isinstance(key, UnaryExpression) and key.modifier is operators.asc_op:
        return key.element.desc()
    return key.desc()
