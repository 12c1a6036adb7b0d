"""Admin products: list, create, read, partial update with If-Match, delete or deactivate."""
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from src.extensions import db
from src.models import Order, OrderItem, Product, ProductReview, StockMovement
from src.services.stock import change_stock

from .factories import make_category, make_product, make_user


@pytest.fixture
def admin(login_as):
    return login_as("admin", email="admin@dentaltech.test")


def new_product(category, **overrides):
    body = {"name": "Détartreur ultrasonique", "description": "Pièce à main LED", "price": 2490.5,
            "stock_quantity": 7, "category_id": category.id, "brand": "Woodpecker", "sku": "UDS-K",
            "images": ["/static/uploads/products/abc123.webp", "https://cdn.example.com/uds.jpg"],
            "low_stock_threshold": 3, "is_active": True}
    body.update(overrides)
    return body


def product_count():
    return db.session.scalar(select(func.count(Product.id)))


def movements(product_id):
    return db.session.execute(select(StockMovement.reason, StockMovement.delta, StockMovement.stock_after)
                              .where(StockMovement.product_id == product_id)
                              .order_by(StockMovement.id)).all()


def make_order_with(product):
    order = Order(customer_name="Dr Idrissi", total_price=Decimal("100.00"), reference="DT-000001")
    order.items = [OrderItem(product_id=product.id, product_name=product.name, unit_price=product.price,
                             quantity=1, line_total=product.price)]
    db.session.add(order)
    db.session.commit()
    return order


def test_admin_list_includes_inactive_products_and_filters_them(client, admin):
    make_product(name="Actif")
    make_product(name="Retiré", is_active=False)
    body = client.get("/api/admin/products?sort=name", headers=admin).json
    assert [(item["name"], item["is_active"], item["version"]) for item in body["items"]] == [
        ("Actif", True, 1), ("Retiré", False, 1)]
    assert "description" in body["items"][0]
    inactive = client.get("/api/admin/products?active=false", headers=admin).json["items"]
    assert [item["name"] for item in inactive] == ["Retiré"]
    searched = client.get("/api/admin/products?q=retire", headers=admin).json["items"]
    assert [item["name"] for item in searched] == ["Retiré"]


def test_create_product(client, admin):
    category = make_category("Détartrage")
    response = client.post("/api/admin/products", json=new_product(category), headers=admin)
    assert response.status_code == 201, response.json
    body = response.json
    assert response.headers["ETag"] == '"1"'
    assert body["slug"] == "detartreur-ultrasonique"
    assert (body["price"], body["stock_quantity"], body["version"], body["is_active"]) == (2490.5, 7, 1, True)
    assert body["category"] == {"id": category.id, "name": "Détartrage", "slug": "detartrage"}
    assert body["image_url"] == "/static/uploads/products/abc123.webp"
    assert movements(body["id"]) == [("initial", 7, 7)]
    movement = db.session.scalar(select(StockMovement))
    assert movement.actor == "admin@dentaltech.test"
    found = client.get("/api/products?q=detartreur ultra").json["items"]
    assert [item["id"] for item in found] == [body["id"]]


def test_create_minimal_product_and_unique_slug(client, admin):
    category = make_category()
    make_product(category, name="Miroir")
    body = {"name": "Miroir", "price": 12, "stock_quantity": 0, "category_id": category.id}
    response = client.post("/api/admin/products", json=body, headers=admin)
    assert response.status_code == 201, response.json
    body = response.json
    assert (body["slug"], body["images"], body["is_active"]) == ("miroir-2", [], True)
    assert (body["brand"], body["sku"], body["description"]) == (None, None, "")


@pytest.mark.parametrize("overrides", [
    {"name": None}, {"name": ""}, {"name": "x" * 161}, {"price": 0}, {"price": -5}, {"price": "12"},
    {"price": 1.234}, {"price": True}, {"stock_quantity": -1}, {"stock_quantity": 1.5},
    {"stock_quantity": "3"},
    {"category_id": "1"}, {"category_id": 0}, {"images": ["http://insecure.example.com/a.jpg"]},
    {"images": ["/static/uploads/../../etc/passwd"]}, {"images": ["javascript:alert(1)"]},
    {"images": ["/static/uploads/p/a.webp"] * 11}, {"images": "https://cdn.example.com/a.jpg"},
    {"is_active": "true"}, {"low_stock_threshold": -1}, {"sku": "x" * 65}, {"description": "x" * 20001},
    {"role": "admin"}, {"stock_quantity": 10**12}, {"category_id": 2**40},
])
def test_create_refuses_bad_bodies(client, admin, overrides):
    category = make_category()
    response = client.post("/api/admin/products", json=new_product(category, **overrides), headers=admin)
    assert response.status_code == 422, response.json
    assert set(response.json["errors"]) <= set(overrides) | {"_schema"}
    assert product_count() == 0


@pytest.mark.parametrize("missing", ["name", "price", "stock_quantity", "category_id"])
def test_create_requires_fields(client, admin, missing):
    body = new_product(make_category())
    del body[missing]
    response = client.post("/api/admin/products", json=body, headers=admin)
    assert response.status_code == 422
    assert list(response.json["errors"]) == [missing]
    assert product_count() == 0


def test_create_with_unknown_category_names_it(client, admin):
    response = client.post("/api/admin/products", json=new_product(make_category(), category_id=9999),
                           headers=admin)
    assert response.status_code == 422
    assert list(response.json["errors"]) == ["category_id"]
    assert "9999" in response.json["message"]
    assert product_count() == 0


