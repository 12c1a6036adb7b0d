"""Admin stock adjustments and categories, and who may call the admin catalogue routes."""
import pytest
from sqlalchemy import func, select

from src.extensions import db
from src.models import Category, Product, StockMovement
from src.services.stock import change_stock

from .factories import make_category, make_product


@pytest.fixture
def admin(login_as):
    return login_as("admin", email="stock@dentaltech.test")


ADMIN_ROUTES = [
    ("get", "/api/admin/products"), ("post", "/api/admin/products"), ("get", "/api/admin/products/1"),
    ("patch", "/api/admin/products/1"), ("delete", "/api/admin/products/1"),
    ("get", "/api/admin/products/1/stock-adjustments"), ("post", "/api/admin/products/1/stock-adjustments"),
    ("get", "/api/admin/categories"), ("post", "/api/admin/categories"),
    ("patch", "/api/admin/categories/1"), ("delete", "/api/admin/categories/1"),
    ("get", "/api/admin/reviews"), ("patch", "/api/admin/reviews/1"), ("delete", "/api/admin/reviews/1"),
]


@pytest.mark.parametrize("method, path", ADMIN_ROUTES)
def test_admin_routes_refuse_anonymous_and_clients(client, login_as, method, path):
    make_product()
    anonymous = getattr(client, method)(path, json={})
    assert anonymous.status_code == 401
    assert anonymous.json["message"]
    as_client = getattr(client, method)(path, json={}, headers=login_as("client"))
    assert as_client.status_code == 403
    assert db.session.scalar(select(func.count(Product.id))) == 1


def stock_of(product_id):
    db.session.expire_all()
    return db.session.get(Product, product_id).stock_quantity


def test_stock_adjustment_adds_and_takes(client, admin):
    product = make_product(stock_quantity=5)
    response = client.post(f"/api/admin/products/{product.id}/stock-adjustments",
                           json={"delta": 10, "reason": "Réception fournisseur"}, headers=admin)
    assert response.status_code == 201, response.json
    body = response.json
    assert body["stock_quantity"] == 15
    adjustment = body["adjustment"]
    assert set(adjustment) == {"id", "delta", "stock_after", "reason", "note", "actor", "created_at",
                               "order_id"}
    assert (adjustment["delta"], adjustment["stock_after"], adjustment["reason"], adjustment["note"]) == (
        10, 15, "adjustment", "Réception fournisseur")
    assert (adjustment["actor"], adjustment["order_id"]) == ("stock@dentaltech.test", None)
    taken = client.post(f"/api/admin/products/{product.id}/stock-adjustments",
                        json={"delta": -15, "reason": "Casse"}, headers=admin)
    assert (taken.status_code, taken.json["stock_quantity"]) == (201, 0)
    assert stock_of(product.id) == 0


def test_stock_adjustment_never_goes_below_zero(client, admin):
    product = make_product(stock_quantity=3)
    response = client.post(f"/api/admin/products/{product.id}/stock-adjustments",
                           json={"delta": -4, "reason": "Inventaire"}, headers=admin)
    assert response.status_code == 409
    assert response.json["available"] == 3
    assert stock_of(product.id) == 3
    assert db.session.scalar(select(func.count(StockMovement.id))) == 0


@pytest.mark.parametrize("body", [
    {"delta": 0, "reason": "Rien"}, {"delta": 100_001, "reason": "Trop"},
    {"delta": -100_001, "reason": "Trop"}, {"delta": "5", "reason": "Texte"},
    {"delta": 1.5, "reason": "Décimal"}, {"delta": True, "reason": "Booléen"}, {"delta": 5},
    {"delta": 5, "reason": ""}, {"delta": 5, "reason": "   "}, {"delta": 5, "reason": "x" * 201},
    {"reason": "Sans delta"}, {"delta": 5, "reason": "Ok", "actor": "moi"},
])
def test_stock_adjustment_refuses_bad_bodies(client, admin, body):
    product = make_product(stock_quantity=3)
    response = client.post(f"/api/admin/products/{product.id}/stock-adjustments", json=body, headers=admin)
    assert response.status_code == 422
    assert response.json["errors"]
    assert stock_of(product.id) == 3


