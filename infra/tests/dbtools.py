"""PostgreSQL helpers for the infrastructure checks: the machine's server (trust auth)."""
import os
import subprocess
import sys
from pathlib import Path

API = Path(__file__).resolve().parents[2] / "dental-api"
PYTHON = Path(os.environ.get("VENV_BIN", API.parent / ".venv" / "bin")) / "python"
PG_HOST = os.environ.get("INFRA_PG_HOST", "127.0.0.1")
PG_PORT = os.environ.get("INFRA_PG_PORT", "5432")
PG_USER = os.environ.get("INFRA_PG_USER", "postgres")


def url(database):
    return f"postgresql://{PG_USER}@{PG_HOST}:{PG_PORT}/{database}"


def psql(database, sql):
    """Run SQL, return the unaligned, tuples-only output."""
    result = subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-h", PG_HOST, "-p", PG_PORT, "-U", PG_USER,
         "-d", database, "-c", sql],
        capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(f"psql {database}: {result.stderr.strip()}")
    return result.stdout


def recreate(database):
    """Drop (ending its sessions) and create an empty database."""
    psql("postgres", f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     f"WHERE datname = '{database}' AND pid <> pg_backend_pid()")
    psql("postgres", f'DROP DATABASE IF EXISTS "{database}"')
    psql("postgres", f'CREATE DATABASE "{database}"')


def drop(database):
    psql("postgres", f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     f"WHERE datname = '{database}' AND pid <> pg_backend_pid()")
    psql("postgres", f'DROP DATABASE IF EXISTS "{database}"')


def has_migrations():
    versions = API / "migrations" / "versions"
    return versions.is_dir() and any(versions.glob("*.py"))


def app_env(database, **extra):
    env = dict(os.environ)
    env.update({
        "FLASK_ENV": "production",
        "SECRET_KEY": "infra-check-secret-key-0123456789abcdef",
        "JWT_SECRET_KEY": "infra-check-jwt-secret-key-0123456789abcdef",
        "DATABASE_URL": url(database),
        "RATELIMIT_STORAGE_URI": "memory://",
    })
    env.update({key: str(value) for key, value in extra.items()})
    return env


CREATE_ALL = """
from src import create_app
from src.extensions import db
app = create_app()
with app.app_context():
    try:
        from src.database import create_extensions
    except ImportError:
        create_extensions = None
    if create_extensions:
        with db.engine.begin() as connection:
            create_extensions(connection)
    db.create_all()
"""


def create_schema(database, env=None):
    """The schema as production gets it: `flask db upgrade` when migrations exist, else create_all().

    Returns which of the two was used."""
    env = env or app_env(database)
    if has_migrations():
        cmd = [str(PYTHON), "-m", "flask", "--app", "wsgi", "db", "upgrade"]
        how = "flask db upgrade"
    else:
        cmd = [str(PYTHON), "-c", CREATE_ALL]
        how = "db.create_all() (no migrations yet)"
    result = subprocess.run(cmd, cwd=API, env=env, capture_output=True, text=True, check=False)
    if result.returncode:
        sys.stderr.write(result.stdout + result.stderr)
        raise RuntimeError(f"creating the schema of {database} with {how} failed: {result.stderr[-2000:]}")
    return how


def run_app_python(database, code, env=None):
    """Run Python code inside the app context (variables app, db available); return stdout."""
    env = env or app_env(database)
    prelude = ("from src import create_app\nfrom src.extensions import db\n"
               "app = create_app()\nctx = app.app_context()\nctx.push()\n")
    result = subprocess.run([str(PYTHON), "-c", prelude + code], cwd=API, env=env,
                            capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(f"app python failed:\n{result.stdout}\n{result.stderr[-3000:]}")
    return result.stdout
