"""Product reviews: one per user and product, verified purchases, moderation, the product's rating."""
from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.orm import contains_eager

from ..extensions import db
from ..models import Order, OrderItem, Product, ProductReview
from ..models.order import DELIVERED


class DuplicateReview(Exception):
    """The user has already reviewed this product."""


def lock_active_product(slug):
    """The active product with this slug, locked until commit so ratings are recomputed one at a time."""
    return db.session.scalar(
        select(Product).where(Product.slug == slug, Product.is_active.is_(True)).with_for_update())


def create_review(product, user, rating, comment):
    """A visible review; verified_purchase when the user has a delivered order holding the product."""
    already = select(exists().where(ProductReview.product_id == product.id, ProductReview.user_id == user.id))
    if db.session.scalar(already):
        raise DuplicateReview()
    review = ProductReview(product_id=product.id, user_id=user.id, rating=rating, comment=comment,
                           verified_purchase=has_delivered_purchase(user.id, product.id))
    db.session.add(review)
    db.session.flush()
    refresh_rating(product.id)
    db.session.commit()
    return get_review(review.id)


def has_delivered_purchase(user_id, product_id):
    delivered = (select(OrderItem.id).join(Order, Order.id == OrderItem.order_id)
                 .where(Order.user_id == user_id, Order.status == DELIVERED,
                        OrderItem.product_id == product_id))
    return bool(db.session.scalar(select(delivered.exists())))


def mark_verified_purchases(user_id, product_ids):
    """Flag the user's reviews of these products as verified (for when an order is delivered)."""
    db.session.execute(
        update(ProductReview)
        .where(ProductReview.user_id == user_id, ProductReview.product_id.in_(product_ids))
        .values(verified_purchase=True).execution_options(synchronize_session=False))


def set_visibility(review, is_visible):
    """Show or hide a review; a hidden one leaves the public list and the product's rating."""
    _lock_product(review.product_id)
    review.is_visible = is_visible
    db.session.flush()
    refresh_rating(review.product_id)
    db.session.commit()
    return get_review(review.id)


def delete_review(review):
    product_id = review.product_id
    _lock_product(product_id)
    db.session.execute(delete(ProductReview).where(ProductReview.id == review.id))
    refresh_rating(product_id)
    db.session.commit()


def refresh_rating(product_id):
    """Recompute the product's rating_average and rating_count from its visible reviews."""
    visible = (ProductReview.product_id == product_id, ProductReview.is_visible.is_(True))
    average = select(func.coalesce(func.round(func.avg(ProductReview.rating), 2), 0)).where(*visible)
    count = select(func.count(ProductReview.id)).where(*visible)
    db.session.execute(
        update(Product).where(Product.id == product_id)
        # A review is not an edit of the product: its version and updated_at stay as they were.
        .values(rating_average=average.scalar_subquery(), rating_count=count.scalar_subquery(),
                updated_at=Product.updated_at)
        .execution_options(synchronize_session=False))
    loaded = db.session.identity_map.get(db.session.identity_key(Product, product_id))
    if loaded is not None:
        db.session.expire(loaded, ["rating_average", "rating_count"])


def _lock_product(product_id):
    db.session.execute(select(Product.id).where(Product.id == product_id).with_for_update())


def review_query(product_id=None, is_visible=None, with_product=False):
    """Reviews with their author (and product), newest first."""
    query = select(ProductReview).join(ProductReview.user).options(contains_eager(ProductReview.user))
    if with_product:
        query = query.join(ProductReview.product).options(contains_eager(ProductReview.product))
    if product_id is not None:
        query = query.where(ProductReview.product_id == product_id)
    if is_visible is not None:
        query = query.where(ProductReview.is_visible.is_(is_visible))
    return query.order_by(ProductReview.created_at.desc(), ProductReview.id.desc())


def get_review(review_id):
    """One review with its author and product, or None."""
    query = review_query(with_product=True).where(ProductReview.id == review_id)
    return db.session.scalar(query.execution_options(populate_existing=True))
