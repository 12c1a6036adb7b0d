"""Orders in the back office: list, detail, status workflow, CSV export (admin)."""
from datetime import datetime
from zoneinfo import ZoneInfo

from flask import Response, current_app, stream_with_context
from flask_jwt_extended import current_user
from flask_smorest import Blueprint, abort

from ..auth import BEARER_DOC, admin_required
from ..extensions import db
from ..openapi import ErrorSchema
from ..pagination import paginate
from ..schemas.common import page_of
from ..schemas.orders import (
    AdminOrderListArgs, AdminOrderSchema, OrderFilterArgs, OrderSchema, StatusUpdateSchema,
)
from ..services.csv_export import csv_lines
from ..services.order_queries import admin_order, filtered_orders
from ..services.order_status import ForbiddenTransition, change_status

blp = Blueprint("admin_orders", __name__, url_prefix="/api/admin", description="Orders (admin)")

CSV_DOC = {"description": "UTF-8 with a BOM, `;`-separated, one order per line",
           "content": {"text/csv": {"schema": {"type": "string"}}}}


@blp.route("/orders")
@blp.doc(**BEARER_DOC)
@admin_required
@blp.arguments(AdminOrderListArgs, location="query")
@blp.response(200, page_of(OrderSchema))
def list_orders(args):
    """Orders, newest first, filtered by status, text and shop days (admin)."""
    statement = filtered_orders(args, current_app.config["STORE_TIMEZONE"])
    return paginate(statement, args["page"], args["per_page"])


@blp.route("/orders/export.csv")
@blp.doc(**BEARER_DOC)
@blp.doc(responses={"200": CSV_DOC})
@admin_required
@blp.arguments(OrderFilterArgs, location="query")
def export_orders(args):
    """The filtered orders as a CSV file for Excel, streamed (admin)."""
    timezone_name = current_app.config["STORE_TIMEZONE"]
    lines = csv_lines(filtered_orders(args, timezone_name), timezone_name)
    filename = f"commandes-{datetime.now(ZoneInfo(timezone_name)):%Y-%m-%d}.csv"
    return Response(stream_with_context(lines), content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@blp.route("/orders/<int:order_id>")
@blp.doc(**BEARER_DOC)
@admin_required
@blp.response(200, AdminOrderSchema)
@blp.alt_response(404, schema=ErrorSchema)
def get_order(order_id):
    """One order with its status history and its customer's account (admin)."""
    return admin_order_or_404(order_id)


@blp.route("/orders/<int:order_id>", methods=["PATCH"])
@blp.doc(**BEARER_DOC)
@admin_required
@blp.arguments(StatusUpdateSchema)
@blp.response(200, AdminOrderSchema)
@blp.alt_response(404, schema=ErrorSchema)
@blp.alt_response(409, schema=ErrorSchema, description="A transition the workflow forbids")
def update_order_status(data, order_id):
    """Move an order along the workflow; cancelling puts its stock back (admin)."""
    order = admin_order_or_404(order_id)
    try:
        change_status(order, data["status"], by=current_user.email, user_id=current_user.id)
    except ForbiddenTransition as error:
        db.session.rollback()
        abort(409, message=error.message)
    db.session.commit()
    return admin_order(order_id)


def admin_order_or_404(order_id):
    order = admin_order(order_id)
    if order is None:
        abort(404, message="Commande introuvable.")
    return order
