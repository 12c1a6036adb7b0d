"""Admin catalogue: products (with If-Match versions), stock adjustments and categories."""
from contextlib import contextmanager

from flask import current_app, request
from flask_jwt_extended import current_user
from flask_smorest import Blueprint, abort

from ..auth import BEARER_DOC, admin_required
from ..extensions import db
from ..models import Category
from ..openapi import ErrorSchema
from ..pagination import paginate
from ..schemas.catalog import (
    AdminCategorySchema, AdminProductFilterArgs, AdminProductSchema, CategoryCreateSchema,
    CategoryUpdateSchema, ProductCreateSchema, ProductUpdateSchema, StockAdjustmentResultSchema,
    StockAdjustmentSchema, StockMovementSchema, StockShortageSchema,
)
from ..schemas.common import PaginationArgs, page_of
from ..services import catalog, products
from ..services.stock import StockShortage

blp = Blueprint("admin_products", __name__, url_prefix="/api/admin",
                description="Admin: products, stock adjustments and categories")

ETAG_DOC = {"ETag": {"description": "The product's version, for If-Match", "schema": {"type": "string"}}}


@blp.route("/products")
@blp.arguments(AdminProductFilterArgs, location="query")
@blp.response(200, page_of(AdminProductSchema))
@blp.doc(**BEARER_DOC)
@admin_required
def list_admin_products(args):
    """List every product, inactive ones included (admin)."""
    return paginate(catalog.product_query(args, include_inactive=True), args["page"], args["per_page"])


@blp.route("/products", methods=["POST"])
@blp.arguments(ProductCreateSchema)
@blp.response(201, AdminProductSchema, headers=ETAG_DOC)
@blp.alt_response(409, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
@admin_required
def create_product(data):
    """Create a product (admin)."""
    with _catalog_errors():
        product = products.create_product(data, current_user)
    return product, 201, _etag(product)


@blp.route("/products/<int:product_id>")
@blp.response(200, AdminProductSchema, headers=ETAG_DOC)
@blp.alt_response(404, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
@admin_required
def get_admin_product(product_id):
    """Show one product, active or not (admin)."""
    product = _product_or_404(product_id)
    return product, 200, _etag(product)


@blp.route("/products/<int:product_id>", methods=["PATCH"])
@blp.arguments(ProductUpdateSchema)
@blp.response(200, AdminProductSchema, headers=ETAG_DOC)
@blp.alt_response(404, schema=ErrorSchema)
@blp.alt_response(409, schema=ErrorSchema)
@blp.alt_response(412, schema=ErrorSchema)
@blp.doc(**BEARER_DOC, parameters=[{"in": "header", "name": "If-Match", "schema": {"type": "string"}}])
@admin_required
def update_product(changes, product_id):
    """Change some fields of a product; a stale If-Match version gets 412 (admin)."""
    product = products.lock_product(product_id)
    if product is None:
        abort(404, message="Produit introuvable.")
    if "If-Match" in request.headers and not request.if_match.contains(str(product.version)):
        abort(412, message="Ce produit a changé entre-temps (une vente ?), rechargez-le avant de modifier.")
    with _catalog_errors():
        product = products.update_product(product, changes, current_user)
    return product, 200, _etag(product)


@blp.route("/products/<int:product_id>", methods=["DELETE"])
@blp.response(200, AdminProductSchema)
@blp.alt_response(204, description="Deleted")
@blp.alt_response(404, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
@admin_required
def delete_product(product_id):
    """Delete a product; one that appears in orders is deactivated instead (admin)."""
    product = products.lock_product(product_id)
    if product is None:
        abort(404, message="Produit introuvable.")
    if products.delete_product(product):
        return current_app.response_class(status=204)
    return _product_or_404(product_id)


@blp.route("/products/<int:product_id>/stock-adjustments", methods=["POST"])
@blp.arguments(StockAdjustmentSchema)
@blp.response(201, StockAdjustmentResultSchema)
@blp.alt_response(404, schema=ErrorSchema)
@blp.alt_response(409, schema=StockShortageSchema)
@blp.doc(**BEARER_DOC)
@admin_required
def create_stock_adjustment(data, product_id):
    """Add to or take from a product's stock, never below zero (admin)."""
    _product_or_404(product_id)
    try:
        movement = products.adjust_stock(product_id, data["delta"], data["reason"], current_user)
    except StockShortage as shortage:
        abort(409, message=f"Stock insuffisant : {shortage.available} en stock.",
              extra={"available": shortage.available})
    return {"stock_quantity": movement.stock_after, "adjustment": movement}


@blp.route("/products/<int:product_id>/stock-adjustments")
@blp.arguments(PaginationArgs, location="query")
@blp.response(200, page_of(StockMovementSchema))
@blp.alt_response(404, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
@admin_required
def list_stock_adjustments(args, product_id):
    """List a product's stock movements, newest first (admin)."""
    _product_or_404(product_id)
    return paginate(products.stock_movements_query(product_id), args["page"], args["per_page"])


@blp.route("/categories")
@blp.arguments(PaginationArgs, location="query")
@blp.response(200, page_of(AdminCategorySchema))
@blp.doc(**BEARER_DOC)
@admin_required
def list_admin_categories(args):
    """List categories with their number of products, inactive ones included (admin)."""
    return paginate(catalog.category_query(active_only=False), args["page"], args["per_page"])


@blp.route("/categories", methods=["POST"])
@blp.arguments(CategoryCreateSchema)
@blp.response(201, AdminCategorySchema)
@blp.alt_response(409, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
@admin_required
def create_category(data):
    """Create a category (admin)."""
    with _catalog_errors():
        return products.create_category(data)


@blp.route("/categories/<int:category_id>", methods=["PATCH"])
@blp.arguments(CategoryUpdateSchema)
@blp.response(200, AdminCategorySchema)
@blp.alt_response(404, schema=ErrorSchema)
@blp.alt_response(409, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
@admin_required
def update_category(changes, category_id):
    """Rename or describe a category; its slug does not change (admin)."""
    category = _category_or_404(category_id)
    with _catalog_errors():
        return products.update_category(category, changes)


@blp.route("/categories/<int:category_id>", methods=["DELETE"])
@blp.response(204)
@blp.alt_response(404, schema=ErrorSchema)
@blp.alt_response(409, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
@admin_required
def delete_category(category_id):
    """Delete a category that holds no product (admin)."""
    category = _category_or_404(category_id)
    with _catalog_errors():
        products.delete_category(category)


@contextmanager
def _catalog_errors():
    """The catalogue services' refusals as HTTP errors."""
    try:
        yield
    except products.CatalogConflict as conflict:
        abort(409, message=str(conflict))
    except products.UnknownReference as unknown:
        abort(422, message=str(unknown), errors={unknown.field: [str(unknown)]})


def _etag(product):
    return {"ETag": f'"{product.version}"'}


def _product_or_404(product_id):
    product = catalog.get_product(product_id=product_id, include_inactive=True)
    if product is None:
        abort(404, message="Produit introuvable.")
    return product


def _category_or_404(category_id):
    category = db.session.get(Category, category_id)
    if category is None:
        abort(404, message="Catégorie introuvable.")
    return category
