"""The public catalogue: categories, the product list (search, filters, sort) and one product."""
from flask_smorest import Blueprint, abort

from ..catalogue_cache import NOT_MODIFIED, VERSION_HEADERS
from ..openapi import ErrorSchema
from ..schemas.catalog import CategorySchema, ProductFilterArgs, ProductSchema, ProductSummarySchema
from ..schemas.common import page_of
from ..services import catalog

blp = Blueprint("catalog", __name__, url_prefix="/api", description="Catalogue: categories and products")


@blp.route("/categories")
@blp.response(200, CategorySchema(many=True), headers=VERSION_HEADERS)
@blp.alt_response(304, **NOT_MODIFIED)
def list_categories():
    """List every category with its number of active products."""
    return catalog.list_categories()


@blp.route("/products")
@blp.arguments(ProductFilterArgs, location="query")
@blp.response(200, page_of(ProductSummarySchema), headers=VERSION_HEADERS)
@blp.alt_response(304, **NOT_MODIFIED)
def list_products(args):
    """List active products: search, filters, sort, pages."""
    return catalog.product_page(args, args["page"], args["per_page"])


@blp.route("/products/<slug>")
@blp.response(200, ProductSchema, headers=VERSION_HEADERS)
@blp.alt_response(304, **NOT_MODIFIED)
@blp.alt_response(404, schema=ErrorSchema)
def get_product(slug):
    """Show one active product."""
    product = catalog.get_product(slug=slug)
    if product is None:
        abort(404, message="Produit introuvable.")
    return product
