"""sitemap.xml and robots.txt: public pages and visible content only, absolute URLs."""
from xml.etree import ElementTree

import pytest

from src.extensions import db
from src.models import Article, CaseStudy
from src.models.base import utcnow

from .factories import make_product

BASE = "https://dentaltech.example"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(autouse=True)
def public_url(app, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_URL", BASE)


def add_content(model, slug, status):
    item = model(title=slug, slug=slug, status=status)
    item.published_at = utcnow() if status == "published" else None
    db.session.add(item)
    db.session.commit()
    return item


def test_sitemap_lists_public_pages_and_visible_content(client):
    make_product(name="Détartreur Zéphyr")
    make_product(name="Ancien modèle", is_active=False)
    add_content(Article, "hygiene-au-cabinet", "published")
    add_content(Article, "brouillon-article", "draft")
    add_content(CaseStudy, "implant-unitaire", "published")
    add_content(CaseStudy, "brouillon-cas", "draft")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    root = ElementTree.fromstring(response.data)
    urls = {url.findtext("sm:loc", namespaces=NS): url.findtext("sm:lastmod", namespaces=NS)
            for url in root.findall("sm:url", NS)}
    assert set(urls) == {
        f"{BASE}/", f"{BASE}/produits", f"{BASE}/articles", f"{BASE}/cas-cliniques",
        f"{BASE}/produits/detartreur-zephyr", f"{BASE}/articles/hygiene-au-cabinet",
        f"{BASE}/cas-cliniques/implant-unitaire",
    }
    today = utcnow().strftime("%Y-%m-%d")
    assert urls[f"{BASE}/produits/detartreur-zephyr"].startswith(today)
    assert urls[f"{BASE}/articles/hygiene-au-cabinet"].endswith("Z")
    assert urls[f"{BASE}/"] is None


def test_empty_shop_sitemap_still_lists_the_pages(client):
    root = ElementTree.fromstring(client.get("/sitemap.xml").data)
    assert len(root.findall("sm:url", NS)) == 4


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    lines = response.get_data(as_text=True).splitlines()
    assert lines[0] == "User-agent: *"
    assert {"Allow: /", "Disallow: /admin", "Disallow: /compte"} <= set(lines)
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
