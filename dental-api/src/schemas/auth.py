"""Auth bodies and answers: register, login, tokens, password change and reset."""
import marshmallow as ma
from marshmallow import ValidationError, fields, validate

from .common import StrictSchema
from .users import CleanText, EmailAddress, Phone, UserSchema

BCRYPT_MAX_BYTES = 72


class Password(fields.String):
    """A password as typed (never trimmed), at most 72 UTF-8 bytes: bcrypt's limit."""

    min_bytes = 1
    too_short = "Champ obligatoire."

    def __init__(self, **kwargs):
        super().__init__(required=True, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        value = super()._deserialize(value, attr, data, **kwargs)
        try:
            size = len(value.encode("utf-8"))
        except UnicodeEncodeError:
            raise ValidationError("Caractères non autorisés.") from None
        if size > BCRYPT_MAX_BYTES:
            raise ValidationError(f"{BCRYPT_MAX_BYTES} octets au plus.")
        if size < self.min_bytes:
            raise ValidationError(self.too_short)
        return value


class NewPassword(Password):
    """A password being chosen: 8 to 72 UTF-8 bytes, not only digits."""

    min_bytes = 8
    too_short = "8 caractères au moins."

    def _deserialize(self, value, attr, data, **kwargs):
        value = super()._deserialize(value, attr, data, **kwargs)
        if value.isdigit():
            raise ValidationError("Le mot de passe ne peut pas être composé uniquement de chiffres.")
        return value


class PasswordBodySchema(StrictSchema):
    """Strings are trimmed, except passwords: a space is part of a secret."""

    @ma.pre_load
    def strip_strings(self, data, **kwargs):
        if not isinstance(data, dict):
            return data
        kept = {name: data[name] for name, field in self.fields.items()
                if isinstance(field, Password) and name in data}
        return {**super().strip_strings(data, **kwargs), **kept}


class RegisterSchema(PasswordBodySchema):
    email = EmailAddress(required=True)
    password = NewPassword()
    full_name = CleanText(120, required=True)
    phone = Phone()


class LoginSchema(PasswordBodySchema):
    email = EmailAddress(required=True)
    password = Password()


class ChangePasswordSchema(PasswordBodySchema):
    current_password = Password()
    new_password = NewPassword()


class ResetPasswordSchema(PasswordBodySchema):
    token = fields.String(required=True, validate=validate.Length(min=1, max=200))
    new_password = NewPassword()


class ForgotPasswordSchema(StrictSchema):
    email = EmailAddress(required=True)


class LogoutSchema(StrictSchema):
    refresh_token = fields.String(validate=validate.Length(max=4096))


COOKIE_NOTE = {"description": "absent with X-Auth-Mode: cookie (it is then set as an HttpOnly cookie)"}


class TokensSchema(ma.Schema):
    access_token = fields.String(required=True)
    refresh_token = fields.String(metadata=COOKIE_NOTE)


class SessionSchema(TokensSchema):
    user = fields.Nested(UserSchema, required=True)
