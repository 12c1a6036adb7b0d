"""The public catalogue: categories, the product list (search, filters, sort) and one product."""
from flask_smorest import Blueprint, abort

from ..openapi import ErrorSchema
from ..pagination import paginate
from ..schemas.catalog import CategorySchema, ProductFilterArgs, ProductSchema, ProductSummarySchema
from ..schemas.common import page_of
from ..services import catalog

blp = Blueprint("catalog", __name__, url_prefix="/api", description="Catalogue: categories and products")


@blp.route("/categories")
@blp.response(200, CategorySchema(many=True))
def list_categories():
    """List every category with its number of active products."""
    return catalog.list_categories()


@blp.route("/products")
@blp.arguments(ProductFilterArgs, location="query")
@blp.response(200, page_of(ProductSummarySchema))
def list_products(args):
    """List active products: search, filters, sort, pages."""
    return paginate(catalog.product_query(args), args["page"], args["per_page"])


@blp.route("/products/<slug>")
@blp.response(200, ProductSchema)
@blp.alt_response(404, schema=ErrorSchema)
def get_product(slug):
    """Show one active product."""
    product = catalog.get_product(slug=slug)
    if product is None:
        abort(404, message="Produit introuvable.")
    return product
