"""infra/backup.sh and infra/restore.sh against the machine's PostgreSQL.

A source database (`infra_backup_src`) gets the application's schema and some orders; backup.sh
dumps it and the uploads; restore.sh puts the dump into another database (`infra_backup_dst`) and
the uploads into another folder; both must then hold exactly the same rows and files.
"""
import hashlib
import os

import pytest

from conftest import INFRA, run
import dbtools

SRC, DST = "infra_backup_src", "infra_backup_dst"

SEED_ORDERS = r"""
from decimal import Decimal
from src.models import Order, OrderItem
for n in range(1, 6):
    order = Order(reference=f"DT-{n:06d}", status="En attente" if n % 2 else "Confirmée",
                  customer_name=f"Cabinet dentaire n°{n} — Dr Zéphyr",
                  customer_phone="+212600000000", delivery_city="Casablanca",
                  total_price=Decimal("129.90") * n, whatsapp_message=f"Commande DT-{n:06d}")
    order.items.append(OrderItem(product_name="Détartreur ultrasonique", unit_price=Decimal("129.90"),
                                 quantity=n, line_total=Decimal("129.90") * n))
    db.session.add(order)
db.session.commit()
print(Order.query.count())
"""


def table_rows(database, table):
    return dbtools.psql(database, f"SELECT row_to_json(t)::text FROM {table} t ORDER BY 1")


def tables(database):
    return dbtools.psql(database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                  "ORDER BY 1").split()


def tree(folder):
    files = {}
    for dirpath, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(dirpath, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder)] = hashlib.sha256(handle.read()).hexdigest()
    return files


@pytest.fixture(scope="module")
def source():
    dbtools.recreate(SRC)
    dbtools.recreate(DST)
    how = dbtools.create_schema(SRC)
    if "orders" in tables(SRC):
        count = dbtools.run_app_python(SRC, SEED_ORDERS).strip().splitlines()[-1]
        assert int(count) == 5
        table = "orders"
    else:  # the models have no orders table yet: the tables that exist, with a row in users
        dbtools.psql(SRC, "INSERT INTO users (email, password_hash, full_name) VALUES ('a@b.c', 'x', 'A')")
        table = "users"
    print(f"schema by {how}; compared table: {table}")
    yield table
    dbtools.drop(SRC)
    dbtools.drop(DST)


def test_backup_then_restore_gives_the_same_orders_and_uploads(source, tmp_path):
    uploads = tmp_path / "uploads"
    (uploads / "products").mkdir(parents=True)
    (uploads / "products" / "a.webp").write_bytes(os.urandom(4096))
    (uploads / "articles").mkdir()
    (uploads / "articles" / "b.webp").write_bytes(b"RIFF....WEBP")
    backups = tmp_path / "backups"

    env = dict(os.environ, BACKUP_DIR=str(backups), BACKUP_KEEP="3", UPLOADS_DIR=str(uploads),
               BACKUP_DATABASE_URL=dbtools.url(SRC))
    result = run(["bash", str(INFRA / "backup.sh")], env=env)
    made = result.stdout.strip().splitlines()[-1]
    assert os.path.isdir(made)
    assert sorted(os.listdir(made)) == ["SHA256SUMS", "database.dump", "uploads.tar.gz"]
    assert oct(os.stat(os.path.join(made, "database.dump")).st_mode & 0o777) == "0o600"

    # Restoring needs an explicit --yes.
    refused = run(["bash", str(INFRA / "restore.sh"), made], check=False,
                  env=dict(os.environ, RESTORE_DATABASE_URL=dbtools.url(DST)))
    assert refused.returncode != 0 and "--yes" in refused.stderr

    restored_uploads = tmp_path / "restored-uploads"
    restored_uploads.mkdir()
    (restored_uploads / "stale.webp").write_bytes(b"old")  # replaced by the backup's content
    run(["bash", str(INFRA / "restore.sh"), "--yes", made],
        env=dict(os.environ, RESTORE_DATABASE_URL=dbtools.url(DST), UPLOADS_DIR=str(restored_uploads)))

    table = source
    src_rows = table_rows(SRC, table)
    assert src_rows.count("\n") >= 1
    assert table_rows(DST, table) == src_rows
    assert tables(DST) == tables(SRC)
    for name in tables(SRC):
        assert table_rows(DST, name) == table_rows(SRC, name), name
    assert tree(restored_uploads) == tree(uploads)

    # Restoring again over a database that already holds the data works too (--clean).
    run(["bash", str(INFRA / "restore.sh"), "--yes", made, "--database-only"],
        env=dict(os.environ, RESTORE_DATABASE_URL=dbtools.url(DST)))
    assert table_rows(DST, table) == src_rows


def test_a_corrupted_backup_is_refused(source, tmp_path):
    env = dict(os.environ, BACKUP_DIR=str(tmp_path), UPLOADS_DIR=str(tmp_path / "none"),
               BACKUP_DATABASE_URL=dbtools.url(SRC))
    made = run(["bash", str(INFRA / "backup.sh")], env=env).stdout.strip().splitlines()[-1]
    with open(os.path.join(made, "database.dump"), "r+b") as handle:
        handle.seek(100)
        handle.write(b"corrupted")
    result = run(["bash", str(INFRA / "restore.sh"), "--yes", made], check=False,
                 env=dict(os.environ, RESTORE_DATABASE_URL=dbtools.url(DST)))
    assert result.returncode != 0
    assert "checksum" in result.stderr


def test_rotation_keeps_the_newest(source, tmp_path):
    env = dict(os.environ, BACKUP_DIR=str(tmp_path), BACKUP_KEEP="2", UPLOADS_DIR=str(tmp_path / "none"),
               BACKUP_DATABASE_URL=dbtools.url(SRC))
    made = [run(["bash", str(INFRA / "backup.sh")], env=env).stdout.strip().splitlines()[-1]
            for _ in range(4)]
    left = sorted(name for name in os.listdir(tmp_path) if name.startswith("dentaltech-"))
    assert left == sorted(os.path.basename(path) for path in made[-2:])
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".partial")]


def test_backups_made_within_one_second_still_rotate_out_the_oldest(source, tmp_path):
    # A `date` that always answers the same second: every backup below is made "at once".
    shims = tmp_path / "bin"
    shims.mkdir()
    (shims / "date").write_text("#!/bin/sh\necho 20261127T101500Z\n")
    (shims / "date").chmod(0o755)
    backups = tmp_path / "backups"
    env = dict(os.environ, BACKUP_DIR=str(backups), BACKUP_KEEP="2", UPLOADS_DIR=str(tmp_path / "none"),
               BACKUP_DATABASE_URL=dbtools.url(SRC), PATH=f"{shims}:{os.environ['PATH']}")
    made = [os.path.basename(run(["bash", str(INFRA / "backup.sh")], env=env).stdout.strip().splitlines()[-1])
            for _ in range(4)]
    assert made == sorted(made) and len(set(made)) == 4, made
    assert sorted(os.listdir(backups)) == made[-2:]
