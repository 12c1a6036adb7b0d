"""Admin articles and case studies: drafts, slugs, publication dates, validation with the DB unchanged."""
import pytest
from sqlalchemy import event, func, select

from src.extensions import db
from src.models import Article, CaseStudy, Product, case_study_products

from .factories import make_category, make_product

ARTICLE = {"title": "Détartrage ultrasonique", "content": "## Les inserts\n\nBien les choisir.",
           "excerpt": "Choisir ses inserts.", "image_url": "/static/uploads/articles/abc123.webp",
           "status": "draft"}
CASE_STUDY = {"title": "Implant unitaire", "summary": "Remplacement d'une molaire.", "content": "## Avant",
              "cover_image_url": "https://images.example.com/cover.webp", "before_image_url": None,
              "after_image_url": "/static/uploads/case-studies/after.webp", "product_ids": [],
              "status": "draft"}
ADMIN_PATHS = [
    ("get", "/api/admin/articles"), ("post", "/api/admin/articles"),
    ("get", "/api/admin/articles/1"), ("patch", "/api/admin/articles/1"),
    ("delete", "/api/admin/articles/1"),
    ("get", "/api/admin/case-studies"), ("post", "/api/admin/case-studies"),
    ("get", "/api/admin/case-studies/1"), ("patch", "/api/admin/case-studies/1"),
    ("delete", "/api/admin/case-studies/1"),
]


@pytest.fixture
def admin(login_as):
    return login_as("admin", full_name="Dr Karim Alaoui")


def count(model):
    db.session.rollback()
    return db.session.scalar(select(func.count()).select_from(model))


def stored(model, item_id):
    db.session.rollback()
    return db.session.get(model, item_id, populate_existing=True)


def create(client, admin, path, body, **changes):
    response = client.post(path, json={**body, **changes}, headers=admin)
    assert response.status_code == 201, response.json
    return response.json


@pytest.mark.parametrize("method, path", ADMIN_PATHS)
def test_admin_content_routes_need_an_admin(client, login_as, method, path):
    anonymous = getattr(client, method)(path, json=ARTICLE)
    assert anonymous.status_code == 401
    assert "message" in anonymous.json
    refused = getattr(client, method)(path, json=ARTICLE, headers=login_as("client"))
    assert refused.status_code == 403
    assert count(Article) == 0


def test_create_article_as_draft(client, admin):
    body = create(client, admin, "/api/admin/articles", ARTICLE, title="  Détartrage ultrasonique  ")
    assert body["slug"] == "detartrage-ultrasonique"
    assert body["title"] == "Détartrage ultrasonique"
    assert body["status"] == "draft"
    assert body["published_at"] is None
    assert body["author_name"] == "Dr Karim Alaoui"
    assert body["content"] == ARTICLE["content"]
    article = stored(Article, body["id"])
    assert article.slug == "detartrage-ultrasonique"
    assert "inserts" in article.search_text
    assert client.get("/api/articles/detartrage-ultrasonique").status_code == 404


def test_article_published_at_is_set_once(client, admin):
    body = create(client, admin, "/api/admin/articles", ARTICLE)
    published = client.patch(f"/api/admin/articles/{body['id']}", json={"status": "published"}, headers=admin)
    assert published.status_code == 200
    first_date = published.json["published_at"]
    assert first_date.endswith("Z")
    assert client.get("/api/articles/detartrage-ultrasonique").status_code == 200
    hidden = client.patch(f"/api/admin/articles/{body['id']}", json={"status": "draft"}, headers=admin)
    assert hidden.json["published_at"] == first_date
    assert client.get("/api/articles/detartrage-ultrasonique").status_code == 404
    again = client.patch(f"/api/admin/articles/{body['id']}", json={"status": "published"}, headers=admin)
    assert again.json["published_at"] == first_date


def test_article_created_published_has_a_date(client, admin):
    body = create(client, admin, "/api/admin/articles", ARTICLE, status="published")
    assert body["published_at"] is not None
    assert client.get("/api/articles").json["total"] == 1


