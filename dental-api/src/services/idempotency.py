"""Checkout Idempotency-Keys: a doubled or retried request answers the order the first one created.

A key row is inserted in the order's own transaction, so only successful orders are remembered, and
the unique (scope, key) constraint makes a concurrent duplicate wait for the first request to finish.
"""
import hashlib
import json
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import IdempotencyKey
from ..models.base import utcnow


class IdempotencyConflict(Exception):
    """The key was already used with another body."""


def request_hash(payload):
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def remembered_order_id(scope, key, digest, hours):
    """The order a fresh key created, or None; IdempotencyConflict when the body differs."""
    row = db.session.scalar(select(IdempotencyKey).where(IdempotencyKey.scope == scope,
                                                         IdempotencyKey.key == key))
    if row is None or row.created_at < _cutoff(hours):
        return None
    if row.request_hash != digest:
        raise IdempotencyConflict()
    return row.order_id


def claim(scope, key, digest, hours):
    """Insert the key (a stale one is replaced); None, after a rollback, when another request holds it."""
    db.session.execute(delete(IdempotencyKey).where(
        IdempotencyKey.scope == scope, IdempotencyKey.key == key, IdempotencyKey.created_at < _cutoff(hours)))
    row = IdempotencyKey(scope=scope, key=key, request_hash=digest)
    db.session.add(row)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        return None
    return row


def _cutoff(hours):
    return utcnow() - timedelta(hours=hours)
