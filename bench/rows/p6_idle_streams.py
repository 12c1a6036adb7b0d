"""P6 the API under wrk with 1,000 idle admin SSE streams open, against the same API with none."""
import time

from benchlib import machine
from benchlib.load import (
    NO_CACHE, PRODUCTS_PAGE, TAIL_WRK_DURATION, children, rss_kb, wrk_products_page_tail,
)
from benchlib.result import Line, interleave, median
from benchlib.sse import IdleStreams

STREAMS = 1000
COMMAND = (f"wrk -t1 -c16 -d{TAIL_WRK_DURATION}s --latency -H '{NO_CACHE}' {PRODUCTS_PAGE} "
           f"with {STREAMS} idle streams (straight to gunicorn) vs none")


def with_streams(ctx, memory):
    workers = children(ctx.bench.pid())
    before = rss_kb(workers)
    streams = IdleStreams(ctx, ctx.bench.api, STREAMS, ctx.progress)
    try:
        time.sleep(2)
        memory.append((rss_kb(workers) - before) / STREAMS)
        return wrk_products_page_tail(ctx.bench.api)
    finally:
        streams.close()
        # The next leg starts once the workers are done with these (closed streams, logins).
        machine.wait_until_quiet(ctx.progress)


def run(ctx):
    memory = []
    pairs = interleave(lambda: wrk_products_page_tail(ctx.bench.api), lambda: with_streams(ctx, memory), 3,
                       ctx.progress)
    rps = median([figure.rps / base.rps for base, figure in pairs])
    p99 = median([figure.p99_ms / base.p99_ms for base, figure in pairs])
    errors = sum(figure.errors for _, figure in pairs)
    per_stream = median(memory)
    return [
        Line("P6", f"throughput with {STREAMS} idle streams" + (f" ({errors} errors)" if errors else ""),
             f"{median([f.rps for _, f in pairs]):.0f} req/s",
             f"{median([b.rps for b, _ in pairs]):.0f} req/s",
             f"{rps:.2f}×", "≥ 0.90×", rps >= 0.9 and not errors, COMMAND),
        Line("P6", f"p99 with {STREAMS} idle streams", f"{median([f.p99_ms for _, f in pairs]):.0f} ms",
             f"{median([b.p99_ms for b, _ in pairs]):.0f} ms", f"{p99:.2f}×", "≤ 1.50×", p99 <= 1.5, COMMAND),
        Line("P6", "memory per idle stream (gunicorn workers' RSS)", f"{per_stream:.1f} kB", "—",
             f"{per_stream:.1f} kB", "≤ 25 kB", per_stream <= 25, "RSS of the workers before/after opening"),
    ]
