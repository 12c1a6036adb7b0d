"""Column types and defaults shared by every model."""
from datetime import datetime, timezone
from functools import partial

from sqlalchemy import DateTime, TypeDecorator
from sqlalchemy.orm import relationship as sa_relationship

# Every relationship must be loaded explicitly (selectinload/joinedload): an N+1 fails loudly.
relationship = partial(sa_relationship, lazy="raise")


def utcnow():
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Stored as naive UTC (SQLite keeps no zone), always returned timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value
