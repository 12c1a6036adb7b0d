"""The API docs page's scripts and styles, served by the app itself (no CDN)."""
from flask import Blueprint, send_from_directory
from swagger_ui_bundle import swagger_ui_path

bp = Blueprint("docs_assets", __name__)


@bp.route("/api/docs/assets/<path:filename>")
def docs_asset(filename):
    response = send_from_directory(swagger_ui_path, filename, max_age=86400)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
