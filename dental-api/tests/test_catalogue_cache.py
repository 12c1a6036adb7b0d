"""Anonymous catalogue reads: ETag from the catalogue version, 304s, the per-worker cache, and every
write a shopper would see replacing the version (against the machine's Redis)."""
import pytest
from sqlalchemy import text

from src.extensions import db
from src.models.order import CANCELLED

from .conftest import auth_headers
from .factories import make_category, make_product, make_user

CHECKOUT = "/api/orders/whatsapp_checkout"


@pytest.fixture
def lamp():
    return make_product(name="Lampe à polymériser", price="450.00", stock_quantity=8)


def revalidate(client, url, etag):
    return client.get(url, headers={"If-None-Match": etag})


@pytest.mark.parametrize("url", ["/api/products?per_page=24", "/api/products/lampe-a-polymeriser",
                                 "/api/categories"])
def test_a_copy_still_current_is_answered_304_without_a_body(client, cached, lamp, url):
    first = client.get(url)
    assert first.status_code == 200
    etag = first.headers["ETag"]
    assert etag.startswith('W/"') and first.headers["Cache-Control"] == "no-cache"
    again = revalidate(client, url, etag)
    assert again.status_code == 304
    assert again.data == b"" and "Content-Type" not in again.headers  # the stored copy keeps its own
    assert again.headers["ETag"] == etag
    assert revalidate(client, url, 'W/"someone-else"').status_code == 200


def test_each_address_has_its_own_etag_and_body(client, cached, lamp):
    make_product(name="Gants nitrile", price="59.50")
    by_price = client.get("/api/products?sort=price_asc")
    by_name = client.get("/api/products?sort=price_desc")
    assert by_price.headers["ETag"] != by_name.headers["ETag"]
    assert [item["name"] for item in by_price.json["items"]] == ["Gants nitrile", "Lampe à polymériser"]
    assert [item["name"] for item in client.get("/api/products?sort=price_desc").json["items"]] == [
        "Lampe à polymériser", "Gants nitrile"]


def test_the_cached_body_is_the_computed_one_and_no_cache_computes_afresh(client, cached, lamp):
    url = "/api/products/lampe-a-polymeriser"
    computed = client.get(url)
    assert client.get(url).json == computed.json
    # A change made behind the app's back (psql) does not replace the version: only no-cache sees it
    # until the version expires (CATALOGUE_VERSION_SECONDS).
    db.session.execute(text("UPDATE products SET price = 999 WHERE id = :id"), {"id": lamp.id})
    db.session.commit()
    cached_redis, key = cached
    cached_redis.set(key, cached_redis.get(key))  # the app's own commit above replaced it: put it back
    assert client.get(url).json["price"] == 450
    fresh = client.get(url, headers={"Cache-Control": "no-cache"})
    assert fresh.json["price"] == 999


def test_the_version_expires_so_out_of_band_changes_are_seen_in_time(client, cached, lamp, app):
    cached_redis, key = cached
    client.get("/api/products")
    assert 0 < cached_redis.ttl(key) <= app.config["CATALOGUE_VERSION_SECONDS"]
    etag = client.get("/api/products").headers["ETag"]
    cached_redis.delete(key)  # what the expiry does
    assert revalidate(client, "/api/products", etag).status_code == 200


def test_a_worker_reuses_the_version_briefly_and_sees_its_own_changes_at_once(client, cached, app, lamp,
                                                                              login_as):
    url = "/api/products/lampe-a-polymeriser"
    app.config.update(CATALOGUE_VERSION_MEMO_SECONDS=60)
    etag = client.get(url).headers["ETag"]
    cached_redis, key = cached
    cached_redis.set(key, "changed-by-another-worker")
    assert revalidate(client, url, etag).status_code == 304  # within the memo: Redis not asked
    assert adjust_stock(client, lamp, login_as("admin")).status_code == 201
    changed = revalidate(client, url, etag)
    assert changed.status_code == 200 and changed.json["stock_quantity"] == 5


def change_price(client, lamp, admin):
    return client.patch(f"/api/admin/products/{lamp.id}", json={"price": 480},
                        headers={**admin, "If-Match": '"1"'})


