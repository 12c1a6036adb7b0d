"""One page of a select(): {items, page, per_page, total, pages}, in two queries."""
import math

from sqlalchemy import func, select

from .extensions import db


def paginate(query, page, per_page):
    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    items = db.session.scalars(query.limit(per_page).offset((page - 1) * per_page)).unique().all()
    return {"items": items, "page": page, "per_page": per_page, "total": total,
            "pages": math.ceil(total / per_page)}
