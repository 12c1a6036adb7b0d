"""Every catalogue list costs the same few SQL statements for 5 items or 100 (no N+1); the counts,
the brand filter, the rating sort and the back office's order search read their indexes."""
import re
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from src.extensions import db
from src.models import ProductReview

from .factories import make_category, make_order, make_product, make_user

# The transaction's own BEGIN (SQLite's BEGIN IMMEDIATE) is not a query.
TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")
# The access token check (user, revoked tokens): the same for every authenticated route.
TOKEN_CHECK = re.compile(r"^SELECT .* FROM (users|revoked_tokens) WHERE ", re.DOTALL)


@contextmanager
def counted_statements():
    statements = []

    def record(_connection, _cursor, statement, *_args):
        if not statement.lstrip().upper().startswith(TRANSACTION_CONTROL):
            statements.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def statements_for(client, path, headers=None):
    """(statements in all, statements of the route itself, items answered) for one GET."""
    db.session.remove()
    with counted_statements() as statements:
        response = client.get(path, headers=headers)
    assert response.status_code == 200, response.json
    own = [statement for statement in statements if not TOKEN_CHECK.match(statement)]
    items = response.json["items"] if isinstance(response.json, dict) else response.json
    return len(statements), len(own), len(items)


@pytest.fixture
def catalogue():
    """100 products in 10 categories, each with a review by its own author."""
    categories = [make_category(f"Catégorie {number}") for number in range(10)]
    products = [make_product(categories[number % 10], name=f"Produit {number}") for number in range(100)]
    authors = [make_user(full_name=f"Dr {number}") for number in range(100)]
    db.session.add_all(ProductReview(product_id=products[0].id, user_id=author.id, rating=4)
                       for author in authors)
    db.session.add_all(ProductReview(product_id=product.id, user_id=authors[0].id, rating=5)
                       for product in products[1:])
    db.session.commit()
    return products


@pytest.mark.parametrize("path, limit", [
    ("/api/products?per_page={n}", 2),
    ("/api/products?per_page={n}&q=produit&sort=relevance&min_price=1", 2),
    ("/api/products/produit-0/reviews?per_page={n}", 3),
])
def test_public_lists_cost_the_same_for_5_or_100_items(client, catalogue, path, limit):
    few = statements_for(client, path.format(n=5))
    many = statements_for(client, path.format(n=100))
    assert (few[2], many[2]) == (5, 100)
    assert few[0] == many[0] == few[1] <= limit


@pytest.mark.parametrize("path", [
    "/api/admin/products?per_page={n}",
    "/api/admin/reviews?per_page={n}",
    "/api/admin/categories?per_page={n}",
])
def test_admin_lists_cost_the_same_for_5_or_100_items(client, login_as, catalogue, path):
    headers = login_as("admin")
    few = statements_for(client, path.format(n=5), headers)
    many = statements_for(client, path.format(n=100), headers)
    assert few[2] == 5
    assert many[2] in (10, 100)
    assert few[:2] == many[:2]
    # A count and a page, plus one statement for the token (user and revocations together).
    assert few[1] == 2
    assert few[0] <= 4


def test_categories_are_one_query(client, catalogue):
    assert statements_for(client, "/api/categories") == (1, 1, 10)


@pytest.mark.parametrize("path", ["/api/products?per_page=24", "/api/products?q=produit&sort=name",
                                  "/api/products?per_page=5&page=20"])
def test_the_product_list_reads_only_the_columns_it_shows(client, catalogue, path):
    with counted_statements() as statements:
        response = client.get(path)
    assert response.status_code == 200 and response.json["items"]
    page = next(statement for statement in statements if " LIMIT " in statement)
    read = page.split(" FROM ")[0]
    assert "products.name" in read and "categories.slug" in read
    for column in ("products.description", "products.search_text", "products.sku", "categories.description"):
        assert column not in read


def statements_of(client, path, fragment, headers=None):
    """The (statement, parameters) of one GET whose SQL holds fragment."""
    captured = []

    def record(_connection, _cursor, statement, parameters, *_args):
        if fragment in statement:
            captured.append((statement, parameters))

    db.session.remove()
    event.listen(db.engine, "before_cursor_execute", record)
    try:
        assert client.get(path, headers=headers).status_code == 200
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return captured


def scans(statement, parameters, table, bitmap_scans=False):
    """How the database reads table for one statement, once it has its statistics (ANALYZE): one
    entry per access, PostgreSQL's "<node type> <index name>" (sequential scans turned off, so the
    choice does not hang on the table's size, and bitmap scans too unless asked for: a GIN index has
    only those) or SQLite's query plan lines."""
    connection = db.session.connection()  # the request's own (SQLite allows one writer at a time)
    try:
        connection.exec_driver_sql("ANALYZE")
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            if not bitmap_scans:
                connection.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
            plan = connection.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {statement}", parameters).scalar()
            return [f"{node['Node Type']} {node.get('Index Name', '')}".strip()
                    for node in plan_nodes(plan[0]["Plan"], table)]
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
        return [row[-1] for row in rows if re.search(rf"\b{table}\b", row[-1])]
    finally:
        db.session.rollback()


def plan_nodes(node, table, inside=False):
    """The plan's nodes that read table: its scans and the index scans under a bitmap scan of it."""
    reads = node.get("Relation Name") == table
    if reads or (inside and "Index Name" in node):
        yield node
    for child in node.get("Plans", []):  # through BitmapOr and BitmapAnd, which name no table
        yield from plan_nodes(child, table, reads or (inside and "Relation Name" not in node))


@pytest.mark.parametrize("path", ["/api/products?per_page=5", "/api/products?per_page=5&category=categorie-3",
                                  "/api/categories"])
def test_the_catalogue_counts_its_products_from_an_index_alone(client, catalogue, path):
    counts = statements_of(client, path, "count(*)")
    assert len(counts) == 1
    found = scans(*counts[0], "products")
    from_index_alone = [scan.startswith("Index Only Scan") or "COVERING INDEX" in scan for scan in found]
    assert found and all(from_index_alone), found


@pytest.mark.parametrize("path, fragment, index", [
    ("/api/products?brand=GC", "count(*)", "ix_products_brand_lower"),
    ("/api/products?sort=rating", "LIMIT", "ix_products_active_rating"),
    ("/api/products?sort=name", "LIMIT", "ix_products_active_name"),
    ("/api/admin/products", "LIMIT", "ix_products_created"),
])
def test_filters_and_sorts_read_their_index(client, login_as, catalogue, path, fragment, index):
    make_product(name="Composite fluide", brand="GC")
    headers = login_as("admin") if path.startswith("/api/admin/") else None
    statements = statements_of(client, path, fragment, headers)
    assert len(statements) == 1
    found = scans(*statements[0], "products")
    assert found and all(index in scan for scan in found), found


def test_the_order_search_reads_the_trigram_index_on_postgresql(client, login_as, catalogue):
    make_order((catalogue[0], 1), customer_name="Dr Salma Bennani", customer_phone="0661234567")
    counts = statements_of(client, "/api/admin/orders?q=bennani", "count(*)", headers=login_as("admin"))
    assert len(counts) == 1 and "LIKE" in counts[0][0]
    found = scans(*counts[0], "orders", bitmap_scans=True)
    if db.engine.dialect.name == "postgresql":
        assert found and not any("Seq Scan" in scan for scan in found), found
        assert any("ix_orders_search_trgm" in scan for scan in found), found
    else:  # SQLite has no trigram index: it reads the table, as it must
        assert found and all(scan.startswith("SCAN orders") for scan in found), found
