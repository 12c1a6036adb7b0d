"""Faults under traffic: PostgreSQL restarted, a gunicorn worker killed, the rate limiter's Redis gone.

The PostgreSQL restart is the machine's server (every other database on it sees the outage too): it is
done once, with `-m fast`, and lasts a few seconds.
"""
import os
import signal
import subprocess
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest

from loopback_stack import free_port, wait_for_port
from shop import (CHECKOUT, call, checkout_body, ledger_problems, login, seed_product, sql_value, stock,
                  soak_stack, wait_for, worker_pids)

DATABASE = "soak_faults"
FLOW_SECONDS, RESTART_AT, RATE = 60, 20, 20
GRACE = 2.0


@pytest.fixture(scope="module")
def stack():
    with soak_stack(DATABASE, GUNICORN_WORKERS=2, RATELIMIT_ENABLED="false") as stack:
        yield stack


def restart_postgresql():
    """(outage start, outage end) in time.monotonic(): from the restart's start until it accepts again."""
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    started = time.monotonic()
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart", "-m", "fast"],
                   check=True, capture_output=True, timeout=60)
    while subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"]).returncode:
        time.sleep(0.05)
    return started, time.monotonic()


class Flow:
    """RATE requests a second, each in its own thread: catalogue reads and checkouts with a fresh
    Idempotency-Key, alternately. Records (sent, answered, kind, key, response)."""

    def __init__(self, stack, product_id):
        self.stack, self.product_id = stack, product_id
        self.records, self.threads, self.lock = [], [], threading.Lock()

    def run(self, seconds):
        start = time.monotonic()
        for tick in range(int(seconds * RATE)):
            time.sleep(max(0.0, start + tick / RATE - time.monotonic()))
            thread = threading.Thread(target=self.send, args=(tick,))
            thread.start()
            self.threads.append(thread)

    def send(self, tick):
        sent = time.monotonic()
        if tick % 2:
            kind, key = "read", None
            response = call(self.stack, "GET", "/api/products?per_page=5")
        else:
            kind, key = "checkout", uuid.uuid4().hex
            response = call(self.stack, "POST", CHECKOUT, checkout_body((self.product_id, 1)),
                            headers={"Idempotency-Key": key})
        with self.lock:
            self.records.append((sent, time.monotonic(), kind, key, response))

    def join(self):
        for thread in self.threads:
            thread.join(timeout=60)


def test_a_postgresql_restart_fails_only_during_the_outage(stack):
    product_id = seed_product(stack, DATABASE, stock=10_000)
    flow = Flow(stack, product_id)
    outage = []
    restarter = threading.Timer(RESTART_AT, lambda: outage.extend(restart_postgresql()))
    restarter.start()
    flow.run(FLOW_SECONDS)
    restarter.join()
    flow.join()
    down, up = outage
    failed = [record for record in flow.records if record[4].status >= 400 or record[4].status == 0]
    print(f"outage {up - down:.2f} s; {len(flow.records)} requests, {len(failed)} failed: "
          f"{Counter(record[4].status for record in failed)}")
    for sent, answered, kind, _, response in failed:
        print(f"  {kind} sent {sent - down:+.2f} s, answered {answered - down:+.2f} s after the restart "
              f"began: {response.status} {response.body[:150]!r}")
    for sent, answered, kind, _, response in failed:
        assert response.status == 503, (kind, response.status, response.body[:300])
        assert response.header("Content-Type") == "application/json" and response.json()["message"]
        assert down <= answered and sent <= up + GRACE, (sent - down, answered - down, up - down)
    assert all(record[4].status in (200, 201) for record in flow.records if record[0] > up + GRACE)

    # The refused checkouts, retried with their key once the database is back, order once each.
    keys = [record[3] for record in flow.records if record[2] == "checkout"]
    for key in {record[3] for record in failed if record[2] == "checkout"}:
        retried = call(stack, "POST", CHECKOUT, checkout_body((product_id, 1)),
                       headers={"Idempotency-Key": key})
        assert retried.status in (200, 201), retried.body
    orders = int(sql_value(DATABASE, "SELECT count(*) FROM orders"))
    remembered = sql_value(DATABASE, "SELECT count(*), count(DISTINCT order_id) FROM idempotency_keys")
    assert orders == len(keys) and remembered == f"{len(keys)}|{len(keys)}"
    assert stock(DATABASE, product_id) == 10_000 - len(keys)
    assert ledger_problems(DATABASE, product_id) == []


