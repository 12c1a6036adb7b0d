"""sitemap.xml and robots.txt, at the site's root."""
from flask import Blueprint, Response, abort, current_app

from ..services import sitemap

bp = Blueprint("seo", __name__)
ONE_HOUR = 3600


@bp.route("/sitemap.xml")
def get_sitemap():
    """The public pages, active products, published articles and case studies; past
    SITEMAP_URLS_PER_FILE of them, the index of the files that hold them."""
    base_url, parts = current_app.config["PUBLIC_URL"], _sitemap_parts()
    if len(parts) == 1:
        return _xml(sitemap.render_sitemap(base_url, parts[0]))
    return _xml(sitemap.render_sitemap_index(base_url, parts))


@bp.route("/sitemap-<int:number>.xml")
def get_sitemap_part(number):
    """The number-th file of a sitemap index (from 1)."""
    parts = _sitemap_parts()
    if len(parts) == 1 or not 1 <= number <= len(parts):
        abort(404)
    return _xml(sitemap.render_sitemap(current_app.config["PUBLIC_URL"], parts[number - 1]))


@bp.route("/robots.txt")
def get_robots():
    """Crawl everything but the admin and account pages."""
    return _cached(Response(sitemap.robots_txt(current_app.config["PUBLIC_URL"]), mimetype="text/plain"))


def _sitemap_parts():
    return sitemap.split_entries(sitemap.sitemap_entries(), current_app.config["SITEMAP_URLS_PER_FILE"])


def _xml(body):
    return _cached(Response(body, mimetype="application/xml"))


def _cached(response):
    response.cache_control.public = True
    response.cache_control.max_age = ONE_HOUR
    return response
