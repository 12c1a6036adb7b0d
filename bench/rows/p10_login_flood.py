"""P10 P1's load with a login flood at 3/s (bcrypt cost 12) alongside, against P1's load alone."""
import threading

from benchlib import data, machine
from benchlib.context import post_json
from benchlib.load import NO_CACHE, PRODUCTS_PAGE, TAIL_WRK_DURATION, wrk_products_page_tail
from benchlib.result import Line, interleave, median

RATE = 3.0
BAR = 2.0


def flood(url, stop, done):
    email, password = data.seeded_admin()

    def login():
        try:
            done.append("access_token" in post_json(url, {"email": email, "password": password}))
        except OSError:
            done.append(False)

    while not stop.is_set():
        threading.Thread(target=login, daemon=True).start()
        stop.wait(1 / RATE)


def with_flood(ctx, done):
    stop = threading.Event()
    thread = threading.Thread(target=flood, args=(ctx.bench.api + "/api/auth/login", stop, done))
    thread.start()
    try:
        return wrk_products_page_tail(ctx.bench.api)
    finally:
        stop.set()
        thread.join()
        # The next leg starts once the workers are done with these (closed streams, logins).
        machine.wait_until_quiet(ctx.progress)


def run(ctx):
    done = []
    pairs = interleave(lambda: wrk_products_page_tail(ctx.bench.api), lambda: with_flood(ctx, done), 3,
                       ctx.progress)
    ratio = median([figure.p99_ms / base.p99_ms for base, figure in pairs])
    return [Line("P10", f"P1 p99 with {RATE:.0f} logins/s ({sum(done)} logins, {done.count(False)} failed)",
                 f"{median([f.p99_ms for _, f in pairs]):.0f} ms",
                 f"{median([b.p99_ms for b, _ in pairs]):.0f} ms",
                 f"{ratio:.2f}×", f"≤ {BAR}×", ratio <= BAR,
                 f"wrk -t1 -c16 -d{TAIL_WRK_DURATION}s --latency -H '{NO_CACHE}' {PRODUCTS_PAGE} "
                 "with POST /api/auth/login at 3/s vs alone")]
