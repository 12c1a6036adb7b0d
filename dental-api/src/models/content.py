from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ..services.text import fold
from .base import UTCDateTime, relationship, utcnow

DRAFT = "draft"
PUBLISHED = "published"
CONTENT_STATUSES = (DRAFT, PUBLISHED)

case_study_products = Table(
    "case_study_products",
    db.metadata,
    Column("case_study_id", ForeignKey("case_studies.id", ondelete="CASCADE"), primary_key=True),
    Column("product_id", ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
)


class Article(db.Model):
    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_status_published", "status", "published_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(220), unique=True)
    excerpt: Mapped[str] = mapped_column(String(500), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    image_url: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(10), default=DRAFT)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(120), default="")
    # Lower-cased, accent-folded title, excerpt and content, kept up to date on write.
    search_text: Mapped[str] = mapped_column(Text, default="")
    published_at = mapped_column(UTCDateTime)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)


class CaseStudy(db.Model):
    __tablename__ = "case_studies"
    __table_args__ = (Index("ix_case_studies_status_published", "status", "published_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(220), unique=True)
    summary: Mapped[str] = mapped_column(String(500), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    cover_image_url: Mapped[str | None] = mapped_column(String(300))
    before_image_url: Mapped[str | None] = mapped_column(String(300))
    after_image_url: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(10), default=DRAFT)
    # Lower-cased, accent-folded title, summary and content, kept up to date on write.
    search_text: Mapped[str] = mapped_column(Text, default="")
    published_at = mapped_column(UTCDateTime)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)

    products = relationship("Product", secondary=case_study_products, order_by="Product.id")


def _search_text_from(*names):
    def refresh(_mapper, _connection, item):
        item.search_text = fold(" ".join(getattr(item, name) or "" for name in names))
    return refresh


# Every writer (admin API, seed, CLI) keeps the folded search column in step with the text it searches.
for _model, _refresh in ((Article, _search_text_from("title", "excerpt", "content")),
                         (CaseStudy, _search_text_from("title", "summary", "content"))):
    event.listen(_model, "before_insert", _refresh)
    event.listen(_model, "before_update", _refresh)
