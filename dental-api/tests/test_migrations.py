"""The Alembic migrations build exactly the models' schema, on SQLite and on PostgreSQL."""
import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from src import create_app
from src.config import TestConfig, database_url
from src.extensions import db
from src.services.catalog import search_text_for


@pytest.fixture
def fresh_database_url(tmp_path):
    """An empty database of the kind under test, dropped afterwards."""
    test_url = os.environ.get("TEST_DATABASE_URL")
    if not test_url:
        yield f"sqlite:///{tmp_path}/migrations.db"
        return
    url = make_url(database_url(test_url))
    name = f"{url.database}_migrations"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def migrated_app(fresh_database_url):
    class MigrationConfig(TestConfig):
        SQLALCHEMY_DATABASE_URI = fresh_database_url

    app = create_app(MigrationConfig)
    with app.app_context():
        upgrade()
        yield app
        db.session.remove()
        db.engine.dispose()


# SQLite's reflection cannot read an expression index (lower(brand)); PostgreSQL's compares it.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_migrations_build_the_models_schema(migrated_app):
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), db.metadata)
    assert differences == []


def test_migrated_schema_refuses_negative_stock(migrated_app):
    db.session.execute(text(
        "INSERT INTO categories (name, slug, created_at) VALUES ('A', 'a', '2026-01-01')"))
    insert = text(
        "INSERT INTO products (name, slug, description, price, stock_quantity, category_id, images,"
        " is_active, search_text, rating_average, rating_count, version, created_at, updated_at)"
        " VALUES ('P', 'p', '', 10, :stock, 1, '[]', true, 'p', 0, 0, 1, '2026-01-01', '2026-01-01')")
    with pytest.raises(IntegrityError):
        db.session.execute(insert, {"stock": -1})
    db.session.rollback()


def test_migrations_go_down_to_an_empty_database(migrated_app):
    downgrade(revision="base")
    tables = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    assert tables == set()


def test_products_seeded_without_the_name_separator_are_given_it(fresh_database_url):
    """Search texts written by the seed before 0004 ("name brand sku description", no " | "): rewritten
    as the back office writes them, while one already written so is left alone."""
    class MigrationConfig(TestConfig):
        SQLALCHEMY_DATABASE_URI = fresh_database_url

    app = create_app(MigrationConfig)
    with app.app_context():
        upgrade(revision="0003")
        db.session.execute(text(
            "INSERT INTO categories (name, slug, created_at) VALUES ('A', 'a', '2026-01-01')"))
        insert = text(
            "INSERT INTO products (name, slug, description, price, stock_quantity, category_id, images,"
            " is_active, brand, sku, search_text, rating_average, rating_count, version, created_at,"
            " updated_at) VALUES (:name, :slug, :description, 10, 1, 1, '[]', true, 'GC', :sku,"
            " :search_text, 0, 0, 1, '2026-01-01', '2026-01-01')")
        seeded = {"name": "Fraise diamantée", "slug": "fraise", "description": "Pour composite.",
                  "sku": "F-1", "search_text": "fraise diamantee gc f-1 pour composite."}
        edited = {"name": "Composite", "slug": "composite", "description": "Teinte A2.", "sku": "C-1",
                  "search_text": "composite | edited by hand"}
        for row in (seeded, edited):
            db.session.execute(insert, row)
        db.session.commit()
        upgrade()
        search_texts = dict(db.session.execute(text("SELECT slug, search_text FROM products")).all())
        assert search_texts == {
            "fraise": search_text_for("Fraise diamantée", "GC", "F-1", "Pour composite."),
            "composite": "composite | edited by hand"}
        assert search_texts["fraise"].startswith("fraise diamantee | ")
        db.session.remove()
        db.engine.dispose()