@pytest.mark.parametrize("title, slug", [
    ("Œil & Émail : l'essentiel", "oeil-email-l-essentiel"),
    ("  Prothèse   amovible!!  ", "prothese-amovible"),
    ("???", "sans-titre"),
])
def test_article_slug_is_folded_ascii(client, admin, title, slug):
    assert create(client, admin, "/api/admin/articles", ARTICLE, title=title)["slug"] == slug


def test_article_slugs_are_unique_and_stable(client, admin):
    first = create(client, admin, "/api/admin/articles", ARTICLE)
    second = create(client, admin, "/api/admin/articles", ARTICLE)
    third = create(client, admin, "/api/admin/articles", ARTICLE, title="DÉTARTRAGE Ultrasonique")
    assert [first["slug"], second["slug"], third["slug"]] == [
        "detartrage-ultrasonique", "detartrage-ultrasonique-2", "detartrage-ultrasonique-3"]
    renamed = client.patch(f"/api/admin/articles/{first['id']}", json={"title": "Nouveau titre"},
                           headers=admin)
    assert renamed.status_code == 200
    assert (renamed.json["title"], renamed.json["slug"]) == ("Nouveau titre", "detartrage-ultrasonique")
    assert create(client, admin, "/api/admin/articles", ARTICLE)["slug"] == "detartrage-ultrasonique-4"


def test_patch_updates_only_the_fields_sent(client, admin):
    body = create(client, admin, "/api/admin/articles", ARTICLE)
    response = client.patch(f"/api/admin/articles/{body['id']}",
                            json={"content": "Le Zéphyr", "image_url": None}, headers=admin)
    assert response.status_code == 200
    article = stored(Article, body["id"])
    assert (article.title, article.excerpt, article.image_url) == (ARTICLE["title"], ARTICLE["excerpt"], None)
    assert "zephyr" in article.search_text


@pytest.mark.parametrize("changes, field", [
    ({"title": None}, "title"),
    ({"title": "   "}, "title"),
    ({"title": "x" * 201}, "title"),
    ({"title": 12}, "title"),
    ({"content": ""}, "content"),
    ({"content": ["liste"]}, "content"),
    ({"excerpt": "x" * 501}, "excerpt"),
    ({"status": "archived"}, "status"),
    ({"status": True}, "status"),
    ({"image_url": "javascript:alert(1)"}, "image_url"),
    ({"image_url": "http://images.example.com/a.png"}, "image_url"),
    ({"image_url": "/static/uploads/../../etc/passwd"}, "image_url"),
    ({"image_url": "/static/uploads/articles/../../secret"}, "image_url"),
    ({"image_url": "https://example.com/" + "a" * 300}, "image_url"),
    ({"author_name": "Quelqu'un"}, "author_name"),
    ({"slug": "autre"}, "slug"),
    ({"published_at": "2020-01-01T00:00:00Z"}, "published_at"),
])
def test_bad_article_bodies_are_refused_and_nothing_changes(client, admin, changes, field):
    refused = client.post("/api/admin/articles", json={**ARTICLE, **changes}, headers=admin)
    assert refused.status_code == 422
    assert field in refused.json["errors"]
    assert count(Article) == 0
    body = create(client, admin, "/api/admin/articles", ARTICLE)
    patched = client.patch(f"/api/admin/articles/{body['id']}", json=changes, headers=admin)
    assert patched.status_code == 422
    assert field in patched.json["errors"]
    article = stored(Article, body["id"])
    assert (article.title, article.content, article.image_url, article.status) == (
        ARTICLE["title"], ARTICLE["content"], ARTICLE["image_url"], "draft")


@pytest.mark.parametrize("missing", ["title", "content", "status"])
def test_article_needs_its_required_fields(client, admin, missing):
    body = {key: value for key, value in ARTICLE.items() if key != missing}
    response = client.post("/api/admin/articles", json=body, headers=admin)
    assert response.status_code == 422
    assert list(response.json["errors"]) == [missing]
    assert count(Article) == 0


