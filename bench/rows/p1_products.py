"""P1 GET /api/products (24 a page, 10k products) against a bare Flask route, uncached and repeated.

Beside them, a reference: GET /api/health, whose one `SELECT 1` is the least any database read costs
(pool pre-ping, BEGIN, the statement, ROLLBACK), so the uncached figure can be read against it."""
import urllib.request

from benchlib.load import NO_CACHE, PRODUCTS_PAGE as PAGE
from benchlib.throughput import compare, throughput_line

WRK = "wrk -t1 -c16 -d5s --latency"


def etag_of(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.headers.get("ETag")


def run(ctx):
    bare = ctx.bench.start_bare() + "/api/products"
    page = ctx.bench.api + PAGE
    ctx.progress("uncached: wrk, bare route / products page (Cache-Control: no-cache)")
    uncached = compare(ctx, bare, page, figure_headers=[NO_CACHE])
    ctx.figures["P1"] = uncached
    lines = [throughput_line("P1", "GET /api/products uncached", uncached, 0.20,
                             f"{WRK} -H '{NO_CACHE}' {PAGE} vs bare_api.py /api/products, "
                             "3 interleaved rounds")]
    ctx.progress("reference: the least a database read costs (GET /api/health, one SELECT 1)")
    floor = compare(ctx, bare, ctx.bench.api + "/api/health")
    lines.append(throughput_line("P1", "reference: GET /api/health (one SELECT 1)", floor, None,
                                 f"{WRK} /api/health vs bare route"))
    etag = etag_of(page)
    headers = [f"If-None-Match: {etag}"] if etag else []
    ctx.progress(f"repeated anonymous page ({'If-None-Match ' + etag if etag else 'no ETag'})")
    repeated = compare(ctx, bare, page, figure_headers=headers)
    lines.append(throughput_line(
        "P1", "GET /api/products repeated (If-None-Match → 304)" if etag else "GET /api/products repeated",
        repeated, 0.50, f"{WRK} -H 'If-None-Match: <ETag>' {PAGE} vs bare route"))
    return lines
