"""Review schemas: the public review, the moderation view, their inputs and filters."""
import marshmallow as ma
from marshmallow import fields, validate

from .common import (
    PaginationArgs, QueryBoolean, StrictBoolean, StrictInteger, StrictSchema, Text, UTCDateTime,
)


class ReviewSchema(ma.Schema):
    id = fields.Integer(required=True)
    rating = fields.Integer(required=True)
    comment = fields.String(required=True)
    author_name = fields.String(attribute="user.full_name", required=True)
    verified_purchase = fields.Boolean(required=True)
    created_at = UTCDateTime(required=True)


class ReviewedProductSchema(ma.Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    slug = fields.String(required=True)


class ReviewAuthorSchema(ma.Schema):
    id = fields.Integer(required=True)
    full_name = fields.String(required=True)
    email = fields.String(required=True)


class AdminReviewSchema(ReviewSchema):
    is_visible = fields.Boolean(required=True)
    product = fields.Nested(ReviewedProductSchema, required=True)
    author = fields.Nested(ReviewAuthorSchema, attribute="user", required=True)


class ReviewCreateSchema(StrictSchema):
    rating = StrictInteger(required=True, validate=validate.Range(min=1, max=5))
    comment = Text(2000, min_length=0, load_default="")


class ReviewModerationSchema(StrictSchema):
    is_visible = StrictBoolean(required=True)


class AdminReviewFilterArgs(PaginationArgs):
    product_id = fields.Integer(validate=validate.Range(min=1, max=2_147_483_647))
    is_visible = QueryBoolean()
