"""Unique, stable slugs made from titles: 'Détartrage ultrasonique' -> 'detartrage-ultrasonique'."""
from sqlalchemy import select

from ..extensions import db
from .text import slugify


def unique_slug(model, title):
    """A slug for title not used by any row of model (-2, -3 … appended when needed)."""
    base = slugify(title)
    taken = set(db.session.scalars(
        select(model.slug).where((model.slug == base) | model.slug.like(f"{base}-%"))))
    if base not in taken:
        return base
    suffix = 2
    while f"{base}-{suffix}" in taken:
        suffix += 1
    return f"{base}-{suffix}"
