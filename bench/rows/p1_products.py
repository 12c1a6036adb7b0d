"""P1 GET /api/products (24 a page, 10k products) against a bare Flask route, uncached and repeated.

Beside them, two references the uncached figure can be read against: where the CPU goes (the
workers' and PostgreSQL's CPU time per request, page against bare route), and GET /api/health, whose
one `SELECT 1` is the least any database read costs (pool pre-ping, BEGIN, the statement, ROLLBACK)."""
import urllib.request

from benchlib.cpu import cpu_per_request, postgres_pids
from benchlib.load import NO_CACHE, PRODUCTS_PAGE as PAGE, children, wrk
from benchlib.result import Line
from benchlib.throughput import compare, throughput_line

WRK = "wrk -t1 -c16 -d5s --latency"


def etag_of(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.headers.get("ETag")


def cpu_line(ctx, bare, page):
    """Where a request's CPU goes. With both cores busy, throughput is their time divided by the CPU
    a request costs, so bare / page is about the uncached ratio, and the parts say which one weighs."""
    ctx.progress("reference: CPU time per request, bare route then products page")
    bare_cpu = cpu_per_request(lambda: wrk(bare), {"workers": children(ctx.bench.pid("bare"))})
    page_cpu = cpu_per_request(lambda: wrk(page, headers=[NO_CACHE]),
                               {"workers": children(ctx.bench.pid()), "postgres": postgres_pids()})
    ratio = bare_cpu["workers"] / (page_cpu["workers"] + page_cpu["postgres"])
    return Line("P1", "reference: CPU per request, uncached page vs bare route",
                f"{page_cpu['workers']:.1f} ms workers + {page_cpu['postgres']:.1f} ms PostgreSQL",
                f"{bare_cpu['workers']:.2f} ms workers (bare)", f"{ratio:.2f}× (bare / page)", "—", None,
                "one wrk leg each; utime + stime of the gunicorn workers and of every postgres process "
                "from /proc, divided by the requests served")


def run(ctx):
    bare = ctx.bench.start_bare() + "/api/products"
    page = ctx.bench.api + PAGE
    ctx.progress("uncached: wrk, bare route / products page (Cache-Control: no-cache)")
    uncached = compare(ctx, bare, page, figure_headers=[NO_CACHE])
    ctx.figures["P1"] = uncached
    lines = [throughput_line("P1", "GET /api/products uncached", uncached, 0.20,
                             f"{WRK} -H '{NO_CACHE}' {PAGE} vs bare_api.py /api/products, "
                             "3 interleaved rounds")]
    lines.append(cpu_line(ctx, bare, page))
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
