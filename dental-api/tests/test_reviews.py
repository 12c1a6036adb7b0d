"""Reviews: the public list, writing one, verified purchases, moderation and the product's rating."""
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from src.extensions import db
from src.models import Order, OrderItem, Product, ProductReview
from src.models.base import utcnow
from src.models.order import DELIVERED, PENDING
from src.services.reviews import mark_verified_purchases

from .conftest import auth_headers
from .factories import make_product, make_user


@pytest.fixture
def admin(login_as):
    return login_as("admin")


def make_review(product, user=None, rating=5, comment="Très bien", is_visible=True, **fields):
    review = ProductReview(product_id=product.id, user_id=(user or make_user()).id, rating=rating,
                           comment=comment, is_visible=is_visible, **fields)
    db.session.add(review)
    db.session.commit()
    return review


def make_order(user, product, status):
    order = Order(customer_name=user.full_name, user_id=user.id, status=status, total_price=product.price)
    order.items = [OrderItem(product_id=product.id, product_name=product.name, unit_price=product.price,
                             quantity=1, line_total=product.price)]
    db.session.add(order)
    db.session.commit()


def rating_of(product_id):
    db.session.expire_all()
    product = db.session.get(Product, product_id)
    return product.rating_average, product.rating_count


def review_count():
    return db.session.scalar(select(func.count(ProductReview.id)))


def test_public_list_shows_visible_reviews_newest_first(client):
    product = make_product(name="Lampe")
    now = utcnow()
    older = make_review(product, make_user(full_name="Dr Alaoui"), rating=4,
                        created_at=now - timedelta(days=2))
    newer = make_review(product, make_user(full_name="Dr Berrada"), rating=3, comment="Correct",
                        created_at=now - timedelta(days=1), verified_purchase=True)
    make_review(product, is_visible=False, comment="Spam")
    make_review(make_product(name="Autre"))
    body = client.get("/api/products/lampe/reviews").json
    assert (body["total"], body["per_page"]) == (2, 24)
    assert body["items"][0] == {"id": newer.id, "rating": 3, "comment": "Correct",
                                "author_name": "Dr Berrada", "verified_purchase": True,
                                "created_at": body["items"][0]["created_at"]}
    assert [item["id"] for item in body["items"]] == [newer.id, older.id]


@pytest.mark.parametrize("active", [True, False])
def test_reviews_of_unknown_or_inactive_product_are_404(client, login_as, active):
    make_product(name="Ancien", is_active=active)
    slug = "inconnu" if active else "ancien"
    assert client.get(f"/api/products/{slug}/reviews").status_code == 404
    response = client.post(f"/api/products/{slug}/reviews", json={"rating": 4}, headers=login_as("client"))
    assert response.status_code == 404
    assert review_count() == 0


def test_client_writes_a_review_and_the_rating_is_recomputed(client):
    product = make_product(name="Fauteuil")
    make_review(product, rating=2)
    user = make_user(full_name="Dr Chraibi")
    response = client.post("/api/products/fauteuil/reviews", json={"rating": 5, "comment": "  Parfait  "},
                           headers=auth_headers(user))
    assert response.status_code == 201, response.json
    assert response.json == {"id": response.json["id"], "rating": 5, "comment": "Parfait",
                             "author_name": "Dr Chraibi", "verified_purchase": False,
                             "created_at": response.json["created_at"]}
    assert rating_of(product.id) == (Decimal("3.50"), 2)
    listed = client.get("/api/products?sort=rating").json["items"][0]
    assert (listed["rating_average"], listed["rating_count"]) == (3.5, 2)


def test_rating_average_is_rounded_to_two_decimals(client):
    product = make_product(name="Fraise")
    make_review(product, rating=5)
    make_review(product, rating=4)
    response = client.post("/api/products/fraise/reviews", json={"rating": 4},
                           headers=auth_headers(make_user()))
    assert response.status_code == 201
    assert rating_of(product.id) == (Decimal("4.33"), 3)
    assert client.get("/api/products/fraise").json["rating_average"] == 4.33


def test_a_review_without_comment_and_by_an_admin(client, admin):
    product = make_product(name="Miroir")
    response = client.post("/api/products/miroir/reviews", json={"rating": 1}, headers=admin)
    assert (response.status_code, response.json["comment"]) == (201, "")
    assert rating_of(product.id) == (Decimal("1.00"), 1)


def test_verified_purchase_needs_a_delivered_order_with_the_product(client):
    product, other = make_product(name="Capteur"), make_product(name="Autre")
    buyer, waiting, elsewhere = make_user(), make_user(), make_user()
    make_order(buyer, product, DELIVERED)
    make_order(waiting, product, PENDING)
    make_order(elsewhere, other, DELIVERED)
    verdicts = [client.post("/api/products/capteur/reviews", json={"rating": 4}, headers=auth_headers(user))
                .json["verified_purchase"] for user in (buyer, waiting, elsewhere)]
    assert verdicts == [True, False, False]


def test_a_later_delivery_marks_existing_reviews_verified(client):
    product, other = make_product(name="Capteur"), make_product(name="Autre")
    user = make_user()
    early = make_review(product, user)
    unrelated = make_review(other, user)
    mark_verified_purchases(user.id, [product.id])
    db.session.commit()
    db.session.expire_all()
    assert (db.session.get(ProductReview, early.id).verified_purchase,
            db.session.get(ProductReview, unrelated.id).verified_purchase) == (True, False)