def test_a_killed_worker_is_replaced_and_the_stock_stays_whole(stack):
    # Enough stock that eight buyers on a fast machine never sell out (a sold-out 409 is not the fault).
    opening = 1_000_000
    product_id = seed_product(stack, DATABASE, stock=opening)
    master = stack.processes["gunicorn"].pid
    workers = worker_pids(master)
    statuses, refusals, stop = Counter(), [], threading.Event()

    def buyer():
        while not stop.is_set():
            response = call(stack, "POST", CHECKOUT, checkout_body((product_id, 1)))
            statuses[response.status] += 1
            if response.status != 201:
                refusals.append((response.status, response.header("Content-Type"), response.body[:300]))

    buyers = [threading.Thread(target=buyer) for _ in range(8)]
    for thread in buyers:
        thread.start()
    time.sleep(3)
    os.kill(workers[0], signal.SIGKILL)
    replaced = wait_for(lambda: len(set(worker_pids(master)) - set(workers)) == 1
                        and len(worker_pids(master)) == len(workers), timeout=30)
    time.sleep(3)
    stop.set()
    for thread in buyers:
        thread.join(timeout=60)
    print(f"checkouts while a worker was killed: {dict(statuses)}")
    assert replaced, worker_pids(master)
    # The checkouts the dead worker was serving: nginx answers them with its JSON 503.
    assert all(status == 503 and kind == "application/json" for status, kind, _ in refusals), refusals
    assert call(stack, "POST", CHECKOUT, checkout_body((product_id, 1))).status == 201
    sold = int(sql_value(DATABASE, f"SELECT COALESCE(SUM(quantity), 0) FROM order_items "
                                   f"WHERE product_id = {product_id}"))
    assert 0 < sold < opening and stock(DATABASE, product_id) == opening - sold
    assert ledger_problems(DATABASE, product_id) == []


@pytest.fixture
def own_redis(tmp_path):
    """A Redis of this test's own (the machine's is never stopped)."""
    port = free_port()
    log = tmp_path / "redis.log"
    process = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no", "--logfile", str(log)], start_new_session=True)
    wait_for_port(port, process, log)
    yield port, process
    if process.poll() is None:
        process.kill()
        process.wait(timeout=10)


def test_the_api_keeps_serving_when_the_rate_limiter_storage_is_gone(own_redis):
    port, redis = own_redis
    with soak_stack("soak_redis", GUNICORN_WORKERS=1, LOGIN_RATE_LIMIT="5 per minute",
                    RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{port}/0") as stack:
        assert call(stack, "GET", "/api/products").status == 200
        login(stack)
        redis.kill()
        redis.wait(timeout=10)
        reads = Counter(call(stack, "GET", "/api/products").status for _ in range(20))
        bad = {"email": "personne@example.com", "password": "Pas-le-bon-2026"}
        logins = [call(stack, "POST", "/api/auth/login", bad).status for _ in range(7)]
        print(f"Redis gone: reads {dict(reads)}, wrong logins {logins}")
        assert reads == {200: 20}
        # The limits still hold, counted in the worker's memory.
        assert logins[:5] == [401] * 5 and logins[5:] == [429, 429]
        log = Path(stack.tmp / "logs" / "gunicorn.out").read_text()
        assert "falling back to in-memory storage" in log, log[-3000:]