def test_malformed_or_non_json_bodies(client, admin):
    malformed = client.post("/api/admin/articles", data="{title:", content_type="application/json",
                            headers=admin)
    assert malformed.status_code == 400
    assert "message" in malformed.json
    text = client.post("/api/admin/articles", data="title=x", content_type="text/plain", headers=admin)
    assert text.status_code == 415
    assert count(Article) == 0


def test_unknown_ids_are_404(client, admin):
    for method in ("get", "patch", "delete"):
        response = getattr(client, method)("/api/admin/articles/999", json={"title": "x"}, headers=admin)
        assert response.status_code == 404
        assert response.json == {"message": "Article introuvable."}
        response = getattr(client, method)("/api/admin/case-studies/999", json={"title": "x"}, headers=admin)
        assert response.status_code == 404
        assert response.json == {"message": "Cas clinique introuvable."}


def test_delete_article(client, admin):
    body = create(client, admin, "/api/admin/articles", ARTICLE)
    response = client.delete(f"/api/admin/articles/{body['id']}", headers=admin)
    assert response.status_code == 204
    assert count(Article) == 0


def test_admin_article_list_includes_drafts_and_filters(client, admin):
    create(client, admin, "/api/admin/articles", ARTICLE)
    create(client, admin, "/api/admin/articles", ARTICLE, title="Blanchiment", content="Zéphyr",
           status="published")
    listed = client.get("/api/admin/articles", headers=admin).json
    assert [item["title"] for item in listed["items"]] == ["Blanchiment", "Détartrage ultrasonique"]
    assert {"status", "created_at", "updated_at"} <= set(listed["items"][0])
    drafts = client.get("/api/admin/articles?status=draft", headers=admin).json
    assert [item["title"] for item in drafts["items"]] == ["Détartrage ultrasonique"]
    found = client.get("/api/admin/articles?q=ZEPHYR", headers=admin).json
    assert [item["title"] for item in found["items"]] == ["Blanchiment"]
    bad = client.get("/api/admin/articles?status=archived", headers=admin)
    assert bad.status_code == 422
    assert "status" in bad.json["errors"]


def test_create_case_study_with_products(client, admin):
    category = make_category()
    active = make_product(category, name="Implant Zéphyr")
    inactive = make_product(category, name="Ancien implant", is_active=False)
    body = create(client, admin, "/api/admin/case-studies", CASE_STUDY,
                  product_ids=[inactive.id, active.id, active.id], status="published")
    assert body["slug"] == "implant-unitaire"
    assert body["product_ids"] == [active.id, inactive.id]
    assert [product["name"] for product in body["products"]] == ["Implant Zéphyr", "Ancien implant"]
    assert body["published_at"] is not None
    public = client.get("/api/case-studies/implant-unitaire").json
    assert [product["name"] for product in public["products"]] == ["Implant Zéphyr"]


@pytest.mark.parametrize("product_ids", [["1"], [1.5], [True], "1", [0], None, list(range(1, 52))])
def test_bad_product_ids_are_refused(client, admin, product_ids):
    make_product()
    response = client.post("/api/admin/case-studies", json={**CASE_STUDY, "product_ids": product_ids},
                           headers=admin)
    assert response.status_code == 422
    assert "product_ids" in response.json["errors"]
    assert count(CaseStudy) == 0


def test_unknown_products_are_refused_and_nothing_changes(client, admin):
    product = make_product()
    body = {**CASE_STUDY, "product_ids": [product.id, 998, 999]}
    response = client.post("/api/admin/case-studies", json=body, headers=admin)
    assert response.status_code == 422
    assert response.json["errors"] == {"product_ids": ["Produits inconnus : 998, 999."]}
    assert count(CaseStudy) == 0
    body = create(client, admin, "/api/admin/case-studies", CASE_STUDY, product_ids=[product.id])
    patched = client.patch(f"/api/admin/case-studies/{body['id']}",
                           json={"title": "Autre titre", "product_ids": [999]}, headers=admin)
    assert patched.status_code == 422
    assert stored(CaseStudy, body["id"]).title == CASE_STUDY["title"]
    links = db.session.execute(select(case_study_products.c.product_id)).scalars().all()
    assert links == [product.id]


