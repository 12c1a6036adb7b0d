import pytest

from src import create_app
from src.config import ProductionConfig, database_url


def production_config(**settings):
    return type("Settings", (ProductionConfig,), settings)


def test_production_refuses_to_start_without_secrets():
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app(production_config(SECRET_KEY=None, JWT_SECRET_KEY="x" * 40))
    with pytest.raises(RuntimeError, match="JWT_SECRET_KEY"):
        create_app(production_config(SECRET_KEY="s" * 40, JWT_SECRET_KEY=None))


def test_production_refuses_a_short_jwt_secret():
    with pytest.raises(RuntimeError, match="32 bytes"):
        create_app(production_config(SECRET_KEY="s" * 40, JWT_SECRET_KEY="short"))


def test_production_starts_with_its_secrets_and_secure_cookies(tmp_path):
    app = create_app(production_config(SECRET_KEY="s" * 40, JWT_SECRET_KEY="j" * 40,
                                       SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/p.db"))
    assert app.config["JWT_COOKIE_SECURE"] is True
    assert app.config["SQLALCHEMY_ENGINE_OPTIONS"]["pool_pre_ping"] is True


@pytest.mark.parametrize("given, expected", [
    ("postgresql://u@h/db", "postgresql+psycopg2://u@h/db"),
    ("postgres://u@h/db", "postgresql+psycopg2://u@h/db"),
    ("sqlite:///x.db", "sqlite:///x.db"),
])
def test_database_urls_use_psycopg2(given, expected):
    assert database_url(given) == expected


def test_sqlite_waits_for_writers_instead_of_failing(app):
    from src.extensions import db
    if db.engine.dialect.name != "sqlite":
        assert db.engine.dialect.name == "postgresql"
        return
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
