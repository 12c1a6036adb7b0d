"""The admin dashboard's figures."""
from flask import current_app
from flask_smorest import Blueprint

from ..auth import BEARER_DOC, admin_required
from ..openapi import ErrorSchema
from ..schemas.stats import StatsSchema
from ..services.stats import shop_stats

blp = Blueprint("admin_stats", __name__, url_prefix="/api/admin", description="Dashboard figures (admin)")


@blp.route("/stats")
@blp.response(200, StatsSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.alt_response(403, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
@admin_required
def get_stats():
    """Shop figures: counts, revenue, orders of the last 30 days, best sellers (admin)."""
    return shop_stats(current_app.config)
