"""The built storefront (dental-website/dist), served with the API on one port: files, else the page HTML."""
import mimetypes
import re
from pathlib import Path

from flask import Blueprint, current_app, request, send_from_directory
from flask_smorest import abort
from werkzeug.routing import PathConverter
from werkzeug.security import safe_join

bp = Blueprint("spa", __name__)

ASSET_MAX_AGE = 365 * 24 * 3600
FILE_MAX_AGE = 3600


class ClientPathConverter(PathConverter):
    """Any path but the API's and the uploads': those keep their own JSON 404 and 405 answers."""
    regex = r"(?!api(?:/|$)|static/uploads(?:/|$))[^/].*?"


@bp.record_once
def _register_converter(state):
    state.app.url_map.converters["client_path"] = ClientPathConverter


@bp.route("/", defaults={"path": ""})
@bp.route("/<client_path:path>")
def serve_frontend(path):
    """The single-page app: a built file when one exists, index.html for the app's own routes."""
    dist = _dist_folder()
    if path.startswith("assets/"):
        return _send(dist, path, ASSET_MAX_AGE, immutable=True)
    if path and _is_file(dist, path):
        return _send(dist, path, FILE_MAX_AGE)
    response = _send(dist, _page_for(dist, path), 0)
    response.headers["Cache-Control"] = "no-cache"
    return response


# The storefront's main pages, prerendered by the build (dental-website/scripts/prerender-plugin.ts); nginx
# serves them the same way (infra/nginx/templates/nginx.conf.template).
PRERENDERED = (
    (re.compile(r""), "pages/accueil.html"),
    (re.compile(r"produits"), "pages/catalogue.html"),
    (re.compile(r"produits/[^/]+"), "pages/produit.html"),
)


def _page_for(dist, path):
    """The prerendered page of a client route when the build has one, else index.html."""
    for pattern, page in PRERENDERED:
        if pattern.fullmatch(path) and _is_file(dist, page):
            return page
    return "index.html"


def _dist_folder():
    dist = Path(current_app.config["FRONTEND_DIST"])
    if not (dist / "index.html").is_file():
        abort(404, message="Le site n'est pas construit : lancez « npm run build » dans dental-website.")
    return dist


def _is_file(dist, path):
    full = safe_join(str(dist), path)
    return full is not None and Path(full).is_file()


def _send(dist, path, max_age, immutable=False):
    """Sends a file, or its precompressed .gz twin to clients that accept gzip; a missing file is a 404."""
    if not _is_file(dist, path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    gzipped = "gzip" in request.accept_encodings and _is_file(dist, f"{path}.gz")
    sent = f"{path}.gz" if gzipped else path
    response = send_from_directory(dist, sent, mimetype=mimetype, max_age=max_age)
    response.headers.pop("Content-Disposition", None)
    if gzipped:
        response.headers["Content-Encoding"] = "gzip"
    response.vary.add("Accept-Encoding")
    response.headers["X-Content-Type-Options"] = "nosniff"
    if immutable:
        response.cache_control.immutable = True
    return response
