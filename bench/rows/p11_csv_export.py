"""P11 CSV export of 100k orders: streamed (time to first byte) and the workers' memory growth."""
import threading
import time

from benchlib.load import Client, children, rss_kb
from benchlib.result import Line

PATH = "/api/admin/orders/export.csv"


def sample_peak(pids, stop, peak):
    while not stop.is_set():
        peak[0] = max(peak[0], rss_kb(pids))
        time.sleep(0.05)


def download(ctx, base):
    client = Client(base, headers={"Authorization": f"Bearer {ctx.admin_token(base)}"})
    started = time.perf_counter()
    client.connection.request("GET", PATH, headers=client.headers)
    response = client.connection.getresponse()
    response.read(1)
    first_byte = time.perf_counter() - started
    size, lines = 1, 0
    while chunk := response.read(65536):
        size += len(chunk)
        lines += chunk.count(b"\n")
    client.close()
    return first_byte, time.perf_counter() - started, size, lines


def run(ctx):
    base = ctx.large_api()
    ctx.admin_token(base)
    workers = children(ctx.bench.pid("large"))
    before = rss_kb(workers)
    stop, peak = threading.Event(), [before]
    threading.Thread(target=sample_peak, args=(workers, stop, peak), daemon=True).start()
    ctx.progress("downloading the export")
    try:
        first_byte, total, size, lines = download(ctx, base)
    finally:
        stop.set()
    growth = (peak[0] - before) / 1024
    command = f"GET {PATH} (admin) straight to gunicorn; RSS of the workers sampled every 50 ms"
    return [
        Line("P11", f"CSV export: first byte ({lines - 1} orders, {size / 1e6:.0f} MB in {total:.0f} s)",
             f"{first_byte:.2f} s", "—", f"{first_byte:.2f} s", "≤ 0.3 s", first_byte <= 0.3, command),
        Line("P11", "CSV export: workers' RSS growth", f"{growth:.1f} MB", "—", f"{growth:.1f} MB", "≤ 30 MB",
             growth <= 30, command),
    ]
