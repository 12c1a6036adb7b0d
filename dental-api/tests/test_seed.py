"""The demonstration seed: complete, consistent, idempotent, refused in production; and its large mode."""
import re
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from src.extensions import db
from src.models import (Article, CaseStudy, Category, Order, Product, ProductReview, StockMovement, User,
                        case_study_products)
from src.models.content import DRAFT, PUBLISHED
from src.models.order import CANCELLED, DELIVERED, PENDING, STATUSES
from src.services.passwords import check_password
from src.services.catalog import search_text_for
from src.services.text import search_words
from src.utils.seed import picture_jobs, seed
from src.utils.seed_images import ensure_images

from .factories import make_product


@pytest.fixture(scope="module")
def pictures(app):
    """The seed's pictures, drawn once for the module: each seed() then only checks they are on disk."""
    ensure_images(app.config["UPLOAD_FOLDER"], picture_jobs().values())


@pytest.fixture
def seeded(pictures):
    return seed()


def count(model):
    table = getattr(model, "__table__", model)
    return db.session.scalar(select(func.count()).select_from(table))


def row_counts():
    return {table.name: count(table) for table in db.metadata.sorted_tables}


def test_seed_creates_a_french_catalogue(seeded):
    products = db.session.scalars(select(Product)).all()
    assert count(Category) >= 8
    assert len(products) >= 40
    assert len({product.sku for product in products}) == len(products)
    assert any("é" in product.name for product in products)
    for product in products:
        assert product.brand and product.sku and product.price > 0 and product.images
        assert product.description.count(". ") >= 1 and len(product.description) > 80
        assert product.search_text == search_text_for(product.name, product.brand, product.sku,
                                                      product.description)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", product.slug)


def test_searching_the_seeded_shop_lists_the_products_named_so_first(client, seeded):
    """A word found in some products' names and only in others' descriptions: the named ones come first,
    in the seeded shop as in one filled through the back office (each from its own search text)."""
    products = db.session.scalars(select(Product)).all()
    names = [set(search_words(product.name)) for product in products]
    descriptions = [set(search_words(product.description)) for product in products]
    in_names = {word for name in names for word in name if len(word) > 4}
    words = sorted(word for word in in_names
                   if any(word in description and word not in name
                          for name, description in zip(names, descriptions)))
    assert len(words) >= 5
    for word in words:
        listed = client.get("/api/products", query_string={"q": word, "per_page": 100}).json["items"]
        named = [word in search_words(item["name"]) for item in listed]
        assert True in named and False in named, word
        assert named == sorted(named, reverse=True), (word, [item["name"] for item in listed])


def test_seed_creates_one_admin_and_one_client(app, seeded):
    admin = db.session.scalar(select(User).where(User.email == app.config["SEED_ADMIN_EMAIL"]))
    client = db.session.scalar(select(User).where(User.email == app.config["SEED_CLIENT_EMAIL"]))
    assert admin.role == "admin" and client.role == "client"
    assert check_password(app.config["SEED_ADMIN_PASSWORD"], admin.password_hash)
    assert check_password(app.config["SEED_CLIENT_PASSWORD"], client.password_hash)


def test_seed_puts_some_products_under_their_threshold(app, seeded):
    default = app.config["LOW_STOCK_THRESHOLD"]
    products = db.session.scalars(select(Product)).all()
    low = [product for product in products
           if product.stock_quantity < (product.low_stock_threshold or default)]
    assert 3 <= len(low) <= len(products) // 4
    assert 1 <= sum(product.stock_quantity == 0 for product in products) <= 2
    assert any(product.low_stock_threshold for product in low)


def test_seed_writes_articles_and_case_studies(seeded):
    articles = db.session.scalars(select(Article)).all()
    published = [article for article in articles if article.status == PUBLISHED]
    assert len(published) >= 5 and [article.status for article in articles].count(DRAFT) == 1
    for article in published:
        assert article.published_at and article.excerpt and article.image_url and article.author_name
        assert "\n## " in "\n" + article.content and re.search(r"^(- |1\. )", article.content, re.M)
    studies = db.session.scalars(select(CaseStudy).options(selectinload(CaseStudy.products))).all()
    assert len(studies) >= 3
    for study in studies:
        assert study.status == PUBLISHED and study.published_at and study.summary and "## " in study.content
        assert study.cover_image_url and study.before_image_url and study.after_image_url
        assert len(study.products) >= 3


def test_seed_places_orders_in_every_status(seeded):
    orders = db.session.scalars(select(Order).options(selectinload(Order.items),
                                                      selectinload(Order.status_history))).all()
    assert {order.status for order in orders} == set(STATUSES)
    for order in orders:
        assert re.fullmatch(r"DT-\d{6}", order.reference)
        assert order.items and order.total_price == sum(item.line_total for item in order.items)
        assert all(item.line_total == item.unit_price * item.quantity for item in order.items)
        history = [change.status for change in order.status_history]
        assert history[0] == PENDING and history[-1] == order.status
        assert order.reference in order.whatsapp_message and order.customer_name in order.whatsapp_message
        assert (order.expires_at is not None) == (order.status == PENDING)


def assert_movements_explain_stock():
    totals = dict(db.session.execute(select(StockMovement.product_id, func.sum(StockMovement.delta))
                                     .group_by(StockMovement.product_id)).all())
    for product_id, stock in db.session.execute(select(Product.id, Product.stock_quantity)):
        assert totals[product_id] == stock


def test_stock_movements_add_up_to_every_products_stock(seeded):
    assert_movements_explain_stock()
    sold = _movement_total("sale")
    assert sold < 0 and _movement_total("cancellation") > 0
    cancelled = select(Order.id).where(Order.status == CANCELLED)
    assert db.session.scalar(select(func.sum(StockMovement.delta))
                             .where(StockMovement.order_id.in_(cancelled))) == 0


