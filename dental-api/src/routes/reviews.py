"""Product reviews: the public list and writing one's own review."""
from flask_jwt_extended import current_user, jwt_required
from flask_smorest import Blueprint, abort

from ..auth import BEARER_DOC
from ..openapi import ErrorSchema
from ..pagination import paginate
from ..schemas.common import PaginationArgs, page_of
from ..schemas.reviews import ReviewCreateSchema, ReviewSchema
from ..services import catalog, reviews

blp = Blueprint("reviews", __name__, url_prefix="/api", description="Product reviews")


@blp.route("/products/<slug>/reviews")
@blp.arguments(PaginationArgs, location="query")
@blp.response(200, page_of(ReviewSchema))
@blp.alt_response(404, schema=ErrorSchema)
def list_reviews(args, slug):
    """List the visible reviews of an active product, newest first."""
    product = catalog.get_product(slug=slug)
    if product is None:
        abort(404, message="Produit introuvable.")
    query = reviews.review_query(product_id=product.id, is_visible=True)
    return paginate(query, args["page"], args["per_page"])


@blp.route("/products/<slug>/reviews", methods=["POST"])
@jwt_required()  # above arguments: an anonymous caller gets 401 before the body is validated
@blp.arguments(ReviewCreateSchema)
@blp.response(201, ReviewSchema)
@blp.alt_response(401, schema=ErrorSchema)
@blp.alt_response(404, schema=ErrorSchema)
@blp.alt_response(409, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
def create_review(data, slug):
    """Review a product (one review per user and product)."""
    product = reviews.lock_active_product(slug)
    if product is None:
        abort(404, message="Produit introuvable.")
    try:
        return reviews.create_review(product, current_user, data["rating"], data["comment"])
    except reviews.DuplicateReview:
        abort(409, message="Vous avez déjà donné votre avis sur ce produit.")
