"""Load generators: wrk for throughput and tail latency, a plain client for per-request times."""
import http.client
import re
import subprocess
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from .paths import BENCH

WRK_DURATION = 5
# The rows judged on p99 (P6, P10) run twice as long: at ~150-250 req/s, 5 s gives p99 from the 8-12
# slowest answers, which swung across the bar from run to run.
TAIL_WRK_DURATION = 10
# P1's page, as P1 (uncached), P6, P9 and P10 load it: computed on every request, the catalogue
# cache skipped (dental-api/src/catalogue_cache.py).
PRODUCTS_PAGE = "/api/products?per_page=24"
NO_CACHE = "Cache-Control: no-cache"
WRK_CONNECTIONS = 16
_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0, "m": 60000.0}


@dataclass
class WrkRun:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int  # non-2xx/3xx answers and socket errors
    requests: int


def wrk(url, duration=WRK_DURATION, connections=WRK_CONNECTIONS, script=None, headers=(), env=None):
    """One wrk run (1 thread: the machine has 2 cores and the server needs them)."""
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "10s"]
    for header in headers:
        cmd += ["-H", header]
    if script:
        cmd += ["-s", str(BENCH / "scripts" / script)]
    result = subprocess.run(cmd + [url], capture_output=True, text=True, check=True, env=env)
    try:
        return parse_wrk(result.stdout)
    except RuntimeError as error:  # seen once: exit 0 and nothing printed; say what wrk did say
        raise RuntimeError(f"{error}\nstderr: {result.stderr[-1500:]}") from None


def wrk_products_page(api, **kwargs):
    return wrk(api + PRODUCTS_PAGE, headers=[NO_CACHE], **kwargs)


def wrk_products_page_tail(api):
    """The same, as long as a row judged on p99 runs it."""
    return wrk_products_page(api, duration=TAIL_WRK_DURATION)


def parse_wrk(output):
    rps_match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    requests_match = re.search(r"(\d+) requests in", output)
    if not (rps_match and requests_match):
        raise RuntimeError(f"wrk printed no throughput:\n{output[-1500:]}")
    rps, requests = float(rps_match.group(1)), int(requests_match.group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket:
        errors += sum(int(n) for n in socket.groups())
    return WrkRun(rps, _latency(output, "50%"), _latency(output, "99%"), errors, requests)


def _latency(output, label):
    value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M).groups()
    return float(value) * _UNITS[unit]


class Client:
    """Keep-alive HTTP(S) client timing each request (seconds)."""

    def __init__(self, base, headers=None, context=None):
        parsed = urllib.parse.urlparse(base)
        kind = http.client.HTTPSConnection if parsed.scheme == "https" else http.client.HTTPConnection
        extra = {"context": context} if parsed.scheme == "https" else {}
        self.connection = kind(parsed.hostname, parsed.port, timeout=60, **extra)
        self.headers = headers or {}

    def get(self, path, headers=None):
        started = time.perf_counter()
        self.connection.request("GET", path, headers={**self.headers, **(headers or {})})
        response = self.connection.getresponse()
        body = response.read()
        return time.perf_counter() - started, response.status, body

    def times(self, path, count):
        samples = []
        for _ in range(count):
            elapsed, status, _body = self.get(path)
            if status != 200:
                raise RuntimeError(f"GET {path}: {status}")
            samples.append(elapsed)
        return samples

    def close(self):
        self.connection.close()


def rss_kb(pids):
    """Resident memory of these processes, in kB."""
    total = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            continue
        total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
    return total


def children(pid):
    """The worker processes of a gunicorn master."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []
