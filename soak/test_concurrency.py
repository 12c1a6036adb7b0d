"""Simultaneous checkouts through nginx and gunicorn on PostgreSQL, rate limits lifted: never oversold,
every refusal a 409, no deadlock between carts that lock the same products in opposite orders."""
from collections import Counter

import pytest

from shop import CHECKOUT, call, checkout_body, ledger_problems, seed_product, soak_stack, stock, together

DATABASE = "soak_concurrency"
ROUNDS, BUYERS, UNITS = 10, 200, 5


@pytest.fixture(scope="module")
def stack():
    with soak_stack(DATABASE, GUNICORN_WORKERS=2, RATELIMIT_ENABLED="false") as stack:
        yield stack


def test_two_hundred_buyers_for_five_units(stack):
    for round_number in range(ROUNDS):
        product_id = seed_product(stack, DATABASE, stock=UNITS)
        body = checkout_body((product_id, 1))
        responses = together(BUYERS, lambda _: call(stack, "POST", CHECKOUT, body))
        statuses = Counter(response.status for response in responses)
        print(f"round {round_number + 1}: {dict(statuses)}")
        unexpected = [response.body[:200] for response in responses if response.status not in (201, 409)]
        assert statuses == {201: UNITS, 409: BUYERS - UNITS}, unexpected[:5]
        assert all(response.json()["shortages"][0]["available"] == 0
                   for response in responses if response.status == 409)
        assert stock(DATABASE, product_id) == 0
        assert ledger_problems(DATABASE, product_id) == []


def test_carts_locking_in_opposite_orders_do_not_deadlock(stack):
    first, second = seed_product(stack, DATABASE, stock=1000), seed_product(stack, DATABASE, stock=1000)
    carts = [checkout_body((first, 1), (second, 1)), checkout_body((second, 1), (first, 1))]
    responses = together(100, lambda index: call(stack, "POST", CHECKOUT, carts[index % 2]))
    assert Counter(response.status for response in responses) == {201: 100}
    assert (stock(DATABASE, first), stock(DATABASE, second)) == (900, 900)
    assert ledger_problems(DATABASE, first) == ledger_problems(DATABASE, second) == []
