"""Admin stock-alert streams for P6-P8: tickets, idle streams by the thousand, and a reading stream."""
import json
import socket
import ssl
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

from .context import post_json


def tickets(ctx, base, count):
    headers = {"Authorization": f"Bearer {ctx.admin_token(base)}"}

    def mint(_number):
        return post_json(base + "/api/admin/stock_alerts/ticket", {}, headers)["token"]

    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(mint, range(count)))


def connect(base, ticket, tls=None):
    """An open stream's socket, its status line read (200 expected)."""
    parsed = urllib.parse.urlparse(base)
    sock = socket.create_connection((parsed.hostname, parsed.port), timeout=30)
    if parsed.scheme == "https":
        sock = (tls or ssl.create_default_context()).wrap_socket(sock, server_hostname=parsed.hostname)
    sock.sendall(f"GET /api/admin/stock_alerts?token={ticket} HTTP/1.1\r\nHost: {parsed.hostname}\r\n"
                 "Accept: text/event-stream\r\n\r\n".encode())
    head = sock.recv(256)
    if not head.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(f"stream refused: {head[:80]!r}")
    return sock


class IdleStreams:
    """Streams opened and never read (the kernel buffers their pings): what 1,000 idle admins cost."""

    def __init__(self, ctx, base, count, progress):
        progress(f"minting {count} stream tickets")
        self.sockets = []
        for ticket in tickets(ctx, base, count):
            self.sockets.append(connect(base, ticket))
        progress(f"{count} streams open")

    def close(self):
        for sock in self.sockets:
            sock.close()
        self.sockets = []


class Watcher:
    """A stream read in a thread: when each product id first showed up in a low_stock/stock_ok event."""

    def __init__(self, base, ticket, tls=None):
        self.sock = connect(base, ticket, tls)
        self.sock.settimeout(None)
        self.seen = []  # (monotonic time, event name, product ids)
        self.lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        buffer = b""
        try:
            while chunk := self.sock.recv(65536):
                buffer += chunk
                *events, buffer = buffer.split(b"\n\n")
                for event in events:
                    self._record(event.decode(errors="replace"))
        except OSError:
            return

    def _record(self, text):
        fields = dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)
        if fields.get("event") in ("low_stock", "stock_ok"):
            data = fields.get("data", "")
            # (the stream is chunked: the data line of a large event may carry chunk sizes; ids suffice)
            ids = {product["id"] for product in _products(data)}
            with self.lock:
                self.seen.append((time.monotonic(), fields["event"], ids))

    def arrival(self, event, product_id, after):
        with self.lock:
            for moment, name, ids in self.seen:
                if name == event and product_id in ids and moment >= after:
                    return moment
        return None

    def close(self):
        self.sock.close()


def _products(data):
    try:
        return json.loads(data).get("products", [])
    except ValueError:
        return []
