"""Public articles and case studies: published only, newest first, folded search, products shown."""
from datetime import timedelta

import pytest
from sqlalchemy import event

from src.extensions import db
from src.models import Article, CaseStudy, case_study_products
from src.models.base import utcnow
from src.services.text import slugify

from .factories import make_category, make_product

ARTICLE_SUMMARY_KEYS = {"id", "title", "slug", "excerpt", "image_url", "author_name", "published_at"}
CASE_STUDY_SUMMARY_KEYS = {"id", "title", "slug", "summary", "cover_image_url", "published_at"}
PRODUCT_SUMMARY_KEYS = {"id", "name", "slug", "price", "image_url", "category", "brand", "in_stock",
                        "stock_quantity", "low_stock", "rating_average", "rating_count"}


def make_article(title, status="published", content="Un texte.", days_ago=0, excerpt="Résumé"):
    article = Article(title=title, slug=slugify(title), content=content, excerpt=excerpt, status=status,
                      author_name="Dr Amina Benali",
                      published_at=utcnow() - timedelta(days=days_ago) if status == "published" else None)
    db.session.add(article)
    db.session.commit()
    return article


def make_case_study(title, status="published", products=(), days_ago=0):
    published_at = utcnow() - timedelta(days=days_ago) if status == "published" else None
    case_study = CaseStudy(title=title, slug=slugify(title), summary="Résumé du cas", content="## Cas",
                           status=status, products=list(products),
                           before_image_url="/static/uploads/case-studies/avant.webp",
                           published_at=published_at)
    db.session.add(case_study)
    db.session.commit()
    return case_study


@pytest.fixture
def count_queries():
    """count_queries(callable) -> how many SQL statements the call ran."""
    def count(call):
        statements = []

        def record(_connection, _cursor, statement, *_args):
            statements.append(statement)

        event.listen(db.engine, "before_cursor_execute", record)
        try:
            call()
        finally:
            event.remove(db.engine, "before_cursor_execute", record)
        return len(statements)
    return count


def test_articles_list_shows_published_ones_newest_first(client):
    make_article("Ancien article", days_ago=10)
    make_article("Brouillon secret", status="draft")
    make_article("Article récent", days_ago=1)
    response = client.get("/api/articles")
    assert response.status_code == 200
    body = response.json
    assert [item["title"] for item in body["items"]] == ["Article récent", "Ancien article"]
    assert {key: body[key] for key in ("page", "per_page", "total", "pages")} == {
        "page": 1, "per_page": 24, "total": 2, "pages": 1}
    item = body["items"][0]
    assert set(item) == ARTICLE_SUMMARY_KEYS
    assert item["slug"] == "article-recent"
    assert item["author_name"] == "Dr Amina Benali"
    assert item["published_at"].endswith("Z")


def test_articles_list_is_paginated(client):
    for number in range(5):
        make_article(f"Article {number}", days_ago=number)
    body = client.get("/api/articles?page=2&per_page=2").json
    assert [item["title"] for item in body["items"]] == ["Article 2", "Article 3"]
    assert (body["total"], body["pages"]) == (5, 3)


@pytest.mark.parametrize("query", ["per_page=0", "per_page=101", "page=0", "page=abc", "q=" + "x" * 101])
def test_articles_list_refuses_bad_parameters(client, query):
    response = client.get(f"/api/articles?{query}")
    assert response.status_code == 422
    assert response.json["message"]
    assert response.json["errors"]


@pytest.mark.parametrize("query, expected", [
    ("detartrage", ["Détartrage ultrasonique"]),
    ("DÉTARTRAGE Ultra", ["Détartrage ultrasonique"]),
    ("zephyr", ["Blanchiment"]),
    ("ultra blanchiment", []),
    ("trage", ["Détartrage ultrasonique"]),
    ("secret", []),
    ("  ...  ", ["Blanchiment", "Détartrage ultrasonique"]),
])
def test_articles_search_is_case_and_accent_insensitive(client, query, expected):
    make_article("Détartrage ultrasonique", content="Les inserts du détartreur.", days_ago=2)
    make_article("Blanchiment", content="La lampe Zéphyr en cabinet.", days_ago=1)
    make_article("Brouillon", status="draft", content="Un secret")
    body = client.get("/api/articles", query_string={"q": query}).json
    assert [item["title"] for item in body["items"]] == expected


def test_search_follows_edits_made_outside_the_api(client):
    article = make_article("Hygiène", content="Ancien texte")
    article.content = "Le nouveau Zéphyr"
    db.session.commit()
    assert [item["title"] for item in client.get("/api/articles?q=zephyr").json["items"]] == ["Hygiène"]
    assert client.get("/api/articles?q=ancien").json["items"] == []


def test_article_page_gives_the_content(client):
    article = make_article("Hygiène au cabinet", content="# Titre\n\nDu **Markdown**.")
    response = client.get(f"/api/articles/{article.slug}")
    assert response.status_code == 200
    assert set(response.json) == ARTICLE_SUMMARY_KEYS | {"content"}
    assert response.json["content"] == "# Titre\n\nDu **Markdown**."


