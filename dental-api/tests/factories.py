"""Rows for tests, built through the models (passwords hashed with the test bcrypt cost)."""
from decimal import Decimal
from itertools import count

from src.extensions import db
from src.models import Category, Order, OrderItem, Product, User
from src.models.base import utcnow
from src.services.passwords import hash_password
from src.services.catalog import search_text_for
from src.services.text import slugify

PASSWORD = "Motdepasse-42"
_sequence = count(1)


def make_user(role="client", email=None, password=PASSWORD, full_name="Dr Amina Benali", **fields):
    user = User(email=email or f"user{next(_sequence)}@example.com", role=role, full_name=full_name,
                password_hash=hash_password(password), **fields)
    db.session.add(user)
    db.session.commit()
    return user


def make_category(name=None, **fields):
    name = name or f"Catégorie {next(_sequence)}"
    category = Category(name=name, slug=slugify(name), **fields)
    db.session.add(category)
    db.session.commit()
    return category


def make_product(category=None, name=None, price="100.00", stock_quantity=20, **fields):
    category = category or make_category()
    name = name or f"Produit {next(_sequence)}"
    fields.setdefault("brand", "Dentsply")
    fields.setdefault("description", f"Description de {name}")
    product = Product(name=name, slug=slugify(name), price=Decimal(price), stock_quantity=stock_quantity,
                      category_id=category.id, images=[], **fields)
    product.search_text = search_text_for(name, product.brand, product.sku, product.description)
    db.session.add(product)
    db.session.commit()
    return product


def make_order(*lines, status="En attente", user=None, created_at=None, **fields):
    """An order of (product, quantity) lines written directly: no stock taken, no checkout rules."""
    items = [OrderItem(product_id=product.id, product_name=product.name, unit_price=product.price,
                       quantity=quantity, line_total=product.price * quantity) for product, quantity in lines]
    fields.setdefault("customer_name", "Dr Karim Alaoui")
    order = Order(status=status, user_id=user.id if user else None, items=items,
                  total_price=sum((item.line_total for item in items), Decimal("0")),
                  created_at=created_at or utcnow(), **fields)
    db.session.add(order)
    db.session.flush()
    order.reference = f"DT-{order.id:06d}"
    db.session.commit()
    return order
