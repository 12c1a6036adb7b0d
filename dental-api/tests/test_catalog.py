"""The public catalogue: categories, product list (filters, search, sort), one product."""
from datetime import timedelta

import pytest

from src.extensions import db
from src.models.base import utcnow

from .factories import make_category, make_product

SUMMARY_KEYS = {"id", "name", "slug", "price", "image_url", "category", "brand", "in_stock", "stock_quantity",
                "low_stock", "rating_average", "rating_count"}


def names(response):
    assert response.status_code == 200, response.json
    return [item["name"] for item in response.json["items"]]


def test_categories_are_a_plain_array_counting_active_products(client):
    implants = make_category("Implants")
    make_category("Hygiène")
    make_product(implants)
    make_product(implants, is_active=False)
    response = client.get("/api/categories")
    assert response.status_code == 200
    assert response.json == [
        {"id": response.json[0]["id"], "name": "Hygiène", "slug": "hygiene", "product_count": 0},
        {"id": implants.id, "name": "Implants", "slug": "implants", "product_count": 1},
    ]


def test_product_list_is_paginated_and_shows_active_products_only(client):
    category = make_category("Instruments")
    shown = make_product(category, name="Sonde parodontale", price="129.90", stock_quantity=3)
    shown.images = ["/static/uploads/products/a.webp", "/static/uploads/products/b.webp"]
    db.session.commit()
    make_product(category, name="Ancien modèle", is_active=False)
    body = client.get("/api/products").json
    assert (body["page"], body["per_page"], body["total"], body["pages"]) == (1, 24, 1, 1)
    item = body["items"][0]
    assert set(item) == SUMMARY_KEYS
    assert item == {
        "id": shown.id, "name": "Sonde parodontale", "slug": "sonde-parodontale", "price": 129.9,
        "image_url": "/static/uploads/products/a.webp",
        "category": {"id": category.id, "name": "Instruments", "slug": "instruments"},
        "brand": "Dentsply", "in_stock": True, "stock_quantity": 3, "low_stock": True,
        "rating_average": 0.0, "rating_count": 0,
    }


def test_pages_split_the_list(client):
    for number in range(5):
        make_product(name=f"Fraise {number}")
    body = client.get("/api/products?per_page=2&page=3&sort=name").json
    assert (body["total"], body["pages"], [item["name"] for item in body["items"]]) == (5, 3, ["Fraise 4"])


def test_filters_by_category_brand_price_and_stock(client):
    implants, hygiene = make_category("Implants"), make_category("Hygiène")
    make_product(implants, name="Implant court", price="900.00", brand="Straumann")
    make_product(implants, name="Implant long", price="1200.00", brand="Nobel", stock_quantity=0)
    make_product(hygiene, name="Brossette", price="15.50", brand="Curaprox")
    assert names(client.get("/api/products?category=implants&sort=name")) == ["Implant court", "Implant long"]
    assert names(client.get("/api/products?brand=straumann")) == ["Implant court"]
    assert names(client.get("/api/products?min_price=15.5&max_price=900&sort=price_asc")) == [
        "Brossette", "Implant court"]
    assert names(client.get("/api/products?in_stock=true&sort=name")) == ["Brossette", "Implant court"]
    assert names(client.get("/api/products?in_stock=false")) == ["Implant long"]
    assert names(client.get("/api/products?category=inconnue")) == []


@pytest.mark.parametrize("sort, expected", [
    ("newest", ["Cc", "Bb", "Aa"]),
    ("price_asc", ["Bb", "Cc", "Aa"]),
    ("price_desc", ["Aa", "Cc", "Bb"]),
    ("name", ["Aa", "Bb", "Cc"]),
    ("rating", ["Cc", "Aa", "Bb"]),
])
def test_sort_orders(client, sort, expected):
    now = utcnow()
    make_product(name="Aa", price="300.00", created_at=now - timedelta(days=3), rating_average=4,
                 rating_count=2)
    make_product(name="Bb", price="100.00", created_at=now - timedelta(days=2))
    make_product(name="Cc", price="200.00", created_at=now - timedelta(days=1), rating_average=5,
                 rating_count=1)
    assert names(client.get(f"/api/products?sort={sort}")) == expected


def test_name_order_ignores_case_and_accents(client):
    for name in ("zircone", "Élévateur", "alginate", "Détartreur"):
        make_product(name=name)
    assert names(client.get("/api/products?sort=name")) == ["alginate", "Détartreur", "Élévateur", "zircone"]


@pytest.mark.parametrize("query", ["detartreur ultra", "DÉTARTREUR", "ultrasonique detartreur", "ultra"])
def test_search_ignores_case_accents_and_word_order(client, query):
    make_product(name="Détartreur ultrasonique")
    make_product(name="Miroir buccal")
    assert names(client.get("/api/products", query_string={"q": query})) == ["Détartreur ultrasonique"]


