"""Articles and case studies: public and admin answers, admin bodies, list filters."""
import re

from flask import current_app
from marshmallow import Schema, ValidationError, fields, validate

from ..models.content import CONTENT_STATUSES
from .catalog import MAX_ID
from .common import Money, PaginationArgs, StrictInteger, StrictSchema, Text, UTCDateTime

CONTENT_MAX_LENGTH = 100_000
MAX_LINKED_PRODUCTS = 50
# Path segments may not start with a dot, which keeps `..` out.
UPLOAD_PATH = re.compile(r"/static/uploads/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*")
_https_url = validate.URL(schemes={"https"}, require_tld=True)


def validate_image_url(value):
    if UPLOAD_PATH.fullmatch(value):
        return
    try:
        _https_url(value)
    except ValidationError:
        raise ValidationError("Une image téléversée (/static/uploads/…) ou une adresse https est attendue.")


class ImageUrl(fields.String):
    def __init__(self, **kwargs):
        super().__init__(validate=[validate.Length(max=300), validate_image_url], **kwargs)


def _first_image(product):
    return product.images[0] if product.images else None


def _is_low_stock(product):
    threshold = product.low_stock_threshold
    if threshold is None:
        threshold = current_app.config["LOW_STOCK_THRESHOLD"]
    return product.stock_quantity < threshold


# Answers

class CaseStudyProductCategorySchema(Schema):
    id = fields.Integer()
    name = fields.String()
    slug = fields.String()


class CaseStudyProductSchema(Schema):
    """The catalogue's ProductSummary, for the products a case study uses."""

    id = fields.Integer()
    name = fields.String()
    slug = fields.String()
    price = Money()
    image_url = fields.Function(_first_image, metadata={"type": "string", "nullable": True})
    category = fields.Nested(CaseStudyProductCategorySchema)
    brand = fields.String(allow_none=True)
    in_stock = fields.Function(lambda product: product.stock_quantity > 0, metadata={"type": "boolean"})
    stock_quantity = fields.Integer()
    low_stock = fields.Function(_is_low_stock, metadata={"type": "boolean"})
    rating_average = fields.Float()
    rating_count = fields.Integer()


class ArticleSummarySchema(Schema):
    id = fields.Integer()
    title = fields.String()
    slug = fields.String()
    excerpt = fields.String()
    image_url = fields.String(allow_none=True)
    author_name = fields.String()
    published_at = UTCDateTime(allow_none=True)


class ArticleSchema(ArticleSummarySchema):
    content = fields.String()


class AdminArticleSummarySchema(ArticleSummarySchema):
    status = fields.String()
    created_at = UTCDateTime()
    updated_at = UTCDateTime()


class AdminArticleSchema(AdminArticleSummarySchema):
    content = fields.String()


class CaseStudySummarySchema(Schema):
    id = fields.Integer()
    title = fields.String()
    slug = fields.String()
    summary = fields.String()
    cover_image_url = fields.String(allow_none=True)
    published_at = UTCDateTime(allow_none=True)


class CaseStudySchema(CaseStudySummarySchema):
    content = fields.String()
    before_image_url = fields.String(allow_none=True)
    after_image_url = fields.String(allow_none=True)
    products = fields.List(fields.Nested(CaseStudyProductSchema))


class AdminCaseStudySummarySchema(CaseStudySummarySchema):
    status = fields.String()
    created_at = UTCDateTime()
    updated_at = UTCDateTime()


class AdminCaseStudySchema(AdminCaseStudySummarySchema):
    content = fields.String()
    before_image_url = fields.String(allow_none=True)
    after_image_url = fields.String(allow_none=True)
    product_ids = fields.Function(lambda study: [product.id for product in study.products],
                                  metadata={"type": "array", "items": {"type": "integer"}})
    products = fields.List(fields.Nested(CaseStudyProductSchema))


# Admin bodies

class ArticleCreateSchema(StrictSchema):
    title = Text(200, required=True)
    content = Text(CONTENT_MAX_LENGTH, required=True)
    excerpt = Text(500, min_length=0)
    image_url = ImageUrl(allow_none=True)
    status = fields.String(required=True, validate=validate.OneOf(CONTENT_STATUSES))


class ArticleUpdateSchema(ArticleCreateSchema):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, partial=True, **kwargs)


class CaseStudyCreateSchema(StrictSchema):
    title = Text(200, required=True)
    summary = Text(500, required=True)
    content = Text(CONTENT_MAX_LENGTH, required=True)
    cover_image_url = ImageUrl(allow_none=True)
    before_image_url = ImageUrl(allow_none=True)
    after_image_url = ImageUrl(allow_none=True)
    product_ids = fields.List(StrictInteger(validate=validate.Range(min=1, max=MAX_ID)), required=True,
                              validate=validate.Length(max=MAX_LINKED_PRODUCTS))
    status = fields.String(required=True, validate=validate.OneOf(CONTENT_STATUSES))


class CaseStudyUpdateSchema(CaseStudyCreateSchema):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, partial=True, **kwargs)


# Query strings

class ContentListArgs(PaginationArgs):
    q = fields.String(validate=validate.Length(max=100))


class AdminContentListArgs(ContentListArgs):
    status = fields.String(validate=validate.OneOf(CONTENT_STATUSES))
