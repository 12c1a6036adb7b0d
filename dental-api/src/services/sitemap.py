"""sitemap.xml and robots.txt: the public pages, active products, published articles and case studies."""
from urllib.parse import quote
from xml.etree import ElementTree

from sqlalchemy import select

from ..extensions import db
from ..models import Article, CaseStudy, Product
from ..models.content import PUBLISHED

STATIC_PAGES = ("/", "/produits", "/articles", "/cas-cliniques")
SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
PRIVATE_PAGES = ("/admin", "/compte")


def sitemap_entries():
    """(path, last modified or None) for every page a search engine should know."""
    entries = [(path, None) for path in STATIC_PAGES]
    sections = (
        ("/produits", Product, Product.is_active.is_(True)),
        ("/articles", Article, Article.status == PUBLISHED),
        ("/cas-cliniques", CaseStudy, CaseStudy.status == PUBLISHED),
    )
    for prefix, model, visible in sections:
        rows = db.session.execute(select(model.slug, model.updated_at).where(visible).order_by(model.id))
        entries.extend((f"{prefix}/{quote(slug)}", updated_at) for slug, updated_at in rows)
    return entries


def render_sitemap(base_url, entries):
    urlset = ElementTree.Element("urlset", xmlns=SITEMAP_NAMESPACE)
    for path, last_modified in entries:
        url = ElementTree.SubElement(urlset, "url")
        ElementTree.SubElement(url, "loc").text = base_url + path
        if last_modified is not None:
            ElementTree.SubElement(url, "lastmod").text = last_modified.strftime("%Y-%m-%dT%H:%M:%SZ")
    return ElementTree.tostring(urlset, encoding="utf-8", xml_declaration=True)


def robots_txt(base_url):
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {path}" for path in PRIVATE_PAGES]
    lines.append(f"Sitemap: {base_url}/sitemap.xml")
    return "\n".join(lines) + "\n"
