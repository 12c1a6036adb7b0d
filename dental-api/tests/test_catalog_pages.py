"""Every page of the catalogue, read one by one, is the catalogue in order: the pages past the middle
(read backwards from the end, so the last page costs what the first does) included."""
import pytest

from .factories import make_category, make_product

PER_PAGE = 4


@pytest.fixture
def catalogue():
    """23 products in 2 categories; prices and ratings tie so that the id decides between them."""
    categories = [make_category("Endodontie"), make_category("Prothèse")]
    for number in range(23):
        make_product(categories[number % 2], name=f"Lime {'Zêta' if number % 3 else 'Alpha'} {number:02d}",
                     price=f"{10 + number % 5}.00", rating_average=number % 4, rating_count=number % 3,
                     is_active=number != 7)


def every_page(client, query):
    first = client.get(f"/api/products?per_page={PER_PAGE}&{query}").json
    pages = [first] + [client.get(f"/api/products?per_page={PER_PAGE}&page={page}&{query}").json
                       for page in range(2, first["pages"] + 2)]
    return first["total"], [item["id"] for page in pages for item in page["items"]]


@pytest.mark.parametrize("query", [
    "sort=newest", "sort=price_asc", "sort=price_desc", "sort=name", "sort=rating",
    "q=lime&sort=relevance", "q=zeta", "category=prothese&sort=price_asc",
])
def test_pages_one_by_one_are_the_whole_sorted_list(client, catalogue, query):
    whole = client.get(f"/api/products?per_page=100&{query}").json
    total, paged = every_page(client, query)
    assert total == whole["total"] == len(paged)
    assert paged == [item["id"] for item in whole["items"]]


def test_a_page_past_the_end_is_empty(client, catalogue):
    response = client.get(f"/api/products?per_page={PER_PAGE}&page=50").json
    assert response["items"] == [] and response["total"] == 22


def test_the_last_page_holds_the_remainder(client, catalogue):
    last = client.get(f"/api/products?per_page={PER_PAGE}&page=6&sort=price_asc").json
    assert len(last["items"]) == 22 - 5 * PER_PAGE
