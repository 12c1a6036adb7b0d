"""Catalogue writes: products (slug, search text, version, stock movements) and categories."""
from sqlalchemy import delete, exists, func, select

from ..extensions import db
from ..models import Category, OrderItem, Product, StockMovement
from .catalog import get_category, get_product, search_text_for
from .slugs import unique_slug
from .stock import change_stock, record_initial_stock


class CatalogConflict(Exception):
    """The write clashes with existing data (a duplicate, a category still in use)."""


class UnknownReference(Exception):
    """A field names a row that does not exist."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field


def lock_product(product_id):
    """The product, its row locked until commit (PostgreSQL) so a sale cannot slip in between."""
    return db.session.scalar(select(Product).where(Product.id == product_id).with_for_update())


def create_product(data, user):
    """A new product, its slug made from its name, its opening stock recorded."""
    _check_category(data["category_id"])
    _check_sku_free(data.get("sku"))
    product = Product(slug=unique_slug(Product, data["name"]), **data)
    _refresh_search_text(product)
    db.session.add(product)
    db.session.flush()
    record_initial_stock(product, actor=user.email, user_id=user.id)
    db.session.commit()
    return get_product(product_id=product.id, include_inactive=True)


def update_product(product, changes, user):
    """Apply a partial update; a new stock_quantity is recorded as an 'edit' stock movement."""
    if "category_id" in changes:
        _check_category(changes["category_id"])
    if changes.get("sku") and changes["sku"] != product.sku:
        _check_sku_free(changes["sku"])
    new_stock = changes.pop("stock_quantity", None)
    if changes:
        for field, value in changes.items():
            setattr(product, field, value)
        _refresh_search_text(product)
        product.version += 1
        db.session.flush()
    if new_stock is not None and new_stock != product.stock_quantity:
        change_stock(product.id, new_stock - product.stock_quantity, "edit",
                     actor=user.email, user_id=user.id)
    db.session.commit()
    return get_product(product_id=product.id, include_inactive=True)


def delete_product(product):
    """Delete a product, or deactivate it when orders refer to it; True when it was deleted."""
    if db.session.scalar(select(exists().where(OrderItem.product_id == product.id))):
        product.is_active = False
        product.version += 1
        db.session.commit()
        return False
    db.session.execute(delete(Product).where(Product.id == product.id))
    db.session.commit()
    return True


def adjust_stock(product_id, delta, reason, user):
    """A manual stock correction; raises StockShortage (nothing written) below zero."""
    movement = change_stock(product_id, delta, "adjustment", actor=user.email, user_id=user.id, note=reason)
    db.session.commit()
    return movement


def stock_movements_query(product_id):
    return (select(StockMovement).where(StockMovement.product_id == product_id)
            .order_by(StockMovement.created_at.desc(), StockMovement.id.desc()))


def _refresh_search_text(product):
    product.search_text = search_text_for(product.name, product.brand, product.sku, product.description)


def _check_category(category_id):
    if db.session.get(Category, category_id) is None:
        raise UnknownReference("category_id", f"La catégorie {category_id} n'existe pas.")


def _check_sku_free(sku):
    if sku and db.session.scalar(select(exists().where(Product.sku == sku))):
        raise CatalogConflict(f"Un produit porte déjà la référence {sku}.")


def create_category(data):
    _check_category_name_free(data["name"])
    category = Category(slug=unique_slug(Category, data["name"]), **data)
    db.session.add(category)
    db.session.commit()
    return get_category(category.id)


def update_category(category, changes):
    """Rename or describe a category; its slug stays as it was."""
    if "name" in changes and changes["name"].lower() != category.name.lower():
        _check_category_name_free(changes["name"])
    for field, value in changes.items():
        setattr(category, field, value)
    db.session.commit()
    return get_category(category.id)


def delete_category(category):
    if db.session.scalar(select(exists().where(Product.category_id == category.id))):
        raise CatalogConflict("Cette catégorie contient encore des produits.")
    db.session.execute(delete(Category).where(Category.id == category.id))
    db.session.commit()


def _check_category_name_free(name):
    if db.session.scalar(select(exists().where(func.lower(Category.name) == name.lower()))):
        raise CatalogConflict(f"La catégorie « {name} » existe déjà.")
