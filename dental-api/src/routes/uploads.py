"""Image uploads (admin) and the files they produce, served with headers that keep them inert."""
from flask import Blueprint, current_app, send_from_directory
from flask_smorest import Blueprint as ApiBlueprint, abort
from webargs.flaskparser import FlaskParser
from werkzeug.datastructures import CombinedMultiDict

from ..auth import BEARER_DOC, admin_required
from ..openapi import ErrorSchema
from ..schemas.uploads import UploadFormSchema, UploadSchema
from ..services import images

ONE_YEAR = 365 * 24 * 3600


class MultipartParser(FlaskParser):
    """Reads a multipart body's files and fields together, so one schema validates and documents it."""

    __location_map__ = {**FlaskParser.__location_map__, "multipart": "load_multipart"}

    def load_multipart(self, req, schema):
        return self._makeproxy(CombinedMultiDict([req.files, req.form]), schema)


class UploadBlueprint(ApiBlueprint):
    ARGUMENTS_PARSER = MultipartParser()
    DEFAULT_LOCATION_CONTENT_TYPE_MAPPING = {
        **ApiBlueprint.DEFAULT_LOCATION_CONTENT_TYPE_MAPPING, "multipart": "multipart/form-data"}


blp = UploadBlueprint("uploads", __name__, url_prefix="/api/admin", description="Téléversement d'images")
files_bp = Blueprint("upload_files", __name__)


@blp.route("/uploads", methods=["POST"])
@admin_required
@blp.arguments(UploadFormSchema, location="multipart")
@blp.response(201, UploadSchema)
@blp.alt_response(413, schema=ErrorSchema)
@blp.alt_response(415, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def create_upload(form):
    """Upload a JPEG, PNG or WebP image (admin): stored as WebP with a thumbnail."""
    config = current_app.config
    try:
        return images.save_upload(form["file"].stream, form["kind"], config["UPLOAD_FOLDER"],
                                  config["MAX_UPLOAD_MB"] * 1024 * 1024, config["MAX_UPLOAD_PIXELS"])
    except images.ImageRejected as error:
        abort(error.status, message=error.message)


@files_bp.route("/static/uploads/<path:filename>")
def get_upload(filename):
    """Serve an uploaded image, inert (nosniff, sandboxed) and cached for a year."""
    response = send_from_directory(current_app.config["UPLOAD_FOLDER"], filename, max_age=ONE_YEAR)
    response.cache_control.immutable = True
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
