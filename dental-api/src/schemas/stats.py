"""The admin dashboard's figures."""
import marshmallow as ma
from marshmallow import fields

from ..models.order import STATUSES
from .common import Money


class DayFiguresSchema(ma.Schema):
    date = fields.Date(required=True, metadata={"description": "A shop day (STORE_TIMEZONE)."})
    count = fields.Integer(required=True)
    revenue = Money(required=True)


class TopProductSchema(ma.Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    quantity = fields.Integer(required=True)
    revenue = Money(required=True)


class StatsSchema(ma.Schema):
    products_count = fields.Integer(required=True, metadata={"description": "Active products."})
    customers_count = fields.Integer(required=True, metadata={"description": "Users with the client role."})
    orders_by_status = fields.Dict(keys=fields.String(validate=ma.validate.OneOf(STATUSES)),
                                   values=fields.Integer(), required=True)
    revenue_total = Money(required=True, metadata={"description": "Confirmed, shipped and delivered orders."})
    average_order = Money(required=True)
    orders_last_30_days = fields.List(fields.Nested(DayFiguresSchema), required=True)
    top_products = fields.List(fields.Nested(TopProductSchema), required=True)
    low_stock_count = fields.Integer(required=True)
