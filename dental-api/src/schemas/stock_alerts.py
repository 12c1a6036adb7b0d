"""The stream ticket, the stream's query string, and the payloads of its events."""
import marshmallow as ma
from marshmallow import fields

from .common import Money, QuerySchema


class StreamTicketSchema(ma.Schema):
    token = fields.String(required=True, metadata={"description": "Stream ticket (JWT, scope stock_alerts)"})
    expires_in = fields.Integer(required=True, metadata={"example": 60})


class StreamQuerySchema(QuerySchema):
    # Not required: a missing ticket is a 401 like an invalid one, not a 422.
    token = fields.String(load_default="", metadata={"description": "A stream ticket, valid 60 s"})


class LowStockProductSchema(ma.Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    slug = fields.String(required=True)
    stock_quantity = fields.Integer(required=True)
    threshold = fields.Integer(required=True)


class RestockedProductSchema(ma.Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    stock_quantity = fields.Integer(required=True)


class NewOrderEventSchema(ma.Schema):
    id = fields.Integer(required=True)
    reference = fields.String(required=True, allow_none=True)
    customer_name = fields.String(required=True)
    total_price = Money(required=True)
