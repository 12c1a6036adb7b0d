"""Users: the public `User` shape, profile edits and the admin's user management."""
import re

import marshmallow as ma
from marshmallow import ValidationError, fields, validate

from ..models.user import ROLES
from .common import PaginationArgs, StrictBoolean, StrictSchema, Text, UTCDateTime

_PHONE = re.compile(r"\+?[0-9][0-9 .()\-]{5,29}")


def is_clean(value):
    """False for text PostgreSQL or UTF-8 cannot store: NUL characters, unpaired surrogates."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in value


class CleanText(Text):
    """Bounded, trimmed text without NUL or unpaired surrogates."""

    def _deserialize(self, value, attr, data, **kwargs):
        value = super()._deserialize(value, attr, data, **kwargs)
        if not is_clean(value):
            raise ValidationError("Caractères non autorisés.")
        return value


class EmailAddress(fields.Email):
    """An e-mail address, lower-cased (addresses are compared without case)."""

    def __init__(self, **kwargs):
        super().__init__(validate=validate.Length(max=254), **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and not is_clean(value):
            raise ValidationError("Adresse e-mail invalide.")
        return super()._deserialize(value, attr, data, **kwargs).lower()


class Phone(fields.String):
    """A phone number (digits, spaces, + . ( ) -); an empty string means none."""

    def __init__(self, **kwargs):
        super().__init__(allow_none=True, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        value = super()._deserialize(value, attr, data, **kwargs)
        if value == "":
            return None
        if not _PHONE.fullmatch(value):
            raise ValidationError("Numéro de téléphone invalide.")
        return value


class UserSchema(ma.Schema):
    id = fields.Integer(required=True)
    email = fields.String(required=True)
    full_name = fields.String(required=True)
    phone = fields.String(allow_none=True)
    role = fields.String(required=True, metadata={"enum": list(ROLES)})
    is_active = fields.Boolean(required=True)
    created_at = UTCDateTime(required=True)


class ProfileUpdateSchema(StrictSchema):
    """PATCH /me: only the name and phone; the e-mail and role are not the user's to change."""

    full_name = CleanText(120)
    phone = Phone()


class UserUpdateSchema(StrictSchema):
    """An admin's change to a user's role or access."""

    role = fields.String(validate=validate.OneOf(ROLES))
    is_active = StrictBoolean()


class UserListArgs(PaginationArgs):
    q = fields.String(validate=validate.Length(max=100), metadata={"description": "e-mail, nom ou téléphone"})
    role = fields.String(validate=validate.OneOf(ROLES))


class ResetLinkSchema(ma.Schema):
    url = fields.String(required=True)
    expires_at = UTCDateTime(required=True)