@pytest.mark.parametrize("slug", ["brouillon", "inconnu"])
def test_draft_or_unknown_article_is_404(client, slug):
    make_article("Brouillon", status="draft")
    response = client.get(f"/api/articles/{slug}")
    assert response.status_code == 404
    assert response.json == {"message": "Article introuvable."}


def test_case_studies_list_shows_published_ones_newest_first(client):
    make_case_study("Implant unitaire", days_ago=5)
    make_case_study("Cas en préparation", status="draft")
    make_case_study("Facettes céramiques", days_ago=1)
    body = client.get("/api/case-studies").json
    assert [item["title"] for item in body["items"]] == ["Facettes céramiques", "Implant unitaire"]
    assert body["total"] == 2
    assert set(body["items"][0]) == CASE_STUDY_SUMMARY_KEYS


def test_case_study_page_lists_its_active_products(client, app):
    category = make_category("Implantologie")
    low = make_product(category, name="Implant Zéphyr", stock_quantity=3)
    low.images = ["/static/uploads/p/a.webp"]
    custom = make_product(category, name="Moteur chirurgical", stock_quantity=15, low_stock_threshold=20)
    empty = make_product(category, name="Kit vide", stock_quantity=0)
    hidden = make_product(category, name="Ancien modèle", is_active=False)
    case_study = make_case_study("Implant unitaire", products=[low, custom, empty, hidden])
    response = client.get(f"/api/case-studies/{case_study.slug}")
    assert response.status_code == 200
    body = response.json
    detail_keys = {"content", "before_image_url", "after_image_url", "products"}
    assert set(body) == CASE_STUDY_SUMMARY_KEYS | detail_keys
    assert body["before_image_url"] == "/static/uploads/case-studies/avant.webp"
    assert body["after_image_url"] is None
    products = {product["name"]: product for product in body["products"]}
    assert list(products) == ["Implant Zéphyr", "Moteur chirurgical", "Kit vide"]
    assert set(products["Implant Zéphyr"]) == PRODUCT_SUMMARY_KEYS
    assert products["Implant Zéphyr"]["category"] == {"id": category.id, "name": "Implantologie",
                                                      "slug": "implantologie"}
    assert products["Implant Zéphyr"]["image_url"] == "/static/uploads/p/a.webp"
    assert products["Implant Zéphyr"]["price"] == 100
    assert [(p["in_stock"], p["low_stock"]) for p in products.values()] == [
        (True, True), (True, True), (False, True)]
    assert products["Moteur chirurgical"]["image_url"] is None


def test_low_stock_follows_the_global_threshold(client, app, monkeypatch):
    product = make_product(stock_quantity=8)
    case_study = make_case_study("Cas", products=[product])
    monkeypatch.setitem(app.config, "LOW_STOCK_THRESHOLD", 5)
    assert client.get(f"/api/case-studies/{case_study.slug}").json["products"][0]["low_stock"] is False


@pytest.mark.parametrize("slug", ["cas-en-preparation", "inconnu"])
def test_draft_or_unknown_case_study_is_404(client, slug):
    make_case_study("Cas en préparation", status="draft")
    response = client.get(f"/api/case-studies/{slug}")
    assert response.status_code == 404
    assert response.json == {"message": "Cas clinique introuvable."}


def test_article_list_runs_as_many_queries_for_5_as_for_100(client, count_queries):
    for number in range(5):
        make_article(f"Article {number}")
    few = count_queries(lambda: client.get("/api/articles?per_page=100&q=article"))
    for number in range(5, 100):
        make_article(f"Article {number}")
    many = count_queries(lambda: client.get("/api/articles?per_page=100&q=article"))
    assert few == many


def test_case_study_lists_and_pages_run_a_fixed_number_of_queries(client, count_queries):
    category = make_category()
    products = [make_product(category) for _ in range(2)]
    case_study = make_case_study("Cas principal", products=products)
    for number in range(4):
        make_case_study(f"Cas {number}")
    few = count_queries(lambda: client.get("/api/case-studies?per_page=100"))
    page_few = count_queries(lambda: client.get(f"/api/case-studies/{case_study.slug}"))
    other = make_category()
    more = [make_product(other if number % 2 else category) for number in range(10)]
    db.session.execute(case_study_products.insert(),
                       [{"case_study_id": case_study.id, "product_id": product.id} for product in more])
    db.session.commit()
    for number in range(4, 99):
        make_case_study(f"Cas {number}")
    assert count_queries(lambda: client.get("/api/case-studies?per_page=100")) == few
    page_many = count_queries(lambda: client.get(f"/api/case-studies/{case_study.slug}"))
    assert page_many == page_few
    assert len(client.get(f"/api/case-studies/{case_study.slug}").json["products"]) == 12
