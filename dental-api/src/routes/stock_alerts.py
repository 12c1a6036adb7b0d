"""Live stock alerts for the staff: a stream ticket, and the Server-Sent Events stream it opens."""
from flask import Response, current_app
from flask_jwt_extended import current_user
from flask_smorest import Blueprint

from ..auth import BEARER_DOC, admin_required, user_from_stream_ticket
from ..extensions import db
from ..openapi import ErrorSchema
from ..schemas.stock_alerts import StreamQuerySchema, StreamTicketSchema
from ..services import tokens
from ..services.stock_alerts import stream_events
from .auth import keep_out_of_caches

blp = Blueprint("stock_alerts", __name__, url_prefix="/api/admin", description="Stock alerts (admin)")

STREAM_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
STREAM_DOC = {
    "description": (
        "`retry: 5000`, then `low_stock` {products: [{id, name, slug, stock_quantity, threshold}]} with "
        "every product low now, then `low_stock` for products newly below their threshold, `stock_ok` "
        "{products: [{id, name, stock_quantity}]} when they are restocked or deactivated, `new_order` "
        "{id, reference, customer_name, total_price}. Every event has an `id`; `: ping` comments keep the "
        "connection open. The stream ends when its admin is demoted, deactivated or logged out."),
    "responses": {"200": {"description": "Server-Sent Events",
                          "content": {"text/event-stream": {"schema": {"type": "string"}}}}},
}


@blp.route("/stock_alerts/ticket", methods=["POST"])
@blp.doc(**BEARER_DOC)
@blp.response(200, StreamTicketSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.alt_response(403, schema=ErrorSchema)
@admin_required
def create_stream_ticket():
    """Mint a 60-second ticket that opens the stock-alert stream (admin)."""
    keep_out_of_caches()
    return tokens.issue_stream_ticket(current_user)


@blp.route("/stock_alerts")
@blp.arguments(StreamQuerySchema, location="query")
@blp.doc(**STREAM_DOC)
@blp.alt_response(401, schema=ErrorSchema)
def stream_stock_alerts(args):
    """Stream low-stock, restock and new-order events (admin, with a stream ticket)."""
    user = user_from_stream_ticket(args["token"])
    events = stream_events(current_app._get_current_object(), user.id, user.token_version,
                           current_app.config["SSE_HEARTBEAT_SECONDS"])
    # End the ticket check's transaction here: the stream must not keep its connection.
    db.session.rollback()
    return Response(events, mimetype="text/event-stream", headers=STREAM_HEADERS)
