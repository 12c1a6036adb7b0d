"""sitemap.xml and robots.txt, at the site's root."""
from flask import Blueprint, Response, current_app

from ..services import sitemap

bp = Blueprint("seo", __name__)
ONE_HOUR = 3600


@bp.route("/sitemap.xml")
def get_sitemap():
    """The public pages, active products, published articles and case studies."""
    body = sitemap.render_sitemap(current_app.config["PUBLIC_URL"], sitemap.sitemap_entries())
    return _cached(Response(body, mimetype="application/xml"))


@bp.route("/robots.txt")
def get_robots():
    """Crawl everything but the admin and account pages."""
    return _cached(Response(sitemap.robots_txt(current_app.config["PUBLIC_URL"]), mimetype="text/plain"))


def _cached(response):
    response.cache_control.public = True
    response.cache_control.max_age = ONE_HOUR
    return response