def test_search_folds_accents_both_ways(client):
    make_product(name="Zéphyr")
    make_product(name="Coeur de lampe")
    assert names(client.get("/api/products?q=zephyr")) == ["Zéphyr"]
    assert names(client.get("/api/products?q=ZÉPHYR")) == ["Zéphyr"]
    assert names(client.get("/api/products", query_string={"q": "cœur"})) == ["Coeur de lampe"]


def test_search_needs_every_word_and_looks_at_brand_sku_and_description(client):
    make_product(name="Lampe", brand="Woodpecker", sku="LED-B200", description="Polymérisation rapide")
    make_product(name="Lampe frontale", brand="Kerr")
    assert names(client.get("/api/products?q=lampe woodpecker")) == ["Lampe"]
    assert names(client.get("/api/products?q=led-b200")) == ["Lampe"]
    assert names(client.get("/api/products?q=polymerisation lampe")) == ["Lampe"]
    assert names(client.get("/api/products?q=lampe absent")) == []


def test_search_treats_like_wildcards_as_text(client):
    make_product(name="Gants 100 pièces", description="Boîte de 100")
    make_product(name="Masques", description="Filtration 98")
    assert names(client.get("/api/products", query_string={"q": "100%"})) == ["Gants 100 pièces"]
    assert names(client.get("/api/products", query_string={"q": "_"})) == ["Masques", "Gants 100 pièces"]


def test_relevance_puts_name_matches_first_and_is_the_default_with_q(client):
    now = utcnow()
    make_product(name="Kit de polissage", description="Avec une fraise diamantée",
                 created_at=now - timedelta(days=1))
    make_product(name="Contre-angle pour fraise", created_at=now - timedelta(days=2))
    make_product(name="Fraise diamantée", created_at=now - timedelta(days=3))
    expected = ["Fraise diamantée", "Contre-angle pour fraise", "Kit de polissage"]
    assert names(client.get("/api/products?q=fraise")) == expected
    assert names(client.get("/api/products?q=fraise&sort=relevance")) == expected
    assert names(client.get("/api/products?q=fraise&sort=newest")) == [
        "Kit de polissage", "Contre-angle pour fraise", "Fraise diamantée"]


@pytest.mark.parametrize("query, field", [
    ("min_price=abc", "min_price"),
    ("max_price=-1", "max_price"),
    ("min_price=NaN", "min_price"),
    ("min_price=50&max_price=10", "min_price"),
    ("sort=foo", "sort"),
    ("sort=relevance", "sort"),
    ("per_page=0", "per_page"),
    ("per_page=101", "per_page"),
    ("page=0", "page"),
    ("page=deux", "page"),
    ("in_stock=peut-etre", "in_stock"),
    ("q=" + "x" * 101, "q"),
])
def test_bad_filter_values_are_422(client, query, field):
    make_product()
    response = client.get(f"/api/products?{query}")
    assert response.status_code == 422
    assert field in response.json["errors"]
    assert response.json["message"]


def test_product_detail(client):
    category = make_category("Radiologie")
    product = make_product(category, name="Capteur RVG", price="15000.00", stock_quantity=12, sku="RVG-6200",
                           low_stock_threshold=15)
    product.images = ["https://cdn.example.com/rvg.jpg"]
    db.session.commit()
    response = client.get("/api/products/capteur-rvg")
    assert response.status_code == 200
    body = response.json
    assert set(body) == SUMMARY_KEYS | {"description", "sku", "images", "low_stock_threshold", "created_at",
                                        "updated_at"}
    assert body["sku"] == "RVG-6200"
    assert body["images"] == ["https://cdn.example.com/rvg.jpg"]
    assert body["image_url"] == "https://cdn.example.com/rvg.jpg"
    assert (body["low_stock_threshold"], body["low_stock"]) == (15, True)
    assert body["price"] == 15000
    assert body["created_at"].endswith("Z")


def test_low_stock_uses_the_global_threshold_when_the_product_has_none(client, app):
    make_product(name="Dix", stock_quantity=10)
    make_product(name="Neuf", stock_quantity=9)
    make_product(name="Vide", stock_quantity=0)
    items = {item["name"]: item for item in client.get("/api/products").json["items"]}
    assert app.config["LOW_STOCK_THRESHOLD"] == 10
    assert (items["Dix"]["low_stock"], items["Neuf"]["low_stock"], items["Vide"]["low_stock"]) == (
        False, True, True)
    assert (items["Vide"]["in_stock"], items["Vide"]["image_url"]) == (False, None)


@pytest.mark.parametrize("slug", ["ancien", "inconnu"])
def test_inactive_or_unknown_product_is_404(client, slug):
    make_product(name="Ancien", is_active=False)
    response = client.get(f"/api/products/{slug}")
    assert response.status_code == 404
    assert response.json == {"message": "Produit introuvable."}


def test_products_are_ordered_by_id_when_prices_tie(client):
    first = make_product(name="Un", price="10.00")
    second = make_product(name="Deux", price="10.00")
    ids = [item["id"] for item in client.get("/api/products?sort=price_asc").json["items"]]
    assert ids == [first.id, second.id]
