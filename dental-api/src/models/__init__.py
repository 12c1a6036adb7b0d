"""Every model, imported so that metadata (and Alembic) sees all tables."""
from .catalog import Category, Product, StockMovement
from .content import Article, CaseStudy, case_study_products
from .order import Order, OrderItem, OrderStatusChange
from .review import ProductReview
from .token import IdempotencyKey, PasswordResetToken, RevokedToken
from .user import User

__all__ = [
    "Article", "CaseStudy", "Category", "IdempotencyKey", "Order", "OrderItem",
    "OrderStatusChange", "PasswordResetToken", "Product", "ProductReview", "RevokedToken",
    "StockMovement", "User", "case_study_products",
]