def _movement_total(reason):
    return db.session.scalar(select(func.sum(StockMovement.delta)).where(StockMovement.reason == reason))


def test_client_reviews_are_verified_and_ratings_match(app, seeded):
    reviews = db.session.scalars(select(ProductReview)).all()
    assert len(reviews) >= 3 and all(review.verified_purchase for review in reviews)
    delivered = set(db.session.scalars(
        select(Order.id).where(Order.status == DELIVERED, Order.user_id == reviews[0].user_id)))
    assert delivered
    for product in db.session.scalars(select(Product)):
        ratings = [review.rating for review in reviews if review.product_id == product.id]
        assert product.rating_count == len(ratings)
        expected = Decimal(sum(ratings)) / len(ratings) if ratings else Decimal(0)
        assert product.rating_average == expected.quantize(Decimal("0.01"))


def test_every_picture_the_seed_refers_to_is_on_disk(app, seeded):
    urls = [url for images in db.session.scalars(select(Product.images)) for url in images]
    urls += db.session.scalars(select(Article.image_url)).all()
    for study in db.session.scalars(select(CaseStudy)):
        urls += [study.cover_image_url, study.before_image_url, study.after_image_url]
    assert len(urls) >= 40 + 5 + 9
    for url in urls:
        path = Path(app.config["UPLOAD_FOLDER"]) / url.removeprefix("/static/uploads/")
        with Image.open(path) as image:
            assert image.format == "WEBP"
            assert image.size == ((800, 800) if "/products/" in url else (1200, 630))
        assert path.with_name(path.stem + "-thumb.webp").exists()


def test_seed_draws_a_missing_picture_again(app, seeded):
    url = db.session.scalars(select(Article.image_url)).first()
    path = Path(app.config["UPLOAD_FOLDER"]) / url.removeprefix("/static/uploads/")
    path.unlink()
    seed()
    assert path.exists()


def test_seeding_twice_changes_no_row_count(seeded):
    before = row_counts()
    report = seed()
    assert row_counts() == before
    assert sum(report.created.values()) == 0
    assert before["products"] and before["orders"] and before[case_study_products.name]


def test_seed_keeps_what_an_admin_changed(seeded):
    product = db.session.scalar(select(Product).where(Product.sku == "3M-Z550-A2"))
    product.name = "Composite renommé"
    db.session.commit()
    before = row_counts()
    seed()
    assert db.session.get(Product, product.id).name == "Composite renommé"
    assert row_counts() == before


def test_flask_seed_prints_the_logins(app):
    result = app.test_cli_runner().invoke(args=["seed"])
    assert result.exit_code == 0, result.output
    for key in ("SEED_ADMIN_EMAIL", "SEED_ADMIN_PASSWORD", "SEED_CLIENT_EMAIL", "SEED_CLIENT_PASSWORD"):
        assert app.config[key] in result.output
    assert count(Product) >= 40
    again = app.test_cli_runner().invoke(args=["seed"])
    assert again.exit_code == 0 and "rien de nouveau" in again.output


def test_flask_seed_refuses_production_without_force(app, monkeypatch, pictures):
    monkeypatch.setitem(app.config, "ENV_NAME", "production")
    refused = app.test_cli_runner().invoke(args=["seed"])
    assert refused.exit_code == 1 and "flask create-admin" in refused.output
    assert row_counts() == dict.fromkeys(row_counts(), 0)
    forced = app.test_cli_runner().invoke(args=["seed", "--force"])
    assert forced.exit_code == 0, forced.output
    assert count(User) == 2


def test_large_mode_fills_up_to_the_numbers_asked(app, pictures):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["seed", "--products", "120", "--orders", "90"])
    assert result.exit_code == 0, result.output
    assert count(Product) == 120 and count(Order) == 90
    assert all(product.search_text == search_text_for(product.name, product.brand, product.sku,
                                                      product.description)
               for product in db.session.scalars(select(Product)))
    references = db.session.scalars(select(Order.reference)).all()
    assert len(set(references)) == 90 and all(re.fullmatch(r"DT-\d{6}", ref) for ref in references)
    assert_movements_explain_stock()
    before = row_counts()
    assert runner.invoke(args=["seed", "--products", "120", "--orders", "90"]).exit_code == 0
    assert row_counts() == before
    # Ids were given explicitly: the next ordinary insert must still get a fresh one.
    assert make_product(sku="NEW-1").id > 120


def test_large_mode_never_sells_under_the_threshold(app, pictures):
    seed()
    low_before = set(db.session.scalars(select(Product.id).where(Product.stock_quantity < 10)))
    last_order = db.session.scalar(select(func.max(Order.id)))
    assert app.test_cli_runner().invoke(args=["seed", "--orders", "60"]).exit_code == 0
    assert count(Order) == 60
    assert_movements_explain_stock()
    new_orders = select(Order.id).where(Order.id > last_order)
    sold = select(StockMovement.product_id).where(StockMovement.order_id.in_(new_orders))
    assert not set(db.session.scalars(sold)) & low_before
    assert db.session.scalar(select(func.min(Product.stock_quantity)).where(Product.id.in_(sold))) >= 10


@pytest.mark.parametrize("args", [["--products", "-1"], ["--orders", "beaucoup"], ["--produits", "3"]])
def test_flask_seed_rejects_bad_options(app, args):
    result = app.test_cli_runner().invoke(args=["seed", *args])
    assert result.exit_code == 2
    assert count(User) == 0
