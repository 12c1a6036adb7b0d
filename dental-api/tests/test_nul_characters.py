"""A NUL character in any input is refused as invalid (PostgreSQL can neither store nor compare
one: psycopg2 raises before the query runs). Found by the stateful contract run on PostgreSQL:
GET /api/products?brand=%00N answered 500."""
import pytest

from .factories import make_product


@pytest.mark.parametrize("url", ["/api/products?brand=%00N", "/api/products?q=gants%00",
                                 "/api/admin/orders?q=%00"])
def test_a_nul_in_a_query_parameter_is_422(client, login_as, url):
    response = client.get(url, headers=login_as("admin"))
    assert response.status_code == 422
    assert "NUL" in str(response.json["errors"])


@pytest.mark.parametrize("url", ["/api/products/{slug}%00", "/api/products/%00/reviews",
                                 "/api/articles/a%00b", "/api/case-studies/%00"])
def test_a_nul_in_a_path_is_404(client, url):
    product = make_product(name="Miroir")
    assert client.get(url.format(slug=product.slug)).status_code == 404


@pytest.mark.parametrize("path, body", [
    ("/api/auth/register", {"email": "a@example.com", "password": "Secret-2026", "full_name": "Dr\u0000X"}),
    ("/api/auth/login", {"email": "a@example.com", "password": "Secret\u00002026"}),
    ("/api/orders/whatsapp_checkout", {"items": [{"product_id": 1, "quantity": 1}], "total_price": 1,
                                       "customer_name": "A\u0000", "note": "ok"}),
])
def test_a_nul_in_a_json_body_is_422(client, path, body):
    response = client.post(path, json=body)
    assert response.status_code == 422
    assert "NUL" in str(response.json["errors"])