def test_second_review_by_the_same_user_is_409(client):
    product = make_product(name="Gants")
    user = make_user()
    first = client.post("/api/products/gants/reviews", json={"rating": 4}, headers=auth_headers(user))
    assert first.status_code == 201
    again = client.post("/api/products/gants/reviews", json={"rating": 1}, headers=auth_headers(user))
    assert again.status_code == 409
    assert again.json["message"]
    assert review_count() == 1
    assert rating_of(product.id) == (Decimal("4.00"), 1)


def test_anonymous_cannot_review(client):
    make_product(name="Gants")
    for body in ({"rating": 4}, {"rating": "mauvais"}):
        assert client.post("/api/products/gants/reviews", json=body).status_code == 401
    assert review_count() == 0


@pytest.mark.parametrize("body", [
    {}, {"rating": 0}, {"rating": 6}, {"rating": 4.5}, {"rating": "4"}, {"rating": True}, {"rating": None},
    {"rating": 4, "comment": "x" * 2001}, {"rating": 4, "comment": 12},
    {"rating": 4, "verified_purchase": True},
])
def test_bad_review_bodies_are_422(client, login_as, body):
    product = make_product(name="Gants")
    response = client.post("/api/products/gants/reviews", json=body, headers=login_as("client"))
    assert response.status_code == 422
    assert response.json["errors"]
    assert review_count() == 0
    assert rating_of(product.id) == (Decimal("0.00"), 0)


def test_malformed_and_non_json_review_bodies(client, login_as):
    make_product(name="Gants")
    headers = login_as("client")
    malformed = client.post("/api/products/gants/reviews", data='{"rating": 4', headers=headers,
                            content_type="application/json")
    assert malformed.status_code == 400
    plain = client.post("/api/products/gants/reviews", data="rating=4", headers=headers,
                        content_type="text/plain")
    assert plain.status_code == 415
    assert review_count() == 0


def test_admin_lists_every_review_with_filters(client, admin):
    lamp, chair = make_product(name="Lampe"), make_product(name="Fauteuil")
    author = make_user(full_name="Dr Alaoui", email="alaoui@example.com")
    hidden = make_review(lamp, author, is_visible=False)
    shown = make_review(chair, author, rating=3)
    body = client.get("/api/admin/reviews", headers=admin).json
    assert body["total"] == 2
    assert body["items"][0]["id"] == shown.id
    first = body["items"][1]
    assert first["product"] == {"id": lamp.id, "name": "Lampe", "slug": "lampe"}
    assert first["author"] == {"id": author.id, "full_name": "Dr Alaoui", "email": "alaoui@example.com"}
    assert (first["is_visible"], first["author_name"]) == (False, "Dr Alaoui")
    by_product = client.get(f"/api/admin/reviews?product_id={lamp.id}", headers=admin).json["items"]
    assert [item["id"] for item in by_product] == [hidden.id]
    visible = client.get("/api/admin/reviews?is_visible=true", headers=admin).json["items"]
    assert [item["id"] for item in visible] == [shown.id]
    assert client.get("/api/admin/reviews?is_visible=oui", headers=admin).status_code == 422
    assert client.get("/api/admin/reviews?product_id=x", headers=admin).status_code == 422


def test_hiding_a_review_removes_it_from_the_list_and_the_rating(client, admin):
    product = make_product(name="Lampe")
    make_review(product, rating=5)
    bad = make_review(product, rating=1)
    response = client.patch(f"/api/admin/reviews/{bad.id}", json={"is_visible": False}, headers=admin)
    assert response.status_code == 200
    assert (response.json["is_visible"], response.json["product"]["id"]) == (False, product.id)
    assert rating_of(product.id) == (Decimal("5.00"), 1)
    assert [item["rating"] for item in client.get("/api/products/lampe/reviews").json["items"]] == [5]
    shown = client.patch(f"/api/admin/reviews/{bad.id}", json={"is_visible": True}, headers=admin)
    assert shown.status_code == 200
    assert rating_of(product.id) == (Decimal("3.00"), 2)


def test_rating_keeps_the_product_version(client, admin):
    product = make_product(name="Lampe")
    review = make_review(product, rating=4)
    client.patch(f"/api/admin/reviews/{review.id}", json={"is_visible": False}, headers=admin)
    db.session.expire_all()
    assert db.session.get(Product, product.id).version == 1


@pytest.mark.parametrize("body", [
    {}, {"is_visible": "false"}, {"is_visible": 0}, {"is_visible": True, "x": 1},
])
def test_bad_moderation_bodies_are_422(client, admin, body):
    review = make_review(make_product())
    response = client.patch(f"/api/admin/reviews/{review.id}", json=body, headers=admin)
    assert response.status_code == 422
    db.session.expire_all()
    assert db.session.get(ProductReview, review.id).is_visible is True


def test_deleting_a_review_recomputes_the_rating(client, admin):
    product = make_product(name="Lampe")
    make_review(product, rating=4)
    gone = make_review(product, rating=2)
    assert client.delete(f"/api/admin/reviews/{gone.id}", headers=admin).status_code == 204
    assert rating_of(product.id) == (Decimal("4.00"), 1)
    assert review_count() == 1
    assert client.delete(f"/api/admin/reviews/{gone.id}", headers=admin).status_code == 404
    missing = client.patch(f"/api/admin/reviews/{gone.id}", json={"is_visible": True}, headers=admin)
    assert missing.status_code == 404
