"""Development and demo data: `seed()` creates whatever is missing, so a second run creates nothing.

Rows are looked up by email, slug, SKU and reference. For development and demos only: a production
database gets its admin from `flask create-admin`, never from the seed's default password.
"""
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from flask import current_app
from sqlalchemy import select, update

from ..extensions import db
from ..models import Article, CaseStudy, Category, Product, StockMovement, User
from ..models.base import utcnow
from ..models.content import DRAFT, PUBLISHED
from ..models.user import ROLE_ADMIN, ROLE_CLIENT
from ..services.catalog import search_text_for
from ..services.passwords import hash_password
from ..services.slugs import unique_slug
from ..services.stock import record_initial_stock
from ..services.text import slugify
from .seed_catalog import CATEGORIES
from .seed_content import ARTICLES, CASE_STUDIES
from .seed_images import BANNER_SIZE, PRODUCT_SIZE, ImageJob, ensure_images, initials_of
from .seed_orders import seed_orders, seed_reviews

ADMIN = {"full_name": "Administrateur DentalTech", "phone": None}
CLIENT = {"full_name": "Dr Amina Benali", "phone": "+212 661 23 45 67"}


@dataclass
class SeedReport:
    admin_email: str
    client_email: str
    created: Counter = field(default_factory=Counter)


def seed():
    """Create the demonstration data that is missing; answer what was created and the seeded logins."""
    config = current_app.config
    report = SeedReport(config["SEED_ADMIN_EMAIL"].strip().lower(),
                        config["SEED_CLIENT_EMAIL"].strip().lower())
    created = report.created
    admin = _ensure_user(report.admin_email, config["SEED_ADMIN_PASSWORD"], ROLE_ADMIN, ADMIN, created)
    client = _ensure_user(report.client_email, config["SEED_CLIENT_PASSWORD"], ROLE_CLIENT, CLIENT, created)
    pictures = picture_jobs()
    ensure_images(config["UPLOAD_FOLDER"], pictures.values())
    categories = _ensure_categories(created)
    products = _ensure_products(categories, pictures, admin, created)
    _ensure_articles(admin, pictures, created)
    _ensure_case_studies(products, pictures, created)
    db.session.commit()
    created["orders"] = seed_orders(admin, client, products)
    created["reviews"] = seed_reviews(client, products)
    db.session.commit()
    return report


def picture_jobs():
    """Every seed picture, keyed by (kind, name): products, articles, case studies' cover/before/after."""
    jobs = [ImageJob("products", slugify(item["name"]), item["subject"], PRODUCT_SIZE,
                     initials_of(item["brand"])) for category in CATEGORIES for item in category["products"]]
    jobs += [ImageJob("articles", slugify(item["title"]), item["subject"], BANNER_SIZE) for item in ARTICLES]
    for item in CASE_STUDIES:
        slug = slugify(item["title"])
        jobs += [ImageJob("case-studies", slug, item["subject"], BANNER_SIZE),
                 ImageJob("case-studies", f"{slug}-avant", "tooth-before", BANNER_SIZE),
                 ImageJob("case-studies", f"{slug}-apres", "tooth-after", BANNER_SIZE)]
    return {(job.kind, job.name): job for job in jobs}


def _ensure_user(email, password, role, fields, created):
    user = db.session.scalar(select(User).where(User.email == email))
    if user is None:
        user = User(email=email, password_hash=hash_password(password), role=role, **fields)
        db.session.add(user)
        db.session.flush()
        created["users"] += 1
    return user


def _ensure_categories(created):
    categories = {}
    for item in CATEGORIES:
        slug = slugify(item["name"])
        category = db.session.scalar(
            select(Category).where((Category.slug == slug) | (Category.name == item["name"])))
        if category is None:
            category = Category(name=item["name"], slug=slug, description=item["description"])
            db.session.add(category)
            created["categories"] += 1
        categories[item["name"]] = category
    db.session.flush()
    return categories


def _ensure_products(categories, pictures, admin, created):
    """The catalogue's products by SKU; new ones get their opening stock recorded as a movement."""
    items = [(category, item) for category in CATEGORIES for item in category["products"]]
    skus = [item["sku"] for _, item in items]
    existing = set(db.session.scalars(select(Product.sku).where(Product.sku.in_(skus))))
    now = utcnow()
    new = []
    # The catalogue's names are distinct: their slugs can be chosen before one flush for all.
    with db.session.no_autoflush:
        for position, (category, item) in enumerate(items):
            if item["sku"] not in existing:
                image = pictures[("products", slugify(item["name"]))].url
                product = _new_product(item, categories[category["name"]].id, image)
                product.created_at = product.updated_at = now - timedelta(days=120, minutes=-position * 97)
                new.append(product)
    db.session.add_all(new)
    db.session.flush()
    for product in new:
        record_initial_stock(product, actor=admin.email, user_id=admin.id)
    created["products"] += len(new)
    _date_opening_stock([product.id for product in new])
    return {product.sku: product
            for product in db.session.scalars(select(Product).where(Product.sku.in_(skus)))}


def _new_product(item, category_id, image):
    return Product(name=item["name"], slug=unique_slug(Product, item["name"]),
                   description=item["description"], price=Decimal(item["price"]),
                   stock_quantity=item["stock"], category_id=category_id,
                   low_stock_threshold=item["low_stock_threshold"], brand=item["brand"], sku=item["sku"],
                   images=[image], is_active=True,
                   search_text=search_text_for(item["name"], item["brand"], item["sku"], item["description"]))


def _date_opening_stock(product_ids):
    """Opening stock dated with its product, so that the movement history reads in order."""
    if product_ids:
        opened_at = select(Product.created_at).where(Product.id == StockMovement.product_id).scalar_subquery()
        db.session.execute(
            update(StockMovement)
            .where(StockMovement.product_id.in_(product_ids), StockMovement.reason == "initial")
            .values(created_at=opened_at)
            .execution_options(synchronize_session=False))


def _ensure_articles(admin, pictures, created):
    for item in ARTICLES:
        slug = slugify(item["title"])
        if db.session.scalar(select(Article.id).where(Article.slug == slug)) is not None:
            continue
        published_at = _published_at(item["days_ago"])
        db.session.add(Article(
            title=item["title"], slug=unique_slug(Article, item["title"]), excerpt=item["excerpt"],
            content=item["content"], image_url=pictures[("articles", slug)].url, author_id=admin.id,
            author_name=item["author"], status=PUBLISHED if published_at else DRAFT,
            published_at=published_at, created_at=published_at or utcnow()))
        db.session.flush()
        created["articles"] += 1


def _ensure_case_studies(products, pictures, created):
    for item in CASE_STUDIES:
        slug = slugify(item["title"])
        if db.session.scalar(select(CaseStudy.id).where(CaseStudy.slug == slug)) is not None:
            continue
        published_at = _published_at(item["days_ago"])
        db.session.add(CaseStudy(
            title=item["title"], slug=unique_slug(CaseStudy, item["title"]), summary=item["summary"],
            content=item["content"], cover_image_url=pictures[("case-studies", slug)].url,
            before_image_url=pictures[("case-studies", f"{slug}-avant")].url,
            after_image_url=pictures[("case-studies", f"{slug}-apres")].url,
            status=PUBLISHED, published_at=published_at, created_at=published_at,
            products=[products[sku] for sku in item["products"] if sku in products]))
        db.session.flush()
        created["case_studies"] += 1


def _published_at(days_ago):
    return None if days_ago is None else utcnow() - timedelta(days=days_ago)
