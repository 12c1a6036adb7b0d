"""the search text of products seeded before the seed wrote it as the back office does

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 10:50:00

Until now `flask seed` folded a product's name, brand, SKU and description into one run of words, without
the " | " that ends the name in the search text (src/services/catalog.py: NAME_END). Searching then ranked
those products by their whole text, not their names first. Such rows are written again here, as the back
office writes them; a product saved through the API already has its separator and is left alone.
Measured on 100k seeded products (bench_large): 44 s, most of it PostgreSQL updating the trigram index.
"""
from alembic import op
import sqlalchemy as sa

from src.services.catalog import NAME_END, search_text_for


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

BATCH = 1000
products = sa.table('products', sa.column('id', sa.Integer), sa.column('name', sa.String),
                    sa.column('brand', sa.String), sa.column('sku', sa.String),
                    sa.column('description', sa.Text), sa.column('search_text', sa.Text))


def upgrade():
    connection = op.get_bind()
    without_separator = sa.not_(products.c.search_text.contains(NAME_END, autoescape=True))
    last_id = 0
    while True:
        rows = connection.execute(
            sa.select(products.c.id, products.c.name, products.c.brand, products.c.sku, products.c.description)
            .where(without_separator, products.c.id > last_id).order_by(products.c.id).limit(BATCH)).all()
        if not rows:
            return
        connection.execute(products.update().where(products.c.id == sa.bindparam('row_id')),
                           [{'row_id': row.id, 'search_text': search_text_for(row.name, row.brand, row.sku,
                                                                              row.description)}
                            for row in rows])
        last_id = rows[-1].id


def downgrade():
    pass  # the old search text ranked worse and held nothing more: there is nothing to put back
