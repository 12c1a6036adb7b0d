"""P9 checkout (3 lines) throughput on PostgreSQL against P1's product list, and no oversell."""
import json
import os
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

from benchlib.load import wrk, wrk_products_page
from benchlib.result import Line, interleave, median

SCARCE_STOCK = 10
BUYERS = 40
BAR = 0.3


def stocked(ctx, count, stock, skip=0):
    """`count` active products given `stock` units (and no low-stock alert): [(id, price)]."""
    rows = ctx.sql("SELECT id, price FROM products WHERE is_active ORDER BY id DESC "
                   f"LIMIT {count} OFFSET {skip}")
    products = [(int(pid), Decimal(price)) for pid, price in (row.split("|") for row in rows.split())]
    ids = ",".join(str(pid) for pid, _ in products)
    ctx.sql(f"UPDATE products SET stock_quantity = {stock}, low_stock_threshold = 0 WHERE id IN ({ids})")
    return products


def body(products):
    return json.dumps({"items": [{"product_id": pid, "quantity": 1} for pid, _ in products],
                       "customer_name": "Dr Banc d'essai", "customer_phone": "+212600000000",
                       "delivery_city": "Rabat", "delivery_address": "1 rue du Test",
                       "total_price": float(sum(price for _, price in products))})


def buy(url, payload):
    request = urllib.request.Request(url, data=payload.encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def oversell(ctx):
    """BUYERS concurrent checkouts of a product with SCARCE_STOCK units: units sold that were not there
    (a product apart from the throughput legs', whose last requests may still be finishing)."""
    scarce = stocked(ctx, 1, SCARCE_STOCK, skip=3)
    url = ctx.bench.api + "/api/orders/whatsapp_checkout"
    with ThreadPoolExecutor(BUYERS) as pool:
        statuses = list(pool.map(lambda _: buy(url, body(scarce)), range(BUYERS)))
    left = int(ctx.sql(f"SELECT stock_quantity FROM products WHERE id = {scarce[0][0]}"))
    sold = statuses.count(201)
    return max(0, sold - SCARCE_STOCK, (SCARCE_STOCK - sold) - left), sold, left


def run(ctx):
    env = dict(os.environ, CHECKOUT_BODY=body(stocked(ctx, 3, 1_000_000)))
    checkout = ctx.bench.api + "/api/orders/whatsapp_checkout"
    pairs = interleave(lambda: wrk_products_page(ctx.bench.api),
                       lambda: wrk(checkout, script="checkout.lua", env=env), 3, ctx.progress)
    ctx.progress(f"oversell: {BUYERS} concurrent buyers of {SCARCE_STOCK} units")
    oversold, sold, left = oversell(ctx)
    ratio = median([figure.rps / base.rps for base, figure in pairs])
    errors = sum(figure.errors for _, figure in pairs)
    return [
        Line("P9", "checkout (3 lines) throughput" + (f" ({errors} errors)" if errors else ""),
             f"{median([f.rps for _, f in pairs]):.0f} req/s",
             f"{median([b.rps for b, _ in pairs]):.0f} req/s (P1)",
             f"{ratio:.2f}×", f"≥ {BAR}×", ratio >= BAR and not errors,
             "wrk -t1 -c16 -d5s -s bench/scripts/checkout.lua POST /api/orders/whatsapp_checkout "
             "vs P1's page computed (Cache-Control: no-cache)"),
        Line("P9", f"oversell: {BUYERS} buyers, {SCARCE_STOCK} in stock", f"{sold} sold, {left} left", "—",
             f"{oversold} oversold", "0", oversold == 0, "40 concurrent checkouts (threads) of one unit"),
    ]
