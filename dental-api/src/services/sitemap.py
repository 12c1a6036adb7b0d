"""sitemap.xml and robots.txt: the public pages, active products, published articles and case studies.

The sitemaps protocol allows 50,000 URLs in one file: past that, /sitemap.xml is a sitemap index
of /sitemap-1.xml, /sitemap-2.xml, … each holding the next 50,000.
"""
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


def split_entries(entries, per_file):
    """The entries in files of per_file at most: [entries] when they fit in one."""
    return [entries[start:start + per_file] for start in range(0, len(entries), per_file)] or [[]]


def render_sitemap(base_url, entries):
    urlset = ElementTree.Element("urlset", xmlns=SITEMAP_NAMESPACE)
    for path, last_modified in entries:
        _located(ElementTree.SubElement(urlset, "url"), base_url + path, last_modified)
    return ElementTree.tostring(urlset, encoding="utf-8", xml_declaration=True)


def render_sitemap_index(base_url, parts):
    """The index of parts (lists of entries), the n-th at /sitemap-<n>.xml, dated by its newest entry."""
    index = ElementTree.Element("sitemapindex", xmlns=SITEMAP_NAMESPACE)
    for number, part in enumerate(parts, start=1):
        dates = [last_modified for _, last_modified in part if last_modified is not None]
        _located(ElementTree.SubElement(index, "sitemap"), f"{base_url}/sitemap-{number}.xml",
                 max(dates, default=None))
    return ElementTree.tostring(index, encoding="utf-8", xml_declaration=True)


def _located(element, location, last_modified):
    ElementTree.SubElement(element, "loc").text = location
    if last_modified is not None:
        ElementTree.SubElement(element, "lastmod").text = last_modified.strftime("%Y-%m-%dT%H:%M:%SZ")


def robots_txt(base_url):
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {path}" for path in PRIVATE_PAGES]
    lines.append(f"Sitemap: {base_url}/sitemap.xml")
    return "\n".join(lines) + "\n"
