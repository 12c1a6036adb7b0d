"""P2 GET /api/products/<slug> against a bare Flask route.

The bar is judged on what a browser without a copy gets (the catalogue version's cache); the page
computed afresh (Cache-Control: no-cache) is measured beside it as a reference."""
import json
import urllib.request

from benchlib.load import NO_CACHE
from benchlib.throughput import compare, throughput_line


def some_slug(api):
    with urllib.request.urlopen(api + "/api/products?per_page=1&page=50", timeout=30) as response:
        return json.loads(response.read())["items"][0]["slug"]


def run(ctx):
    path = f"/api/products/{some_slug(ctx.bench.api)}"
    bare = ctx.bench.start_bare() + path
    ctx.progress("as a browser asks without a copy: from the catalogue version's cache")
    pairs = compare(ctx, bare, ctx.bench.api + path)
    ctx.progress("computed afresh (Cache-Control: no-cache)")
    fresh = compare(ctx, bare, ctx.bench.api + path, figure_headers=[NO_CACHE])
    command = f"wrk -t1 -c16 -d5s {path} vs bare route, 3 interleaved rounds"
    return [throughput_line("P2", "GET /api/products/<slug> (no If-None-Match)", pairs, 0.30, command),
            throughput_line("P2", "reference: GET /api/products/<slug> computed afresh (no-cache)",
                            fresh, None, f"{command}, -H '{NO_CACHE}'")]
