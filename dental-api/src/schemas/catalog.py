"""Catalogue schemas: categories, products (public and admin views), filters, stock adjustments."""
import re
from decimal import Decimal

import marshmallow as ma
from flask import current_app
from marshmallow import ValidationError, fields, validate

from ..models import StockMovement
from ..openapi import ErrorSchema
from ..services.text import search_words
from .common import (
    Money, PaginationArgs, QueryBoolean, StrictBoolean, StrictInteger, StrictSchema, Text, UTCDateTime,
)

MAX_PRICE = Decimal("99999999.99")
MAX_ID = 2_147_483_647
MAX_STOCK = 1_000_000
SORTS = ("newest", "price_asc", "price_desc", "name", "rating", "relevance")
UPLOADED_IMAGE = re.compile(r"^/static/uploads/[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\.[A-Za-z0-9]+$")
HTTPS_URL = validate.URL(schemes={"https"}, require_tld=True)


def image_url(value):
    if UPLOADED_IMAGE.match(value):
        return
    try:
        HTTPS_URL(value)
    except ValidationError:
        raise ValidationError("Une image doit être une adresse https:// ou un fichier /static/uploads/….")


class CategoryRefSchema(ma.Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    slug = fields.String(required=True)


class CategorySchema(CategoryRefSchema):
    product_count = fields.Integer(required=True)


class AdminCategorySchema(CategorySchema):
    description = fields.String(allow_none=True)
    created_at = UTCDateTime()


class CategoryUpdateSchema(StrictSchema):
    name = Text(80)
    description = Text(2000, min_length=0, allow_none=True)


class CategoryCreateSchema(CategoryUpdateSchema):
    name = Text(80, required=True)


class ProductSummarySchema(ma.Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    slug = fields.String(required=True)
    price = Money(required=True)
    image_url = fields.Method("get_image_url", metadata={"type": "string", "nullable": True})
    category = fields.Nested(CategoryRefSchema, required=True)
    brand = fields.String(allow_none=True)
    in_stock = fields.Method("get_in_stock", metadata={"type": "boolean"})
    stock_quantity = fields.Integer(required=True)
    low_stock = fields.Method("get_low_stock", metadata={"type": "boolean"})
    rating_average = fields.Float(required=True)
    rating_count = fields.Integer(required=True)

    def get_image_url(self, product):
        return product.images[0] if product.images else None

    def get_in_stock(self, product):
        return product.stock_quantity > 0

    def get_low_stock(self, product):
        threshold = product.low_stock_threshold
        if threshold is None:
            threshold = current_app.config["LOW_STOCK_THRESHOLD"]
        return product.stock_quantity < threshold


class ProductSchema(ProductSummarySchema):
    description = fields.String(required=True)
    sku = fields.String(allow_none=True)
    images = fields.List(fields.String(), required=True)
    low_stock_threshold = fields.Integer(allow_none=True)
    created_at = UTCDateTime(required=True)
    updated_at = UTCDateTime(required=True)


class AdminProductSchema(ProductSchema):
    is_active = fields.Boolean(required=True)
    version = fields.Integer(required=True)


class ProductUpdateSchema(StrictSchema):
    name = Text(160)
    description = Text(20000, min_length=0)
    price = Money(validate=validate.Range(min=0, min_inclusive=False, max=MAX_PRICE))
    stock_quantity = StrictInteger(validate=validate.Range(min=0, max=MAX_STOCK))
    category_id = StrictInteger(validate=validate.Range(min=1, max=MAX_ID))
    brand = Text(80, min_length=0, allow_none=True)
    sku = Text(64, min_length=0, allow_none=True)
    images = fields.List(fields.String(validate=[validate.Length(max=500), image_url]),
                         validate=validate.Length(max=10))
    low_stock_threshold = StrictInteger(allow_none=True, validate=validate.Range(min=0, max=MAX_STOCK))
    is_active = StrictBoolean()

    @ma.post_load
    def blank_to_none(self, data, **_kwargs):
        for field in ("brand", "sku"):
            if data.get(field) == "":
                data[field] = None
        return data


class ProductCreateSchema(ProductUpdateSchema):
    name = Text(160, required=True)
    description = Text(20000, min_length=0, load_default="")
    price = Money(required=True, validate=validate.Range(min=0, min_inclusive=False, max=MAX_PRICE))
    stock_quantity = StrictInteger(required=True, validate=validate.Range(min=0, max=MAX_STOCK))
    category_id = StrictInteger(required=True, validate=validate.Range(min=1, max=MAX_ID))
    images = fields.List(fields.String(validate=[validate.Length(max=500), image_url]),
                         validate=validate.Length(max=10), load_default=list)
    is_active = StrictBoolean(load_default=True)


class ProductFilterArgs(PaginationArgs):
    q = fields.String(validate=validate.Length(max=100))
    category = fields.String(validate=validate.Length(max=100))
    brand = fields.String(validate=validate.Length(max=80))
    min_price = fields.Decimal(validate=validate.Range(min=0, max=MAX_PRICE))
    max_price = fields.Decimal(validate=validate.Range(min=0, max=MAX_PRICE))
    in_stock = QueryBoolean()
    sort = fields.String(validate=validate.OneOf(SORTS))

    @ma.validates_schema
    def check_consistency(self, data, **_kwargs):
        low, high = data.get("min_price"), data.get("max_price")
        if low is not None and high is not None and low > high:
            raise ValidationError("Le prix minimum dépasse le prix maximum.", "min_price")
        if data.get("sort") == "relevance" and not search_words(data.get("q")):
            raise ValidationError("Le tri par pertinence demande une recherche (q).", "sort")


class AdminProductFilterArgs(ProductFilterArgs):
    active = QueryBoolean()


class StockAdjustmentSchema(StrictSchema):
    delta = StrictInteger(required=True, validate=[
        validate.Range(min=-100_000, max=100_000),
        validate.NoneOf([0], error="La variation ne peut pas être nulle."),
    ])
    reason = Text(200, required=True)


class StockMovementSchema(ma.Schema):
    id = fields.Integer(required=True)
    delta = fields.Integer(required=True)
    stock_after = fields.Integer(required=True)
    reason = fields.String(required=True, metadata={"enum": list(StockMovement.REASONS)})
    note = fields.String(allow_none=True)
    actor = fields.String(required=True)
    created_at = UTCDateTime(required=True)
    order_id = fields.Integer(allow_none=True)


class StockAdjustmentResultSchema(ma.Schema):
    stock_quantity = fields.Integer(required=True)
    adjustment = fields.Nested(StockMovementSchema, required=True)


class StockShortageSchema(ErrorSchema):
    """409 of a stock adjustment that would go below zero: what is in stock."""
    available = fields.Integer(required=True)
