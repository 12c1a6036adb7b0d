from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import UTCDateTime, utcnow

ROLE_CLIENT = "client"
ROLE_ADMIN = "admin"
ROLES = (ROLE_CLIENT, ROLE_ADMIN)


class User(db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(128))
    full_name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(30))
    role: Mapped[str] = mapped_column(String(10), default=ROLE_CLIENT)
    is_active: Mapped[bool] = mapped_column(default=True)
    # Bumped on password change, reset, demotion and deactivation: every older token is refused.
    token_version: Mapped[int] = mapped_column(default=1)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)

    @property
    def is_admin(self):
        return self.role == ROLE_ADMIN

    def invalidate_tokens(self):
        self.token_version = (self.token_version or 1) + 1
