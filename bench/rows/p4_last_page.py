"""P4 catalogue page 1 against the last page of 100k products: p95 latency."""
import json

from benchlib.load import Client
from benchlib.result import Line, interleave, median, percentile

PER_PAGE = 24
SAMPLES = 30
BAR = 1.5


def p95_ms(client, path):
    return percentile(client.times(path, SAMPLES), 0.95) * 1000


def run(ctx):
    client = Client(ctx.large_api())
    try:
        _time, _status, body = client.get(f"/api/products?per_page={PER_PAGE}")
        last = json.loads(body)["pages"]
        first_path = f"/api/products?per_page={PER_PAGE}"
        last_path = f"{first_path}&page={last}"
        client.times(last_path, 3)  # warm the pages the bar compares
        pairs = interleave(lambda: p95_ms(client, first_path), lambda: p95_ms(client, last_path), 3,
                           ctx.progress)
    finally:
        client.close()
    ratio = median([figure / base for base, figure in pairs])
    return [Line("P4", f"p95 of page {last} (last) vs page 1, 100k products",
                 f"{median([f for _, f in pairs]):.1f} ms", f"{median([b for b, _ in pairs]):.1f} ms",
                 f"{ratio:.2f}×", f"≤ {BAR}×", ratio <= BAR,
                 f"{SAMPLES} sequential GETs of each page straight to gunicorn, p95, 3 interleaved rounds")]
