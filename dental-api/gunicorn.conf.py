"""Production server settings (gunicorn -c gunicorn.conf.py wsgi:app).

gevent workers: an open SSE stream costs a greenlet, not a thread. Measured on these machines, a gthread
worker whose threads are all held by streams answers nothing else, while a gevent worker held 1,000 idle
streams with the API's throughput unchanged. psycopg2 is made cooperative (psycogreen) so a query
yields to other greenlets instead of blocking the worker; bcrypt and image work go to the hub's
threadpool (src/services/cpu.py).
"""
import multiprocessing
import os
import re

from gunicorn.glogging import Logger

# Sockets and workers
bind = f"0.0.0.0:{os.environ.get('PORT', '5000')}"
worker_class = "gevent"
# Each worker holds up to 15 PostgreSQL connections (SQLAlchemy's pool): keep workers × 15 under
# max_connections (100 by default).
workers = int(os.environ.get("GUNICORN_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 5)))
# Every open stream holds one of these for its whole life: a worker whose slots are all taken by
# streams stops accepting API requests (measured: 1 worker, 1,000 slots, 1,000 streams -> 0 req/s).
# Keep it well above streams per worker + API concurrency; the process needs that many file
# descriptors (ulimit -n).
worker_connections = int(os.environ.get("GUNICORN_WORKER_CONNECTIONS", 2000))
# The gevent worker patches the standard library after the fork: import the app only after that.
preload_app = False

# Timeouts: streams end at shutdown (post_worker_init below), so a deploy does not wait for them.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 20))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", 5))

# Proxies allowed to set X-Forwarded-Proto (nginx); the app trusts TRUSTED_PROXIES hops for addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Logs
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

_TICKET = re.compile(r"\b(token=)[^&\s]*")


class TicketRedactingLogger(Logger):
    """Access lines without the stream ticket of /api/admin/stock_alerts?token=… (ASVS 14.2.1)."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("r", "q", "{raw_uri}e", "{query_string}e"):
            if isinstance(atoms.get(key), str):
                atoms[key] = _TICKET.sub(r"\1[redacted]", atoms[key])
        return atoms


logger_class = TicketRedactingLogger


def post_worker_init(worker):
    """In each gevent worker, once the app is loaded: cooperative psycopg2, streams ended at shutdown."""
    import gevent
    from gevent import monkey
    from psycogreen.gevent import patch_psycopg

    if not monkey.is_module_patched("socket"):
        return  # another worker class given on the command line (-k gthread)
    patch_psycopg()
    gevent.spawn(_end_streams_at_shutdown, worker)


def _end_streams_at_shutdown(worker):
    import gevent

    from src.services.stock_alerts import broadcaster

    while worker.alive:
        gevent.sleep(0.5)
    # The clients reconnect (with a fresh ticket) to a worker that stays.
    broadcaster.close_all()
