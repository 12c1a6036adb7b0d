import marshmallow as ma
from marshmallow import fields


class HealthSchema(ma.Schema):
    status = fields.String(required=True, metadata={"example": "ok"})
    database = fields.String(required=True, metadata={"example": "ok"})


class ConfigSchema(ma.Schema):
    store_name = fields.String(required=True)
    currency = fields.String(required=True, metadata={"example": "MAD"})
    whatsapp_number = fields.String(required=True)
    low_stock_threshold = fields.Integer(required=True)
