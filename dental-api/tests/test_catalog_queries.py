"""Every catalogue list costs the same few SQL statements for 5 items or 100 (no N+1), and counts
its products from an index alone."""
import re
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from src.extensions import db
from src.models import ProductReview

from .factories import make_category, make_product, make_user

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


def scans_of_products(statement, parameters):
    """How the database reads the products table for one statement: PostgreSQL's plan node types
    (with sequential and bitmap scans turned off, so the choice does not hang on the table's size),
    or SQLite's query plan lines."""
    connection = db.session.connection()  # the request's own (SQLite allows one writer at a time)
    try:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            connection.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
            plan = connection.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {statement}", parameters).scalar()
            return [node["Node Type"] for node in plan_nodes(plan[0]["Plan"])
                    if node.get("Relation Name") == "products"]
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
        return [row[-1] for row in rows if re.search(r"\bproducts\b", row[-1])]
    finally:
        db.session.rollback()


def plan_nodes(node):
    yield node
    for child in node.get("Plans", []):
        yield from plan_nodes(child)


@pytest.mark.parametrize("path", ["/api/products?per_page=5", "/api/products?per_page=5&category=categorie-3",
                                  "/api/categories"])
def test_the_catalogue_counts_its_products_from_an_index_alone(client, catalogue, path):
    counts = []

    def record(_connection, _cursor, statement, parameters, *_args):
        if "count(*)" in statement:
            counts.append((statement, parameters))

    db.session.remove()
    event.listen(db.engine, "before_cursor_execute", record)
    try:
        assert client.get(path).status_code == 200
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert len(counts) == 1
    scans = scans_of_products(*counts[0])
    assert scans and all(scan == "Index Only Scan" or "COVERING INDEX" in scan for scan in scans), scans