def test_duplicate_sku_is_409(client, admin):
    category = make_category()
    make_product(category, sku="UDS-K")
    response = client.post("/api/admin/products", json=new_product(category), headers=admin)
    assert response.status_code == 409
    assert "UDS-K" in response.json["message"]
    assert product_count() == 1


def test_malformed_and_non_json_bodies(client, admin):
    make_category()
    malformed = client.post("/api/admin/products", data="{oops", content_type="application/json",
                            headers=admin)
    assert malformed.status_code == 400
    assert malformed.json["message"]
    not_json = client.post("/api/admin/products", data="name=x", headers=admin,
                           content_type="application/x-www-form-urlencoded")
    assert not_json.status_code == 415
    listed = client.post("/api/admin/products", json=[1, 2], headers=admin)
    assert listed.status_code == 422
    assert product_count() == 0


def test_read_one_product_with_its_etag(client, admin):
    product = make_product(is_active=False)
    response = client.get(f"/api/admin/products/{product.id}", headers=admin)
    assert response.status_code == 200
    assert response.headers["ETag"] == '"1"'
    assert (response.json["id"], response.json["is_active"]) == (product.id, False)
    assert client.get("/api/admin/products/9999", headers=admin).status_code == 404


def test_patch_is_partial_keeps_the_slug_and_refreshes_search(client, admin):
    product = make_product(name="Ancien nom", price="50.00", brand="Kerr")
    response = client.patch(f"/api/admin/products/{product.id}", json={"name": "Lampe Zéphyr", "brand": ""},
                            headers={**admin, "If-Match": '"1"'})
    assert response.status_code == 200, response.json
    body = response.json
    assert (body["name"], body["slug"], body["price"], body["brand"]) == (
        "Lampe Zéphyr", "ancien-nom", 50, None)
    assert body["version"] == 2
    assert response.headers["ETag"] == '"2"'
    assert [item["id"] for item in client.get("/api/products?q=zephyr").json["items"]] == [product.id]
    assert client.get("/api/products?q=kerr").json["items"] == []


def test_patch_with_a_stale_version_is_412_and_writes_nothing(client, admin):
    product = make_product(name="Lampe", price="50.00")
    change_stock(product.id, -2, "sale")
    db.session.commit()
    response = client.patch(f"/api/admin/products/{product.id}", json={"price": 60, "stock_quantity": 30},
                            headers={**admin, "If-Match": '"1"'})
    assert response.status_code == 412
    assert response.json["message"]
    db.session.expire_all()
    stored = db.session.get(Product, product.id)
    assert (stored.price, stored.stock_quantity, stored.version) == (Decimal("50.00"), 18, 2)
    assert movements(product.id) == [("sale", -2, 18)]


def test_patch_of_stock_is_recorded_as_an_edit_movement(client, admin):
    product = make_product(stock_quantity=20)
    response = client.patch(f"/api/admin/products/{product.id}", json={"stock_quantity": 5}, headers=admin)
    assert response.status_code == 200
    assert (response.json["stock_quantity"], response.json["low_stock"]) == (5, True)
    assert response.headers["ETag"] == f'"{response.json["version"]}"'
    assert movements(product.id) == [("edit", -15, 5)]
    unchanged = client.patch(f"/api/admin/products/{product.id}", json={"stock_quantity": 5}, headers=admin)
    assert unchanged.status_code == 200
    assert len(movements(product.id)) == 1


@pytest.mark.parametrize("body, status", [
    ({"slug": "autre"}, 422), ({"price": 0}, 422), ({"stock_quantity": -3}, 422), ({"name": ""}, 422),
    ({"category_id": 9999}, 422), ({"is_active": 1}, 422), ({"images": [1]}, 422), ({"sku": "PRIS"}, 409),
])
def test_patch_refuses_bad_changes(client, admin, body, status):
    make_product(sku="PRIS")
    product = make_product(name="Cible", price="50.00", stock_quantity=4)
    response = client.patch(f"/api/admin/products/{product.id}", json=body, headers=admin)
    assert response.status_code == status
    db.session.expire_all()
    stored = db.session.get(Product, product.id)
    assert (stored.name, stored.price, stored.stock_quantity, stored.version, stored.sku) == (
        "Cible", Decimal("50.00"), 4, 1, None)


def test_patch_unknown_product_is_404(client, admin):
    assert client.patch("/api/admin/products/9999", json={"price": 5}, headers=admin).status_code == 404


def test_delete_product_without_orders(client, admin):
    product = make_product()
    response = client.delete(f"/api/admin/products/{product.id}", headers=admin)
    assert response.status_code == 204
    assert response.data == b""
    assert product_count() == 0
    assert client.delete(f"/api/admin/products/{product.id}", headers=admin).status_code == 404


def test_delete_product_in_orders_deactivates_it(client, admin):
    product = make_product(name="Vendu")
    make_order_with(product)
    response = client.delete(f"/api/admin/products/{product.id}", headers=admin)
    assert response.status_code == 200
    assert (response.json["id"], response.json["is_active"]) == (product.id, False)
    assert product_count() == 1
    assert client.get("/api/products/vendu").status_code == 404


def test_deleting_a_product_removes_its_reviews_and_movements(client, admin):
    product = make_product()
    change_stock(product.id, 3, "adjustment")
    db.session.add(ProductReview(product_id=product.id, user_id=make_user().id, rating=4))
    db.session.commit()
    assert client.delete(f"/api/admin/products/{product.id}", headers=admin).status_code == 204
    assert db.session.scalar(select(func.count(ProductReview.id))) == 0
    assert movements(product.id) == []