def adjust_stock(client, lamp, admin):
    return client.post(f"/api/admin/products/{lamp.id}/stock-adjustments",
                       json={"delta": -3, "reason": "Casse"}, headers=admin)


def order(client, lamp, _admin):
    return client.post(CHECKOUT, json={"items": [{"product_id": lamp.id, "quantity": 2}],
                                       "customer_name": "Dr Karim Alaoui", "total_price": 900.0})


def rename_category(client, lamp, admin):
    return client.patch(f"/api/admin/categories/{lamp.category_id}", json={"name": "Lampes"}, headers=admin)


def hide_product(client, lamp, admin):
    return client.patch(f"/api/admin/products/{lamp.id}", json={"is_active": False},
                        headers={**admin, "If-Match": '"1"'})


def review(client, lamp, _admin):
    return client.post("/api/products/lampe-a-polymeriser/reviews", json={"rating": 4},
                       headers=auth_headers(make_user(email="avis@dentaltech.test")))


@pytest.mark.parametrize("write", [change_price, adjust_stock, order, rename_category, hide_product, review])
@pytest.mark.parametrize("url", ["/api/products", "/api/products/lampe-a-polymeriser", "/api/categories"])
def test_every_committed_catalogue_change_makes_old_copies_stale(client, cached, lamp, login_as, write, url):
    admin = login_as("admin")
    before = client.get(url)
    response = write(client, lamp, admin)
    assert response.status_code in (200, 201), response.json
    after = revalidate(client, url, before.headers["ETag"])
    assert after.status_code in (200, 404)  # hiding the product makes its page 404
    assert after.get_data() != before.get_data() or url == "/api/categories"
    assert after.headers.get("ETag") != before.headers["ETag"]


def test_cancelling_an_order_gives_the_stock_back_to_fresh_copies(client, cached, lamp, login_as):
    url = "/api/products/lampe-a-polymeriser"
    order_id = order(client, lamp, None).json["order"]["id"]
    taken = client.get(url)
    assert taken.json["stock_quantity"] == 6
    response = client.patch(f"/api/admin/orders/{order_id}", json={"status": CANCELLED},
                            headers=login_as("admin"))
    assert response.status_code == 200
    restored = revalidate(client, url, taken.headers["ETag"])
    assert restored.status_code == 200 and restored.json["stock_quantity"] == 8


def test_a_refused_write_keeps_copies_current(client, cached, lamp):
    url = "/api/products/lampe-a-polymeriser"
    etag = client.get(url).headers["ETag"]
    too_many = client.post(CHECKOUT, json={"items": [{"product_id": lamp.id, "quantity": 9}],
                                           "customer_name": "Dr Karim Alaoui", "total_price": 4050.0})
    assert too_many.status_code == 409
    assert revalidate(client, url, etag).status_code == 304


def test_signed_in_reads_errors_and_admin_lists_carry_no_catalogue_etag(client, cached, lamp, login_as):
    signed_in = client.get("/api/products", headers=login_as("client"))
    assert signed_in.status_code == 200 and "ETag" not in signed_in.headers
    missing = client.get("/api/products/nulle-part")
    assert missing.status_code == 404 and "ETag" not in missing.headers
    invalid = client.get("/api/products?per_page=0")
    assert invalid.status_code == 422 and "ETag" not in invalid.headers


def test_without_redis_every_answer_is_computed_and_unlabelled(client, app, lamp, caplog):
    app.config.update(CATALOGUE_CACHE_REDIS_URL="redis://127.0.0.1:1/0")
    try:
        for _ in range(3):
            response = client.get("/api/products/lampe-a-polymeriser")
            assert response.status_code == 200 and response.json["price"] == 450
            assert "ETag" not in response.headers
        make_category(name="Implants")  # a commit whose version cannot be replaced: logged, not raised
    finally:
        app.config.update(CATALOGUE_CACHE_REDIS_URL="")
    warnings = [record for record in caplog.records if "catalogue cache off" in record.getMessage()]
    assert len(warnings) == 1  # once per outage, not once per request


def test_off_by_default_no_etag(client, lamp):
    response = client.get("/api/products")
    assert response.status_code == 200 and "ETag" not in response.headers
