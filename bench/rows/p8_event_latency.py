"""P8 a stock change to its event in the client, through nginx against straight to gunicorn.

The change is what the shop makes: an admin's stock adjustment through the API (a sale takes the same
path to the alerts). A change made outside the app (psql) is seen at the next interval instead.
"""
import random
import time

import psycopg2

from benchlib.context import post_json
from benchlib.result import Line, percentile
from benchlib.sse import Watcher, tickets
from benchlib.stack import STOCK_ALERT_INTERVAL
import dbtools

CHANGES = 20
MARGIN_MS = 100
STOCK = 1000


def product_id(ctx):
    return int(ctx.sql("SELECT id FROM products WHERE is_active ORDER BY id LIMIT 1"))


def set_stock(ctx, pid, stock):
    """The starting point, written straight to the database (threshold 5)."""
    connection = psycopg2.connect(dbtools.url(ctx.catalog_db))
    connection.autocommit = True
    try:
        connection.cursor().execute(
            "UPDATE products SET stock_quantity = %s, low_stock_threshold = 5 WHERE id = %s", (stock, pid))
    finally:
        connection.close()


def adjust(ctx, pid, delta):
    """An admin's stock adjustment through the API; the moment it was sent."""
    sent = time.monotonic()
    post_json(f"{ctx.bench.api}/api/admin/products/{pid}/stock-adjustments",
              {"delta": delta, "reason": "Inventaire (bench P8)"},
              {"Authorization": f"Bearer {ctx.admin_token(ctx.bench.api)}"})
    return sent


def latencies(ctx, watchers, pid):
    samples = {name: [] for name in watchers}
    set_stock(ctx, pid, STOCK)
    time.sleep(2 * STOCK_ALERT_INTERVAL)
    for number in range(CHANGES):
        ctx.progress(f"change {number + 1}/{CHANGES}")
        event, delta = ("low_stock", -STOCK) if number % 2 == 0 else ("stock_ok", STOCK)
        changed = adjust(ctx, pid, delta)
        for name, watcher in watchers.items():
            samples[name].append(wait(watcher, event, pid, changed) - changed)
        time.sleep(random.uniform(0, STOCK_ALERT_INTERVAL))
    return samples


def wait(watcher, event, pid, after, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        moment = watcher.arrival(event, pid, after)
        if moment:
            return moment
        time.sleep(0.005)
    return after + timeout


def run(ctx):
    pid = product_id(ctx)
    nginx_ticket, direct_ticket = tickets(ctx, ctx.bench.api, 2)
    watchers = {"nginx": Watcher(ctx.bench.site, nginx_ticket, ctx.bench.tls()),
                "direct": Watcher(ctx.bench.api, direct_ticket)}
    try:
        samples = latencies(ctx, watchers, pid)
    finally:
        for watcher in watchers.values():
            watcher.close()
    nginx, direct = (percentile(samples[name], 0.95) * 1000 for name in ("nginx", "direct"))
    interval = STOCK_ALERT_INTERVAL * 1000
    return [Line("P8", f"stock change → event, p95 of {CHANGES} (alert interval {interval:.0f} ms)",
                 f"{nginx:.0f} ms (nginx)", f"{direct:.0f} ms (direct)", f"{nginx - direct:+.0f} ms",
                 f"≤ direct + {MARGIN_MS} ms, ≤ {interval:.0f} ms",
                 nginx <= direct + MARGIN_MS and nginx <= interval,
                 "POST /api/admin/products/<id>/stock-adjustments (±1000, from sending it) → "
                 "low_stock/stock_ok seen on an HTTPS stream through nginx and on one straight to gunicorn")]
