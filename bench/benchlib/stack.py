"""The stack under test, started once per run, on infra/tests/loopback_stack.py's running_stack:
nginx (the project's configuration, TLS) in front of gunicorn with dental-api/gunicorn.conf.py in
production mode on the seeded catalogue, serving the built front end. Beside it, on the same
gunicorn configuration: the bare Flask baseline (bench/bare_api.py) and, for the 100k rows, the API
on the large data set.

running_stack recreates and drops its database; here the seeded one is kept (the dbtools shim).
"""
import contextlib
import multiprocessing
import os
import time
import types
import urllib.request

from . import paths
import dbtools
import loopback_stack

STOCK_ALERT_INTERVAL = 1.0
# Production defaults of gunicorn.conf.py, said out loud (running_stack would otherwise use 2).
WORKERS = min(2 * multiprocessing.cpu_count() + 1, 5)
SETTINGS = dict(GUNICORN_WORKERS=WORKERS, RATELIMIT_ENABLED="false",
                STOCK_ALERT_INTERVAL=STOCK_ALERT_INTERVAL)


def _bench_redis():
    # running_stack empties the Redis database it is given: the bench's own is db 13.
    os.environ.setdefault("INFRA_REDIS_URL", "redis://127.0.0.1:6379/13")


def _keeping_database():
    shim = types.SimpleNamespace(**{name: getattr(dbtools, name) for name in dir(dbtools)
                                    if not name.startswith("__")})
    shim.recreate = shim.drop = lambda database: None
    return shim


@contextlib.contextmanager
def bench_stack(database, note):
    _bench_redis()
    original = loopback_stack.dbtools
    loopback_stack.dbtools = _keeping_database()
    try:
        with loopback_stack.running_stack(database, note=note, **SETTINGS) as stack:
            yield Bench(stack)
    finally:
        loopback_stack.dbtools = original


def warm_up(url, timeout=60):
    """Wait until every worker has booted and answers (the port opens before the workers do)."""
    deadline = time.monotonic() + timeout
    answered = 0
    while answered < 20 and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                answered += response.status == 200
        except OSError:
            time.sleep(0.2)


class Bench:
    """URLs and processes of the running stack."""

    def __init__(self, stack):
        self.stack = stack
        self.api = f"http://127.0.0.1:{stack.backend_port}"
        warm_up(self.api + "/api/products?per_page=1")
        self.site = f"https://localhost:{stack.https_port}"
        self.bare = None
        self.large = None

    def gunicorn(self, name, app, env):
        port = loopback_stack.free_port()
        cmd = [str(paths.VENV_BIN / "gunicorn"), "--config", "gunicorn.conf.py", "--bind",
               f"127.0.0.1:{port}", "--pythonpath", str(paths.BENCH), app]
        self.stack.start(name, cmd, port, cwd=paths.API, env=env)
        base = f"http://127.0.0.1:{port}"
        warm_up(base + "/api/products?per_page=1")
        return base

    def start_bare(self):
        if not self.bare:
            self.bare = self.gunicorn("bare", "bare_api:app", self.stack.env)
        return self.bare

    def start_large(self, database):
        if not self.large:
            env = dict(self.stack.env, DATABASE_URL=dbtools.url(database))
            self.large = self.gunicorn("large", "wsgi:app", env)
        return self.large

    def pid(self, name="gunicorn"):
        return self.stack.processes[name].pid

    def tls(self):
        return self.stack.tls_context()
