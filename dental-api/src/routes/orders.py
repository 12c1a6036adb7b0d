"""WhatsApp checkout (anyone) and the caller's own orders."""
from flask import current_app, request
from flask_jwt_extended import current_user, jwt_required
from flask_smorest import Blueprint, abort

from ..auth import BEARER_DOC, optional_user
from ..extensions import limiter
from ..openapi import ErrorSchema
from ..pagination import paginate
from ..schemas.common import PaginationArgs, page_of
from ..schemas.orders import (
    CartSchema, CheckoutConflictSchema, CheckoutResultSchema, CheckoutSchema, IdempotencyHeaderSchema,
    OrderSchema, ShortageSchema,
)
from ..services.checkout import CheckoutError, InvalidCheckout, OutOfStock, PriceChanged, place_order
from ..services.idempotency import IdempotencyConflict
from ..services.order_queries import user_order, user_orders
from ..services.whatsapp import whatsapp_url

blp = Blueprint("orders", __name__, url_prefix="/api/orders", description="WhatsApp checkout and my orders")


def checkout_rate_limit():
    return current_app.config["CHECKOUT_RATE_LIMIT"]


@blp.route("/whatsapp_checkout", methods=["POST"])
@limiter.limit(checkout_rate_limit)
@blp.arguments(CheckoutSchema)
@blp.arguments(IdempotencyHeaderSchema, location="headers", as_kwargs=True)
@blp.response(201, CheckoutResultSchema)
@blp.alt_response(200, schema=CheckoutResultSchema, description="An Idempotency-Key's earlier order")
@blp.alt_response(401, schema=ErrorSchema)
@blp.alt_response(409, schema=CheckoutConflictSchema, description="Prices changed (cart) or stock short")
@blp.alt_response(429, schema=ErrorSchema)
def whatsapp_checkout(data, idempotency_key=None):
    """Place an order to send through WhatsApp (anyone; a JWT links it to the user)."""
    user = optional_user()
    scope = f"user:{user.id}" if user else f"address:{request.remote_addr}"
    try:
        order, created = place_order(data, user, scope, idempotency_key, current_app.config)
    except CheckoutError as error:
        refuse_checkout(error)
    except IdempotencyConflict:
        abort(422, message="Cette clé d'idempotence a déjà servi pour une autre commande.",
              errors={"Idempotency-Key": ["Déjà utilisée avec un autre contenu."]})
    url = whatsapp_url(current_app.config["STORE_WHATSAPP_NUMBER"], order.whatsapp_message)
    return {"order": order, "whatsapp_url": url}, 201 if created else 200


def refuse_checkout(error):
    if isinstance(error, InvalidCheckout):
        abort(422, message=error.message, errors=error.errors)
    if isinstance(error, PriceChanged):
        abort(409, message="Les prix ont changé : vérifiez votre panier avant de commander.",
              extra={"cart": CartSchema().dump(error.cart)})
    if isinstance(error, OutOfStock):
        abort(409, message="Stock insuffisant pour une partie de votre panier.",
              extra={"shortages": ShortageSchema(many=True).dump(error.shortages)})
    abort(409, message="Cette commande est déjà en cours d'enregistrement, réessayez dans un instant.")


@blp.route("/mine")
@blp.doc(**BEARER_DOC)
@jwt_required()
@blp.arguments(PaginationArgs, location="query")
@blp.response(200, page_of(OrderSchema))
@blp.alt_response(401, schema=ErrorSchema)
def list_my_orders(args):
    """My orders, newest first."""
    return paginate(user_orders(current_user.id), args["page"], args["per_page"])


@blp.route("/mine/<reference>")
@blp.doc(**BEARER_DOC)
@jwt_required()
@blp.response(200, OrderSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.alt_response(404, schema=ErrorSchema)
def get_my_order(reference):
    """One of my orders, by its reference."""
    order = user_order(current_user.id, reference)
    if order is None:
        abort(404, message="Commande introuvable.")
    return order