def test_stock_adjustment_of_unknown_product_is_404(client, admin):
    response = client.post("/api/admin/products/9999/stock-adjustments", json={"delta": 1, "reason": "x"},
                           headers=admin)
    assert response.status_code == 404
    assert client.get("/api/admin/products/9999/stock-adjustments", headers=admin).status_code == 404


def test_stock_movements_list_every_reason_newest_first(client, admin):
    category = make_category()
    created = client.post("/api/admin/products", headers=admin, json={
        "name": "Composite", "price": 80, "stock_quantity": 10, "category_id": category.id}).json
    change_stock(created["id"], -2, "sale", order_id=None)
    db.session.commit()
    client.patch(f"/api/admin/products/{created['id']}", json={"stock_quantity": 20}, headers=admin)
    client.post(f"/api/admin/products/{created['id']}/stock-adjustments",
                json={"delta": -1, "reason": "Casse"}, headers=admin)
    body = client.get(f"/api/admin/products/{created['id']}/stock-adjustments?per_page=3", headers=admin).json
    assert (body["total"], body["pages"]) == (4, 2)
    assert [(item["reason"], item["delta"], item["stock_after"]) for item in body["items"]] == [
        ("adjustment", -1, 19), ("edit", 12, 20), ("sale", -2, 8)]
    last = client.get(f"/api/admin/products/{created['id']}/stock-adjustments?page=2&per_page=3",
                      headers=admin).json["items"]
    assert [(item["reason"], item["actor"]) for item in last] == [("initial", "stock@dentaltech.test")]


def test_admin_categories_count_inactive_products(client, admin):
    implants = make_category("Implants", description="Systèmes implantaires")
    make_category("Hygiène")
    make_product(implants)
    make_product(implants, is_active=False)
    body = client.get("/api/admin/categories", headers=admin).json
    assert (body["total"], body["page"]) == (2, 1)
    counts = [(item["name"], item["product_count"]) for item in body["items"]]
    assert counts == [("Hygiène", 0), ("Implants", 2)]
    assert body["items"][1]["description"] == "Systèmes implantaires"


def test_create_rename_and_delete_a_category(client, admin):
    created = client.post("/api/admin/categories", json={"name": " Équipement de cabinet "}, headers=admin)
    assert created.status_code == 201, created.json
    assert (created.json["name"], created.json["slug"], created.json["product_count"]) == (
        "Équipement de cabinet", "equipement-de-cabinet", 0)
    category_id = created.json["id"]
    renamed = client.patch(f"/api/admin/categories/{category_id}", json={"name": "Mobilier",
                                                                         "description": "Fauteuils"},
                           headers=admin)
    assert renamed.status_code == 200
    assert (renamed.json["name"], renamed.json["slug"], renamed.json["description"]) == (
        "Mobilier", "equipement-de-cabinet", "Fauteuils")
    assert client.delete(f"/api/admin/categories/{category_id}", headers=admin).status_code == 204
    assert db.session.get(Category, category_id) is None
    assert client.delete(f"/api/admin/categories/{category_id}", headers=admin).status_code == 404


def test_duplicate_category_names_are_409(client, admin):
    make_category("Implants")
    other = make_category("Hygiène")
    assert client.post("/api/admin/categories", json={"name": "implants"}, headers=admin).status_code == 409
    renamed = client.patch(f"/api/admin/categories/{other.id}", json={"name": "IMPLANTS"}, headers=admin)
    assert renamed.status_code == 409
    assert db.session.scalar(select(func.count(Category.id))) == 2
    db.session.expire_all()
    assert db.session.get(Category, other.id).name == "Hygiène"


def test_category_holding_products_cannot_be_deleted(client, admin):
    category = make_category("Implants")
    make_product(category, is_active=False)
    response = client.delete(f"/api/admin/categories/{category.id}", headers=admin)
    assert response.status_code == 409
    assert response.json["message"]
    assert db.session.get(Category, category.id) is not None


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"name": "x" * 81}, {"name": 5},
                                  {"name": "A", "slug": "a"}, {"name": "A", "description": "x" * 2001}])
def test_create_category_refuses_bad_bodies(client, admin, body):
    response = client.post("/api/admin/categories", json=body, headers=admin)
    assert response.status_code == 422
    assert db.session.scalar(select(func.count(Category.id))) == 0