def test_patch_case_study_replaces_products_and_keeps_the_slug(client, admin):
    first, second = make_product(), make_product()
    body = create(client, admin, "/api/admin/case-studies", CASE_STUDY, product_ids=[first.id])
    response = client.patch(f"/api/admin/case-studies/{body['id']}",
                            json={"title": "Implant immédiat", "product_ids": [second.id]}, headers=admin)
    assert response.status_code == 200
    assert (response.json["slug"], response.json["product_ids"]) == ("implant-unitaire", [second.id])
    kept = client.patch(f"/api/admin/case-studies/{body['id']}", json={"summary": "Nouveau"}, headers=admin)
    assert kept.json["product_ids"] == [second.id]
    assert client.get(f"/api/admin/case-studies/{body['id']}", headers=admin).json["summary"] == "Nouveau"


@pytest.mark.parametrize("missing", ["title", "summary", "content", "product_ids", "status"])
def test_case_study_needs_its_required_fields(client, admin, missing):
    body = {key: value for key, value in CASE_STUDY.items() if key != missing}
    response = client.post("/api/admin/case-studies", json=body, headers=admin)
    assert response.status_code == 422
    assert list(response.json["errors"]) == [missing]
    assert count(CaseStudy) == 0


@pytest.mark.parametrize("field", ["cover_image_url", "before_image_url", "after_image_url"])
def test_case_study_image_urls_are_checked(client, admin, field):
    response = client.post("/api/admin/case-studies", json={**CASE_STUDY, field: "data:text/html,x"},
                           headers=admin)
    assert response.status_code == 422
    assert field in response.json["errors"]
    assert count(CaseStudy) == 0


def test_delete_case_study_keeps_the_products(client, admin):
    product = make_product()
    body = create(client, admin, "/api/admin/case-studies", CASE_STUDY, product_ids=[product.id])
    assert client.delete(f"/api/admin/case-studies/{body['id']}", headers=admin).status_code == 204
    assert count(CaseStudy) == 0
    assert count(case_study_products) == 0
    assert count(Product) == 1


def test_admin_case_study_list_includes_drafts(client, admin):
    create(client, admin, "/api/admin/case-studies", CASE_STUDY)
    create(client, admin, "/api/admin/case-studies", CASE_STUDY, title="Facettes", status="published")
    listed = client.get("/api/admin/case-studies", headers=admin).json
    assert [(item["title"], item["status"]) for item in listed["items"]] == [
        ("Facettes", "published"), ("Implant unitaire", "draft")]
    published = client.get("/api/admin/case-studies?status=published&q=facette", headers=admin).json
    assert [item["title"] for item in published["items"]] == ["Facettes"]


def test_admin_lists_run_as_many_queries_for_5_as_for_100(client, admin):
    def queries(path):
        statements = []

        def record(_connection, _cursor, statement, *_args):
            statements.append(statement)

        client.get(path, headers=admin)  # the token's user and revocation check, cached for the test
        event.listen(db.engine, "before_cursor_execute", record)
        try:
            assert client.get(path, headers=admin).status_code == 200
        finally:
            event.remove(db.engine, "before_cursor_execute", record)
        return len(statements)

    def add(number):
        for n in range(number):
            db.session.add(Article(title=f"A{n}", slug=f"a{number}-{n}", status="draft"))
            db.session.add(CaseStudy(title=f"C{n}", slug=f"c{number}-{n}", status="draft"))
        db.session.commit()

    add(5)
    paths = ["/api/admin/articles?per_page=100", "/api/admin/case-studies?per_page=100"]
    few = [queries(path) for path in paths]
    add(95)
    assert [queries(path) for path in paths] == few
