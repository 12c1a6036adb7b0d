"""P7 database reads of the stock alerts with 1 stream against 100 streams.

Counted as scans of the products table (pg_stat_user_tables): only the alert check reads it while
the streams stay idle, whereas whole-database transaction counts also take in autovacuum and the
connection pool's pings."""
import time

from benchlib.result import Line, interleave, median
from benchlib.sse import IdleStreams

WINDOW = 8
BAR = 1.1


def product_scans(ctx):
    return int(ctx.sql("SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_user_tables "
                       "WHERE relname = 'products'"))


def idle_in_transaction(ctx):
    """The last statements of the connections left idle in a transaction."""
    rows = ctx.sql("SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 60) FROM pg_stat_activity "
                   f"WHERE state LIKE 'idle in transaction%' AND datname = '{ctx.catalog_db}'", "postgres")
    return rows.splitlines()


def measured(ctx, count, held):
    streams = IdleStreams(ctx, ctx.bench.api, count, ctx.progress)
    try:
        time.sleep(2)  # past the ticket checks and the first snapshot
        start = product_scans(ctx)
        time.sleep(WINDOW)
        held.append(idle_in_transaction(ctx))
        time.sleep(1)  # PostgreSQL publishes its counters about once a second
        return max(1, product_scans(ctx) - start)
    finally:
        streams.close()
        time.sleep(1.5)


def run(ctx):
    held = []  # per window, the statements of the connections idle in a transaction
    pairs = interleave(lambda: measured(ctx, 1, held), lambda: measured(ctx, 100, held), 3, ctx.progress)
    ratio = median([figure / base for base, figure in pairs])
    command = f"scans of products (pg_stat_user_tables) over {WINDOW} s with 1 / 100 idle streams, 3 rounds"
    return [
        Line("P7", f"alert reads (products scans) per {WINDOW} s, 100 streams vs 1",
             f"{median([f for _, f in pairs]):.0f}", f"{median([b for b, _ in pairs]):.0f}",
             f"{ratio:.2f}×", f"≤ {BAR}×", ratio <= BAR, command),
        Line("P7", "'idle in transaction' connections while streams are open" + _last(held),
             str(max(map(len, held))), "—", str(max(map(len, held))), "0", not any(held),
             "pg_stat_activity at the end of each window"),
    ]


def _last(held):
    statements = [statement for window in held for statement in window]
    return f" (last statement: {statements[-1]})" if statements else ""
