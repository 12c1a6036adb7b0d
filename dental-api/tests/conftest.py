"""Fixtures: one database per test session (SQLite file, or TEST_DATABASE_URL), emptied after each test."""
import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
import redis
from sqlalchemy import text

from src import create_app
from src.config import TestConfig, database_url
from src.database import create_extensions
from src.extensions import db
from src.services.tokens import issue_tokens

from .factories import make_user

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/12")


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    uploads = tmp_path_factory.mktemp("uploads")

    class SessionConfig(TestConfig):
        SQLALCHEMY_DATABASE_URI = database_url(
            os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tempfile.mkdtemp()}/test.db")
        UPLOAD_FOLDER = str(uploads)

    app = create_app(SessionConfig)
    with app.app_context():
        with db.engine.begin() as connection:
            create_extensions(connection)
        db.drop_all()
        db.create_all()
    yield app
    with app.app_context():
        db.drop_all()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _clean_database(app):
    with app.app_context():
        yield
        db.session.remove()
        _empty_tables()
    app.config.update(RATELIMIT_ENABLED=False)


def _empty_tables():
    tables = [table.name for table in reversed(db.metadata.sorted_tables)]
    with db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                connection.execute(text(f"DELETE FROM {table}"))


@pytest.fixture
def upload_folder(app):
    """The app's upload folder, empty before and after the test."""
    folder = Path(app.config["UPLOAD_FOLDER"])
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()


@pytest.fixture
def client(app):
    return app.test_client()


def auth_headers(user):
    return {"Authorization": f"Bearer {issue_tokens(user)['access_token']}"}


@pytest.fixture
def login_as():
    """login_as("admin") / login_as("client") -> Authorization headers of a fresh user with that role."""
    def login(role="client", **fields):
        return auth_headers(make_user(role=role, **fields))
    return login


@pytest.fixture
def cached(app):
    """The catalogue cache on (the machine's Redis), with a version key of this test's own (parallel
    runs share the Redis): (Redis client, key)."""
    key = f"test:catalogue-version:{uuid.uuid4().hex}"
    defaults = {name: app.config[name] for name in (
        "CATALOGUE_CACHE_REDIS_URL", "CATALOGUE_VERSION_KEY", "CATALOGUE_VERSION_MEMO_SECONDS")}
    # Memo off: these tests change the version in Redis as another worker would, and look at once.
    app.config.update(CATALOGUE_CACHE_REDIS_URL=REDIS_URL, CATALOGUE_VERSION_KEY=key,
                      CATALOGUE_VERSION_MEMO_SECONDS=0)
    forget_cached(app)
    yield redis.Redis.from_url(REDIS_URL), key
    redis.Redis.from_url(REDIS_URL).delete(key)
    app.config.update(defaults)
    forget_cached(app)


def forget_cached(app):
    cache = app.extensions["catalogue_cache"]
    cache.bodies.clear()
    cache.remember_version(None)
