"""The seeded PostgreSQL databases, generated once and reused while their marker matches.

The marker is the database's comment: the sizes asked for and the schema's migration head, so a
new migration or another size regenerates the data set and a rerun starts in seconds.
"""
import subprocess

from . import paths  # noqa: F401  (puts infra/tests on sys.path)
import dbtools

DATA_SETS = {
    # P1-P3 and P6-P10: a 10k-product catalogue (and a few orders for the admin streams).
    "catalog": ("bench_catalog", 10_000, 2_000),
    # P4, P5 and P11: 100k products and 100k orders.
    "large": ("bench_large", 100_000, 100_000),
}


def marker(products, orders):
    heads = sorted(path.stem.split("_")[0] for path in (paths.API / "migrations" / "versions").glob("*.py"))
    return f"bench-data products={products} orders={orders} schema={heads[-1] if heads else 'none'}"


def current_marker(database):
    try:
        return dbtools.psql("postgres", "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                                        f"WHERE datname = '{database}'").strip()
    except RuntimeError:
        return ""


def ensure(name, progress):
    """The database of data set `name`, seeded unless its marker says it already holds the data."""
    database, products, orders = DATA_SETS[name]
    wanted = marker(products, orders)
    if current_marker(database) == wanted:
        # The last run's checkouts and stock changes leave pages out of the visibility map: the
        # product count then reads the heap (measured: 7.5 ms instead of 2.3 ms), and P1 would
        # depend on which rows ran before it.
        dbtools.psql(database, "VACUUM ANALYZE")
        progress(f"{database}: reused ({wanted}); vacuumed")
        return database
    progress(f"{database}: seeding {products} products and {orders} orders (a few minutes, once)")
    dbtools.recreate(database)
    env = dbtools.app_env(database, FLASK_ENV="development")
    dbtools.create_schema(database, env)
    flask = [str(paths.VENV_BIN / "flask"), "--app", "wsgi", "seed",
             "--products", str(products), "--orders", str(orders)]
    subprocess.run(flask, cwd=paths.API, env=env, check=True, stdout=subprocess.DEVNULL)
    # Fresh statistics and visibility map, as autovacuum would leave them: plans as in production.
    dbtools.psql(database, "VACUUM ANALYZE")
    dbtools.psql("postgres", f"COMMENT ON DATABASE \"{database}\" IS '{wanted}'")
    return database


def seeded_admin():
    """The seed's administrator (config defaults SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD)."""
    return "admin@dentaltech.local", "Admin-Dental-2026"
