from decimal import Decimal

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Numeric, String, Text, func, literal_column
from sqlalchemy.orm import Mapped, mapped_column, query_expression

from ..extensions import db
from .base import UTCDateTime, relationship, utcnow


class Category(db.Model):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    products = relationship("Product", back_populates="category")
    # Filled by queries that ask for it (with_expression), e.g. the number of products per category.
    product_count: Mapped[int | None] = query_expression()


class Product(db.Model):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("stock_quantity >= 0", name="stock_not_negative"),
        CheckConstraint("price > 0", name="price_positive"),
        Index("ix_products_active_category", "is_active", "category_id"),
        Index("ix_products_active_created", "is_active", "created_at"),
        Index("ix_products_created", "created_at", "id"),  # the back office's list, inactive ones included
        Index("ix_products_active_price", "is_active", "price"),
        # Most products share a rating of 0 from 0 reviews: id in the index orders them too.
        Index("ix_products_active_rating", "is_active", "rating_average", "rating_count", "id"),
        Index(
            "ix_products_search_text_trgm", "search_text",
            postgresql_using="gin", postgresql_ops={"search_text": "gin_trgm_ops"},
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    slug: Mapped[str] = mapped_column(String(180), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    price: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    stock_quantity: Mapped[int] = mapped_column(default=0)
    low_stock_threshold: Mapped[int | None] = mapped_column()
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    brand: Mapped[str | None] = mapped_column(String(80))
    sku: Mapped[str | None] = mapped_column(String(64), unique=True)
    images: Mapped[list] = mapped_column(JSON, default=list)
    is_active: Mapped[bool] = mapped_column(default=True)
    # Lower-cased, accent-folded name, brand, SKU and description, kept up to date on write.
    search_text: Mapped[str] = mapped_column(Text, default="")
    rating_average: Mapped[Decimal] = mapped_column(Numeric(3, 2), default=Decimal("0"))
    rating_count: Mapped[int] = mapped_column(default=0)
    # Bumped by every write, sales included: If-Match on an edit compares against it.
    version: Mapped[int] = mapped_column(default=1)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)

    category = relationship("Category", back_populates="products")


# The brand filter compares without case (lower(brand) = lower(?)): indexed on the same expression.
Index("ix_products_brand_lower", func.lower(Product.brand))

# The order of ?sort=name: the search text's first characters, as many as a name may have (160): the
# folded name, so the order ignores case and accents on both databases. The whole search text (up to
# 20,000 characters) could not be indexed. The lengths are literals, not parameters: a database
# matches an indexed expression only when it is written the same.
NAME_ORDER = func.substr(Product.search_text, literal_column("1"),
                         literal_column(str(Product.name.type.length)))
Index("ix_products_active_name", Product.is_active, NAME_ORDER, Product.id)


class StockMovement(db.Model):
    """Every change of a product's stock: who, when, why, and the stock it left."""

    __tablename__ = "stock_movements"
    __table_args__ = (Index("ix_stock_movements_product_created", "product_id", "created_at"),)

    REASONS = ("initial", "sale", "cancellation", "expiry", "adjustment", "edit")

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    delta: Mapped[int] = mapped_column()
    stock_after: Mapped[int] = mapped_column()
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(String(200))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(254), default="system")
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
