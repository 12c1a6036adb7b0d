"""Simultaneous stock adjustments and edits: the stock never goes below zero, no edit is lost."""
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from src.extensions import db
from src.models import Product, StockMovement

from .factories import make_product


def at_once(calls):
    """Run the calls in parallel threads (each request gets its own app context and session)."""
    db.session.remove()
    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return [future.result() for future in [pool.submit(call) for call in calls]]


def test_simultaneous_adjustments_never_take_the_stock_below_zero(client, login_as):
    product_id = make_product(stock_quantity=5).id
    headers = login_as("admin")

    def take_two():
        response = client.post(f"/api/admin/products/{product_id}/stock-adjustments",
                               json={"delta": -2, "reason": "Sortie"}, headers=headers)
        return response.status_code

    statuses = at_once([take_two] * 4)
    assert sorted(statuses) == [201, 201, 409, 409]
    assert db.session.get(Product, product_id).stock_quantity == 1
    assert db.session.scalar(select(func.count(StockMovement.id))) == 2


def test_two_edits_from_the_same_version_one_gets_412(client, login_as):
    product_id = make_product(price="10.00").id
    headers = {**login_as("admin"), "If-Match": '"1"'}

    def edit(price):
        return lambda: client.patch(f"/api/admin/products/{product_id}", json={"price": price},
                                    headers=headers).status_code

    statuses = at_once([edit(20), edit(30)])
    assert sorted(statuses) == [200, 412]
    product = db.session.get(Product, product_id)
    assert (product.version, float(product.price) in (20, 30)) == (2, True)
