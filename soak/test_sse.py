"""The stock-alert stream through nginx: no leak over many short connections, alive when idle, closed on
demotion, and served again after the backend restarts."""
import os
import time

import pytest

from shop import (CHECKOUT, call, checkout_body, login, seed_product, soak_stack, sql_value, wait_for,
                  worker_pids)
from sse import Stream, ticket

DATABASE = "soak_sse"
INTERVAL = 1  # STOCK_ALERT_INTERVAL, seconds
HEARTBEAT = 15  # SSE_HEARTBEAT_SECONDS
CYCLES = 1000
# Idle connections a worker's pool may keep after a burst (SQLAlchemy's pool_size); a stream that kept
# its connection would leave hundreds.
POOL_SLACK = 5


@pytest.fixture(scope="module")
def stack():
    with soak_stack(DATABASE, GUNICORN_WORKERS=2, RATELIMIT_ENABLED="false",
                    STOCK_ALERT_INTERVAL=INTERVAL) as stack:
        stack.low_product = seed_product(stack, DATABASE, stock=3)
        yield stack


def open_and_read_first(stack, stream_ticket):
    stream = Stream(stack, stream_ticket)
    try:
        assert stream.status == 200
        return stream.wait_for("low_stock", timeout=10)
    finally:
        stream.close()


def resources(stack):
    """(database connections of the app, file descriptors of its workers)."""
    connections = int(sql_value(DATABASE, "SELECT count(*) FROM pg_stat_activity "
                                          f"WHERE datname = '{DATABASE}' AND pid <> pg_backend_pid()"))
    workers = worker_pids(stack.processes["gunicorn"].pid)
    return connections, sum(len(os.listdir(f"/proc/{pid}/fd")) for pid in workers)


def test_a_thousand_connections_leave_nothing_open(stack):
    token = login(stack)
    stream_ticket = ticket(stack, token)
    for _ in range(20):  # warm up: the pools and the broadcaster exist before the baseline
        open_and_read_first(stack, stream_ticket)
    time.sleep(HEARTBEAT + 3)
    connections, descriptors = resources(stack)
    started = time.monotonic()
    for cycle in range(CYCLES):
        if cycle % 100 == 0:
            stream_ticket = ticket(stack, token)
        assert open_and_read_first(stack, stream_ticket)["products"][0]["id"] == stack.low_product
    elapsed = time.monotonic() - started
    right_after = resources(stack)
    # A stream whose client left ends at its next write, a heartbeat at the latest.
    settled = wait_for(lambda: (lambda now: now[0] <= connections + POOL_SLACK and now[1] <= descriptors + 10
                                and now)(resources(stack)), timeout=HEARTBEAT * 3, step=1)
    print(f"{CYCLES} cycles in {elapsed:.1f} s; connections {connections} -> {right_after[0]} -> "
          f"{resources(stack)[0]}; worker fds {descriptors} -> {right_after[1]} -> {resources(stack)[1]}")
    assert settled, (connections, descriptors, resources(stack))


def test_an_idle_stream_stays_open_two_minutes_and_still_delivers(stack):
    stream = Stream(stack, ticket(stack, login(stack)))
    try:
        assert stream.wait_for("low_stock", timeout=10) is not None
        pings, started = 0, time.monotonic()
        while time.monotonic() - started < 120:
            event = stream.next_event()
            assert event is not None, f"stream ended after {time.monotonic() - started:.0f} s idle"
            pings += event[0] == "ping"
        print(f"120 s idle: {pings} heartbeats")
        assert pings >= 120 // HEARTBEAT - 1
        product_id = seed_product(stack, DATABASE, stock=50)
        placed = call(stack, "POST", CHECKOUT, checkout_body((product_id, 1)))
        assert placed.status == 201
        announced = stream.wait_for("new_order", timeout=HEARTBEAT + 5)
        assert announced["reference"] == placed.json()["order"]["reference"]
    finally:
        stream.close()


def test_a_demoted_admin_loses_the_stream_within_an_interval(stack):
    owner = login(stack)
    email, password = "second-admin@dentaltech.test", "Second-Admin-2026!"
    registered = call(stack, "POST", "/api/auth/register",
                      {"email": email, "password": password, "full_name": "Dr Second Admin"})
    assert registered.status == 201, registered.body
    user_id = registered.json()["user"]["id"]
    assert call(stack, "PATCH", f"/api/admin/users/{user_id}", {"role": "admin"}, token=owner).status == 200
    stream = Stream(stack, ticket(stack, login(stack, email, password)))
    try:
        assert stream.wait_for("low_stock", timeout=10) is not None
        demoted = call(stack, "PATCH", f"/api/admin/users/{user_id}", {"role": "client"}, token=owner)
        assert demoted.status == 200
        started = time.monotonic()
        while stream.next_event() is not None:
            assert time.monotonic() - started < HEARTBEAT, "the demoted admin's stream is still open"
        elapsed = time.monotonic() - started
        print(f"stream ended {elapsed:.2f} s after the demotion (alert interval {INTERVAL} s)")
        assert elapsed <= INTERVAL + 1
    finally:
        stream.close()


def test_after_a_backend_restart_a_fresh_ticket_streams_again(stack):
    token = login(stack)
    stream = Stream(stack, ticket(stack, token))
    assert stream.wait_for("low_stock", timeout=10) is not None
    restarted = time.monotonic()
    stack.restart("gunicorn")
    try:
        assert stream.wait_for("new_order", timeout=HEARTBEAT + 5) is None  # the old stream has ended
    finally:
        stream.close()
    stream = Stream(stack, ticket(stack, token))
    print(f"streaming again {time.monotonic() - restarted:.1f} s after the restart began")
    try:
        assert stream.status == 200
        assert stream.wait_for("low_stock", timeout=10)["products"][0]["id"] == stack.low_product
        product_id = seed_product(stack, DATABASE, stock=50)
        placed = call(stack, "POST", CHECKOUT, checkout_body((product_id, 1)))
        assert placed.status == 201
        assert stream.wait_for("new_order", timeout=HEARTBEAT + 5)["reference"] == \
            placed.json()["order"]["reference"]
    finally:
        stream.close()
