"""Orders: the WhatsApp checkout body, the Order answer, the admin's filters and status changes."""
import re

import marshmallow as ma
from marshmallow import fields, validate

from ..models.order import STATUSES
from ..openapi import ErrorSchema
from .common import Money, PaginationArgs, QuerySchema, StrictInteger, StrictSchema, Text, UTCDateTime

MAX_LINES = 50
MAX_QUANTITY = 99
PHONE_PATTERN = re.compile(r"^\+?[0-9 ().\-]{6,30}$")


def _optional_text(max_length, **kwargs):
    return Text(max_length, min_length=0, allow_none=True, load_default=None, **kwargs)


class CheckoutLineSchema(StrictSchema):
    product_id = StrictInteger(required=True, validate=validate.Range(min=1, max=2**31 - 1))
    quantity = StrictInteger(required=True, validate=validate.Range(min=1, max=MAX_QUANTITY))


class CheckoutSchema(StrictSchema):
    items = fields.List(fields.Nested(CheckoutLineSchema), required=True,
                        validate=validate.Length(min=1, max=MAX_LINES))
    customer_name = _optional_text(120, metadata={"description": "Optional only with a JWT."})
    customer_phone = _optional_text(30)
    delivery_city = _optional_text(80)
    delivery_address = _optional_text(300)
    note = _optional_text(1000)
    total_price = Money(required=True, validate=validate.Range(min=0, max=99_999_999))
    whatsapp_message = _optional_text(
        5000, load_only=True, metadata={"description": "A preview only: the server writes its own."})

    @ma.validates("customer_phone")
    def check_phone(self, value, **_kwargs):
        if value and not PHONE_PATTERN.match(value):
            raise ma.ValidationError("Numéro de téléphone invalide.")

    @ma.post_load
    def merge_lines(self, data, **_kwargs):
        """The same product twice is one line; empty optional strings are absent."""
        merged = {}
        for line in data["items"]:
            merged[line["product_id"]] = merged.get(line["product_id"], 0) + line["quantity"]
        if any(quantity > MAX_QUANTITY for quantity in merged.values()):
            raise ma.ValidationError(f"Au plus {MAX_QUANTITY} unités par produit.", "items")
        data["items"] = [{"product_id": pid, "quantity": qty} for pid, qty in sorted(merged.items())]
        data.pop("whatsapp_message", None)
        return {key: (value or None) if isinstance(value, str) else value for key, value in data.items()}


class IdempotencyHeaderSchema(QuerySchema):
    idempotency_key = fields.String(
        data_key="Idempotency-Key", load_default=None,
        validate=validate.Regexp(r"^[\x20-\x7e]{1,64}$", error="1 à 64 caractères imprimables."),
        metadata={"description": "Retrying with the same key and body never orders twice."})


class OrderLineSchema(ma.Schema):
    product_id = fields.Integer(allow_none=True)
    product_name = fields.String()
    unit_price = Money()
    quantity = fields.Integer()
    line_total = Money()


class OrderSchema(ma.Schema):
    id = fields.Integer()
    reference = fields.String(metadata={"example": "DT-000123"})
    status = fields.String(metadata={"enum": list(STATUSES)})
    customer_name = fields.String()
    customer_phone = fields.String(allow_none=True)
    delivery_city = fields.String(allow_none=True)
    delivery_address = fields.String(allow_none=True)
    note = fields.String(allow_none=True)
    user_id = fields.Integer(allow_none=True)
    items = fields.List(fields.Nested(OrderLineSchema))
    total_price = Money()
    whatsapp_message = fields.String()
    expires_at = UTCDateTime(allow_none=True)
    created_at = UTCDateTime()
    updated_at = UTCDateTime()


class StatusChangeSchema(ma.Schema):
    status = fields.String()
    at = UTCDateTime()
    by = fields.String()


class AdminOrderSchema(OrderSchema):
    user_email = fields.String(allow_none=True)
    status_history = fields.List(fields.Nested(StatusChangeSchema))


class CheckoutResultSchema(ma.Schema):
    order = fields.Nested(OrderSchema, required=True)
    whatsapp_url = fields.String(required=True)


class CartLineSchema(ma.Schema):
    product_id = fields.Integer()
    name = fields.String()
    unit_price = Money()
    quantity = fields.Integer()
    line_total = Money()
    stock_quantity = fields.Integer()


class CartSchema(ma.Schema):
    items = fields.List(fields.Nested(CartLineSchema))
    total_price = Money()


class ShortageSchema(ma.Schema):
    product_id = fields.Integer()
    name = fields.String()
    requested = fields.Integer()
    available = fields.Integer()


class CheckoutConflictSchema(ErrorSchema):
    cart = fields.Nested(CartSchema, metadata={"description": "When prices changed: the current cart."})
    shortages = fields.List(fields.Nested(ShortageSchema), metadata={"description": "When stock is short."})


class OrderFilterArgs(QuerySchema):
    status = fields.String(validate=validate.OneOf(STATUSES))
    q = fields.String(validate=validate.Length(min=1, max=100))
    date_from = fields.Date(metadata={"description": "A shop day (STORE_TIMEZONE), included."})
    date_to = fields.Date(metadata={"description": "A shop day (STORE_TIMEZONE), included."})

    @ma.validates_schema
    def check_dates(self, data, **_kwargs):
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise ma.ValidationError("date_to doit suivre date_from.", "date_to")

    @ma.post_load
    def trim_query(self, data, **_kwargs):
        if "q" in data:
            data["q"] = data["q"].strip() or None
        return data


class AdminOrderListArgs(OrderFilterArgs, PaginationArgs):
    pass


class StatusUpdateSchema(StrictSchema):
    status = fields.String(required=True, validate=validate.OneOf(STATUSES))
