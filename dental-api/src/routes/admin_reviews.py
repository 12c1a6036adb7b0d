"""Admin review moderation: list, show or hide, delete."""
from flask_smorest import Blueprint, abort

from ..auth import BEARER_DOC, admin_required
from ..extensions import db
from ..models import ProductReview
from ..openapi import ErrorSchema
from ..pagination import paginate
from ..schemas.common import page_of
from ..schemas.reviews import AdminReviewFilterArgs, AdminReviewSchema, ReviewModerationSchema
from ..services import reviews

blp = Blueprint("admin_reviews", __name__, url_prefix="/api/admin", description="Admin: review moderation")


@blp.route("/reviews")
@blp.arguments(AdminReviewFilterArgs, location="query")
@blp.response(200, page_of(AdminReviewSchema))
@blp.doc(**BEARER_DOC)
@admin_required
def list_admin_reviews(args):
    """List every review, hidden ones included, newest first (admin)."""
    query = reviews.review_query(args.get("product_id"), args.get("is_visible"), with_product=True)
    return paginate(query, args["page"], args["per_page"])


@blp.route("/reviews/<int:review_id>", methods=["PATCH"])
@blp.arguments(ReviewModerationSchema)
@blp.response(200, AdminReviewSchema)
@blp.alt_response(404, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
@admin_required
def moderate_review(data, review_id):
    """Show or hide a review (admin)."""
    return reviews.set_visibility(_review_or_404(review_id), data["is_visible"])


@blp.route("/reviews/<int:review_id>", methods=["DELETE"])
@blp.response(204)
@blp.alt_response(404, schema=ErrorSchema)
@blp.doc(**BEARER_DOC)
@admin_required
def delete_review(review_id):
    """Delete a review (admin)."""
    reviews.delete_review(_review_or_404(review_id))


def _review_or_404(review_id):
    review = db.session.get(ProductReview, review_id)
    if review is None:
        abort(404, message="Avis introuvable.")
    return review
