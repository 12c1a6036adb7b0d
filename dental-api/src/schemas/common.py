"""Fields and schema bases shared by every area: strict types, money, UTC times, pages."""
from datetime import timezone
from decimal import ROUND_HALF_UP, Decimal

import marshmallow as ma
from marshmallow import fields, validate

TWO_PLACES = Decimal("0.01")


NUL = "\x00"


class InputSchema(ma.Schema):
    """What a client sends. No value may hold a NUL character: PostgreSQL cannot store or compare
    one (psycopg2 raises before the query runs), so it is invalid input (422), not a 500."""

    @ma.pre_load
    def refuse_nul(self, data, **_kwargs):
        if not hasattr(data, "get"):
            return data
        names = [field.data_key or name for name, field in self.fields.items()]
        holding_nul = [name for name in names if any(NUL in value for value in _strings(data, name))]
        if holding_nul:
            raise ma.ValidationError({name: ["Caractère NUL interdit."] for name in holding_nul})
        return data


def _strings(data, name):
    values = data.getlist(name) if hasattr(data, "getlist") else [data.get(name)]
    flat = [item for value in values for item in (value if isinstance(value, list) else [value])]
    return [value for value in flat if isinstance(value, str)]


class StrictSchema(InputSchema):
    """Request bodies: unknown fields refused, strings trimmed."""

    class Meta:
        unknown = ma.RAISE

    @ma.pre_load
    def strip_strings(self, data, **_kwargs):
        if isinstance(data, dict):
            return {key: value.strip() if isinstance(value, str) else value for key, value in data.items()}
        return data


class QuerySchema(InputSchema):
    """Query strings: unknown parameters (cache busters, tracking tags) are ignored."""

    class Meta:
        unknown = ma.EXCLUDE


class Money(fields.Number):
    """A Decimal in Python, a JSON number with at most 2 decimals on the wire; strings refused."""

    num_type = Decimal
    default_error_messages = {"invalid": "Un nombre est attendu.", "places": "Au plus 2 décimales."}

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.make_error("invalid")
        amount = Decimal(str(value))
        if not amount.is_finite():
            raise self.make_error("invalid")
        if amount != amount.quantize(TWO_PLACES):
            raise self.make_error("places")
        return amount.quantize(TWO_PLACES)

    def _serialize(self, value, attr, obj, **kwargs):
        if value is None:
            return None
        return float(Decimal(value).quantize(TWO_PLACES, rounding=ROUND_HALF_UP))


class StrictInteger(fields.Integer):
    def __init__(self, **kwargs):
        super().__init__(strict=True, **kwargs)


class StrictBoolean(fields.Boolean):
    """JSON true/false only (1, "true" or "yes" are not booleans)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid")
        return value


class QueryBoolean(fields.Boolean):
    truthy = {"true", "1"}
    falsy = {"false", "0"}


class Text(fields.String):
    """A trimmed string with a length bound; empty strings refused unless allowed."""

    def __init__(self, max_length, min_length=1, **kwargs):
        super().__init__(validate=validate.Length(min=min_length, max=max_length), **kwargs)


class UTCDateTime(fields.DateTime):
    """ISO 8601 in UTC with a Z suffix."""

    def _serialize(self, value, attr, obj, **kwargs):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class PaginationArgs(QuerySchema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=100_000))
    per_page = fields.Integer(load_default=24, validate=validate.Range(min=1, max=100))


_page_schemas = {}


def page_of(item_schema):
    """The paginated answer for a list of item_schema: {items, page, per_page, total, pages}."""
    name = f"{item_schema.__name__.removesuffix('Schema')}PageSchema"
    if name not in _page_schemas:
        _page_schemas[name] = ma.Schema.from_dict({
            "items": fields.List(fields.Nested(item_schema), required=True),
            "page": fields.Integer(required=True),
            "per_page": fields.Integer(required=True),
            "total": fields.Integer(required=True),
            "pages": fields.Integer(required=True),
        }, name=name)
    return _page_schemas[name]


class MessageSchema(ma.Schema):
    message = fields.String(required=True)
