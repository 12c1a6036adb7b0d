"""The built front end served by the API: files, index.html for client routes, the API left alone."""
import gzip
import os

import pytest

from src import create_app
from src.config import TestConfig, database_url
from src.extensions import db
from src.routes import spa

INDEX = "<!doctype html><title>DentalTech Pro</title><div id=root></div>"
SCRIPT = "console.log('storefront');" * 100


@pytest.fixture
def dist(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "assets" / "index-abc123.js").write_text(SCRIPT)
    (tmp_path / "assets" / "index-abc123.js.gz").write_bytes(gzip.compress(SCRIPT.encode()))
    (tmp_path / "favicon.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    return tmp_path


@pytest.fixture
def site(dist, tmp_path_factory):
    """An app with the SPA blueprint, whether or not routes/__init__.py registers it yet."""
    class SiteConfig(TestConfig):
        SQLALCHEMY_DATABASE_URI = database_url(
            os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path_factory.mktemp('spa')}/spa.db")
        FRONTEND_DIST = str(dist)

    app = create_app(SiteConfig)
    if "spa" not in app.blueprints:
        app.register_blueprint(spa.bp)
    yield app.test_client()
    with app.app_context():
        db.engine.dispose()


def test_root_serves_index_without_cache(site):
    response = site.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert response.headers["Cache-Control"] == "no-cache"
    assert "DentalTech Pro" in response.get_data(as_text=True)
    response.close()


@pytest.mark.parametrize("path", ["/produits", "/produits/gants-nitrile?x=1", "/admin/commandes", "/compte/"])
def test_client_routes_fall_back_to_index(site, path):
    response = site.get(path)
    assert response.status_code == 200
    assert response.get_data(as_text=True) == INDEX
    assert response.headers["Cache-Control"] == "no-cache"
    response.close()


def test_hashed_assets_are_cached_for_a_year(site):
    response = site.get("/assets/index-abc123.js")
    assert response.status_code == 200
    assert response.mimetype in ("text/javascript", "application/javascript")
    assert response.cache_control.max_age == 365 * 24 * 3600
    assert response.cache_control.immutable
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.get_data(as_text=True) == SCRIPT
    response.close()


def test_gzip_twin_is_sent_to_clients_that_accept_it(site):
    response = site.get("/assets/index-abc123.js", headers={"Accept-Encoding": "gzip, br"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response.headers["Vary"]
    assert gzip.decompress(response.get_data()).decode() == SCRIPT
    response.close()


def test_missing_asset_is_a_real_404(site):
    response = site.get("/assets/index-gone.js")
    assert response.status_code == 404
    assert response.json == {"message": "Ressource introuvable."}


def test_other_built_files_are_served(site):
    response = site.get("/favicon.svg")
    assert response.status_code == 200
    assert response.mimetype == "image/svg+xml"
    response.close()


@pytest.mark.parametrize("path", ["/api/nothing-here", "/api", "/static/uploads/products/missing.webp"])
def test_api_and_uploads_keep_their_json_404(site, path):
    response = site.get(path)
    assert response.status_code == 404
    assert response.is_json


def test_unknown_api_route_is_404_for_any_method(site):
    response = site.post("/api/nothing-here", json={})
    assert response.status_code == 404
    assert response.is_json


def test_api_routes_still_answer(site):
    assert site.get("/api/health").json["status"] in ("ok", "degraded")


def test_client_routes_refuse_writes(site):
    response = site.post("/produits", json={})
    assert response.status_code == 405
    assert response.is_json


@pytest.mark.parametrize("path", ["/../config.py", "/assets/../../config.py", "/%2e%2e/secret"])
def test_paths_never_leave_the_dist_folder(site, path):
    response = site.get(path)
    assert response.status_code in (200, 404)
    assert "SECRET_KEY" not in response.get_data(as_text=True)
    response.close()


def test_missing_build_is_a_json_404(site, dist):
    (dist / "index.html").unlink()
    response = site.get("/produits")
    assert response.status_code == 404
    assert "npm run build" in response.json["message"]


PAGES = {"accueil": "<div id=root>accueil</div>", "catalogue": "<div id=root>catalogue</div>",
         "produit": "<div id=root>produit</div>"}


@pytest.fixture
def prerendered(dist):
    (dist / "pages").mkdir()
    for name, html in PAGES.items():
        (dist / "pages" / f"{name}.html").write_text(html)
    return dist


@pytest.mark.parametrize("path, page", [
    ("/", "accueil"), ("/produits", "catalogue"), ("/produits?category=implants", "catalogue"),
    ("/produits/gants-nitrile", "produit"),
])
def test_prerendered_pages_are_served_for_their_routes_without_cache(site, prerendered, path, page):
    response = site.get(path)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert response.get_data(as_text=True) == PAGES[page]
    assert response.headers["Cache-Control"] == "no-cache"
    response.close()


@pytest.mark.parametrize("path", ["/produits/gants-nitrile/avis", "/articles", "/admin/produits", "/compte"])
def test_other_routes_still_get_index_html_when_pages_are_prerendered(site, prerendered, path):
    response = site.get(path)
    assert response.get_data(as_text=True) == INDEX
    response.close()
