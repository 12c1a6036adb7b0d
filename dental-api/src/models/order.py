from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import UTCDateTime, relationship, utcnow

PENDING = "En attente"
CONFIRMED = "Confirmée"
SHIPPED = "Expédiée"
DELIVERED = "Livrée"
CANCELLED = "Annulée"
STATUSES = (PENDING, CONFIRMED, SHIPPED, DELIVERED, CANCELLED)


class Order(db.Model):
    __tablename__ = "orders"
    __table_args__ = (
        Index("ix_orders_status_created", "status", "created_at"),
        Index("ix_orders_user_created", "user_id", "created_at"),
        Index("ix_orders_created_at", "created_at"),
        # The back office's order search: ILIKE '%…%' on these three, from the index (pg_trgm).
        Index("ix_orders_search_trgm", "reference", "customer_name", "customer_phone", postgresql_using="gin",
              postgresql_ops={"reference": "gin_trgm_ops", "customer_name": "gin_trgm_ops",
                              "customer_phone": "gin_trgm_ops"}),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(20), default=PENDING)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    customer_name: Mapped[str] = mapped_column(String(120))
    customer_phone: Mapped[str | None] = mapped_column(String(30))
    delivery_city: Mapped[str | None] = mapped_column(String(80))
    delivery_address: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(String(1000))
    total_price: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    whatsapp_message: Mapped[str] = mapped_column(Text, default="")
    expires_at = mapped_column(UTCDateTime)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)

    items = relationship("OrderItem", back_populates="order", cascade="all, delete-orphan",
                         order_by="OrderItem.id")
    status_history = relationship("OrderStatusChange", back_populates="order",
                                  cascade="all, delete-orphan", order_by="OrderStatusChange.id")


class OrderItem(db.Model):
    __tablename__ = "order_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("products.id", ondelete="SET NULL"), index=True)
    product_name: Mapped[str] = mapped_column(String(160))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    quantity: Mapped[int] = mapped_column()
    line_total: Mapped[Decimal] = mapped_column(Numeric(10, 2))

    order = relationship("Order", back_populates="items")


class OrderStatusChange(db.Model):
    __tablename__ = "order_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    by: Mapped[str] = mapped_column(String(254))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    at = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    order = relationship("Order", back_populates="status_history")
