"""GET /api/admin/orders/export.csv: French Excel CSV, streamed, formulas neutralised, filters applied."""
import csv
import io
from datetime import datetime, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from src.extensions import db
from src.models import Order, OrderItem
from src.models.order import CONFIRMED, PENDING

from .factories import make_order, make_product

URL = "/api/admin/orders/export.csv"
HEADER = ["reference", "date", "customer_name", "customer_phone", "status", "items", "total_price"]


def export(client, headers, **query):
    """(response, body); `streamed` tells whether the body came as an iterator without a length."""
    response = client.get(URL, query_string=query, headers=headers)
    response.streamed = response.is_streamed and "Content-Length" not in response.headers
    try:
        data = response.get_data()
    finally:
        response.close()
    return response, data


def parse(data):
    text = data.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


@pytest.fixture
def admin(login_as):
    return login_as("admin")


@pytest.fixture
def products():
    return (make_product(name="Gants nitrile", price="64.95"),
            make_product(name='Composite "Pro"; teinte A2', price="129.90"))


def test_the_file_is_french_excel_csv(client, admin, products):
    gloves, composite = products
    order = make_order((gloves, 2), (composite, 1), customer_name="Clinique Atlas",
                       customer_phone="+212 661 22 33 44",
                       created_at=datetime(2025, 11, 10, 23, 30, tzinfo=timezone.utc))
    response, data = export(client, admin)
    assert response.status_code == 200
    assert response.streamed
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    today = datetime.now(ZoneInfo("Africa/Casablanca")).date().isoformat()
    assert response.headers["Content-Disposition"] == f'attachment; filename="commandes-{today}.csv"'
    assert data.startswith("\ufeff".encode() + b"reference;date;customer_name;")
    assert parse(data) == [HEADER, [
        order.reference, "2025-11-11 00:30", "Clinique Atlas", "'+212 661 22 33 44", PENDING,
        '2 × Gants nitrile | 1 × Composite "Pro"; teinte A2', "259,80",
    ]]


@pytest.mark.parametrize("name", ["=HYPERLINK(\"http://x\")", "+33 1 23", "-2+3", "@SUM(A1:A9)",
                                  "\tcmd", "\rcmd"])
def test_formula_cells_are_neutralised(client, admin, products, name):
    make_order((products[0], 1), customer_name=name, customer_phone="-1")
    row = parse(export(client, admin)[1])[1]
    assert row[2] == "'" + name
    assert row[3] == "'-1"


def test_a_product_named_like_a_formula_stays_inside_its_cell(client, admin):
    make_order((make_product(name="=cmd|' /C calc'!A0", price="10.00"), 3))
    row = parse(export(client, admin)[1])[1]
    assert row[5] == "3 × =cmd|' /C calc'!A0"
    assert row[6] == "30,00"


def test_an_empty_export_is_the_header(client, admin):
    assert parse(export(client, admin)[1]) == [HEADER]


def test_filters_apply_to_the_export(client, admin, products):
    gloves = products[0]
    make_order((gloves, 1), customer_name="Dr Sara Lahlou",
               created_at=datetime(2025, 11, 3, 10, 0, tzinfo=timezone.utc))
    wanted = make_order((gloves, 1), status=CONFIRMED, customer_name="Dr Sara Lahlou",
                        created_at=datetime(2025, 11, 5, 10, 0, tzinfo=timezone.utc))
    make_order((gloves, 1), status=CONFIRMED, customer_name="Cabinet Nour",
               created_at=datetime(2025, 11, 5, 11, 0, tzinfo=timezone.utc))
    make_order((gloves, 1), status=CONFIRMED, customer_name="Dr Sara Lahlou",
               created_at=datetime(2025, 11, 9, 10, 0, tzinfo=timezone.utc))
    rows = parse(export(client, admin, status=CONFIRMED, q="lahlou", date_from="2025-11-04",
                        date_to="2025-11-06")[1])
    assert [row[0] for row in rows[1:]] == [wanted.reference]


@pytest.mark.parametrize("query", [{"status": "Perdue"}, {"date_from": "demain"}])
def test_bad_filters_are_refused(client, admin, query):
    response, _data = export(client, admin, **query)
    assert response.status_code == 422


def test_every_order_is_exported_across_batches(client, admin, products):
    gloves, composite = products
    orders = [Order(customer_name=f"Client {index}", total_price=Decimal("324.75"), items=[
        OrderItem(product_id=gloves.id, product_name=gloves.name, unit_price=gloves.price, quantity=1,
                  line_total=gloves.price),
        OrderItem(product_id=composite.id, product_name=composite.name, unit_price=composite.price,
                  quantity=2, line_total=composite.price * 2),
    ]) for index in range(450)]
    db.session.add_all(orders)
    db.session.flush()
    for order in orders:
        order.reference = f"DT-{order.id:06d}"
    db.session.commit()
    rows = parse(export(client, admin)[1])
    assert len(rows) == 451
    assert {row[0] for row in rows[1:]} == {order.reference for order in orders}
    assert {(row[5], row[6]) for row in rows[1:]} == {
        ('1 × Gants nitrile | 2 × Composite "Pro"; teinte A2', "324,75")}
