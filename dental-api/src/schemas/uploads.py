"""Image uploads: the multipart body (a file and its kind) and the stored image's URLs."""
from flask_smorest.fields import Upload
from marshmallow import Schema, ValidationError, fields, validate
from werkzeug.datastructures import FileStorage

from ..services.images import UPLOAD_KINDS
from .common import StrictSchema


class ImageFile(Upload):
    """A file part of the multipart body (a plain text field of that name is refused)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, FileStorage):
            raise ValidationError("Un fichier est attendu.")
        return value


class UploadFormSchema(StrictSchema):
    file = ImageFile(required=True, metadata={"description": "Image JPEG, PNG ou WebP"})
    kind = fields.String(required=True, validate=validate.OneOf(UPLOAD_KINDS))


class UploadSchema(Schema):
    url = fields.String(required=True)
    thumbnail_url = fields.String(required=True)
    width = fields.Integer(required=True)
    height = fields.Integer(required=True)
