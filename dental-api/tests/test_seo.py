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


def locations(response, element="url"):
    return [node.findtext("sm:loc", namespaces=NS)
            for node in ElementTree.fromstring(response.data).findall(f"sm:{element}", NS)]


def test_past_the_limit_the_sitemap_is_an_index_of_files_within_it(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "SITEMAP_URLS_PER_FILE", 3)
    for number in range(4):
        make_product(name=f"Fraise diamantée {number}")
    add_content(Article, "hygiene-au-cabinet", "published")
    index = client.get("/sitemap.xml")
    assert index.status_code == 200 and index.mimetype == "application/xml"
    assert ElementTree.fromstring(index.data).tag == f"{{{NS['sm']}}}sitemapindex"
    parts = locations(index, "sitemap")
    assert parts == [f"{BASE}/sitemap-{number}.xml" for number in (1, 2, 3)]
    dated = [node.findtext("sm:lastmod", namespaces=NS)
             for node in ElementTree.fromstring(index.data).findall("sm:sitemap", NS)]
    assert dated[0] is None and dated[1].endswith("Z")  # the first file holds only the fixed pages

    files = [client.get(part.removeprefix(BASE)) for part in parts]
    assert all(response.status_code == 200 and response.mimetype == "application/xml" for response in files)
    assert [len(locations(response)) for response in files] == [3, 3, 3]
    listed = [url for response in files for url in locations(response)]
    assert len(set(listed)) == 9
    expected = {f"{BASE}/", f"{BASE}/produits/fraise-diamantee-3", f"{BASE}/articles/hygiene-au-cabinet"}
    assert expected <= set(listed)


@pytest.mark.parametrize("path", ["/sitemap-0.xml", "/sitemap-4.xml", "/sitemap-99999999999999999999.xml"])
def test_a_sitemap_file_past_the_index_is_not_found(app, client, monkeypatch, path):
    monkeypatch.setitem(app.config, "SITEMAP_URLS_PER_FILE", 3)
    for number in range(4):
        make_product(name=f"Fraise diamantée {number}")
    response = client.get(path)
    assert response.status_code == 404
    assert response.is_json and response.json["message"]


def test_a_shop_within_the_limit_has_one_sitemap_and_no_numbered_files(client):
    make_product(name="Détartreur Zéphyr")
    assert len(locations(client.get("/sitemap.xml"))) == 5
    assert client.get("/sitemap-1.xml").status_code == 404
