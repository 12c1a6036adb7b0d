"""Live stock alerts: one database check per process and interval, fanned out in memory to every stream.

The broadcaster is the only reader of the database for the streams. Each STOCK_ALERT_INTERVAL it reads
the low-stock set, the orders placed since the last check and the active admins in one short
transaction, gives its connection back, and puts that snapshot in every open stream's queue. It reads
sooner when the catalogue's version changes (catalogue_cache.py: every committed change to a product,
a sale included, replaces it): it looks at the version every WATCH_SECONDS, so a sale or a restock
reaches the streams within a fraction of a second, not an interval; without Redis, the interval alone.
Of the worker processes of one machine, only one reads the database; the others take its snapshots
from a file (stock_alert_share.py). A stream only waits on its queue, so it never holds a connection,
and 1 or 1,000 streams cost the same queries. It runs in a daemon thread, a greenlet once gevent has
patched threading, and stops with its last stream.
"""
import json
import logging
import queue
import threading
import time
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select

from ..catalogue_cache import current_version
from ..extensions import db
from ..models import Order, Product, User
from ..models.base import utcnow
from ..models.user import ROLE_ADMIN
from ..schemas.stock_alerts import LowStockProductSchema, NewOrderEventSchema, RestockedProductSchema
from .stock_alert_share import FOLLOW_SECONDS, SnapshotShare

log = logging.getLogger(__name__)

RETRY_MS = 5000
WATCH_SECONDS = 0.1
QUEUE_SIZE = 100
ORDERS_PER_CHECK = 100
ORDER_LOOKBACK = timedelta(minutes=2)
_CLOSE = object()
_low_schema = LowStockProductSchema()
_restocked_schema = RestockedProductSchema()
_order_schema = NewOrderEventSchema()


@dataclass(frozen=True)
class Snapshot:
    low: dict        # product id -> low_stock payload, every active product below its threshold
    restocked: dict  # product id -> stock_ok payload, for products low in the previous snapshot only
    orders: list     # new_order payloads, oldest first
    admins: dict     # active admin id -> token_version
    taken_at: float  # time.monotonic() when the read began (one clock for every process)

    def shared(self):
        """The snapshot as JSON values, for the other worker processes (SnapshotShare)."""
        return {"low": list(self.low.items()), "restocked": list(self.restocked.items()),
                "orders": self.orders, "admins": list(self.admins.items()), "taken_at": self.taken_at}

    @classmethod
    def from_shared(cls, fields):
        return cls(dict(map(tuple, fields["low"])), dict(map(tuple, fields["restocked"])), fields["orders"],
                   dict(map(tuple, fields["admins"])), fields["taken_at"])


def read_snapshot(default_threshold, previous_low, announced):
    """Everything the streams need, read at once; returns (snapshot, order ids announced)."""
    taken_at = time.monotonic()
    low = _low_stock(default_threshold)
    gone = set(previous_low) - set(low)
    restocked = _restocked(gone) if gone else {}
    orders, announced = _new_orders(announced)
    admins = db.session.execute(
        select(User.id, User.token_version).where(User.role == ROLE_ADMIN, User.is_active)).all()
    return Snapshot(low, restocked, orders, dict(admins), taken_at), announced


def _low_stock(default_threshold):
    threshold = func.coalesce(Product.low_stock_threshold, default_threshold)
    rows = db.session.execute(
        select(Product.id, Product.name, Product.slug, Product.stock_quantity, threshold.label("threshold"))
        .where(Product.is_active, Product.stock_quantity < threshold)
        .order_by(Product.stock_quantity, Product.id)).mappings()
    return {row["id"]: _low_schema.dump(row) for row in rows}


def _restocked(product_ids):
    rows = db.session.execute(select(Product.id, Product.name, Product.stock_quantity)
                              .where(Product.id.in_(product_ids))).mappings()
    return {row["id"]: _restocked_schema.dump(row) for row in rows}


def _new_orders(announced):
    """Orders of the last few minutes not announced yet, and the ids seen (the next call's `announced`).

    Looking back by time rather than after the highest id keeps an order whose transaction
    committed after a newer one's.
    """
    since = utcnow() - ORDER_LOOKBACK
    rows = db.session.execute(
        select(Order.id, Order.reference, Order.customer_name, Order.total_price)
        .where(Order.created_at >= since).order_by(Order.id.desc()).limit(ORDERS_PER_CHECK)
    ).mappings().all()
    seen = frozenset(row["id"] for row in rows)
    if announced is None:
        # The first check only marks the present: a stream opens on what happens next.
        return [], seen
    fresh = [row for row in reversed(rows) if row["id"] not in announced]
    return _order_schema.dump(fresh, many=True), seen


class Subscription:
    """One open stream: its queue, its admin, and the products it has already alerted."""

    def __init__(self, user_id, token_version):
        self.user_id = user_id
        self.token_version = token_version
        self.opened_at = time.monotonic()
        self.queue = queue.Queue(maxsize=QUEUE_SIZE)
        self.alerted = None
        self.event_id = 0

    def offer(self, item):
        """Queue a snapshot; False (and the stream closed) when its client stopped reading."""
        try:
            self.queue.put_nowait(item)
            return True
        except queue.Full:
            self.close()
            return False

    def close(self):
        while True:
            try:
                self.queue.put_nowait(_CLOSE)
                return
            except queue.Full:
                self._drop_oldest()

    def _drop_oldest(self):
        try:
            self.queue.get_nowait()
        except queue.Empty:
            pass

    def allowed(self, snapshot):
        """Still an active admin with the same token version (not demoted, deactivated, logged out).

        A snapshot read before the stream opened is older than the ticket check: it cannot refuse.
        """
        if snapshot.taken_at < self.opened_at:
            return True
        return snapshot.admins.get(self.user_id) == self.token_version

    def events(self, snapshot):
        """The SSE text this snapshot means for this stream ("" when nothing changed for it)."""
        if self.alerted is None:
            self.alerted = dict(snapshot.low)
            return self._event("low_stock", {"products": list(snapshot.low.values())})
        fresh = [product for key, product in snapshot.low.items() if key not in self.alerted]
        back = [snapshot.restocked.get(key) or _restocked_schema.dump(product)
                for key, product in self.alerted.items() if key not in snapshot.low]
        self.alerted = dict(snapshot.low)
        chunks = [self._event("low_stock", {"products": fresh})] if fresh else []
        if back:
            chunks.append(self._event("stock_ok", {"products": back}))
        chunks.extend(self._event("new_order", order) for order in snapshot.orders)
        return "".join(chunks)

    def _event(self, name, data):
        self.event_id += 1
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return f"id: {self.event_id}\nevent: {name}\ndata: {payload}\n\n"


class Broadcaster:
    """The per-process check and its subscribers; started by the first stream, stopped after the last."""

    def __init__(self):
        self._lock = threading.Lock()
        self._subscribers = set()
        self._stop = None
        self._thread = None
        self._latest = None
        self.checks = 0  # snapshots published to the streams
        self.reads = 0   # of them, the ones this process read from the database

    @property
    def streams(self):
        return len(self._subscribers)

    @property
    def running(self):
        return self._stop is not None

    def subscribe(self, app, user_id, token_version):
        subscription = Subscription(user_id, token_version)
        with self._lock:
            self._subscribers.add(subscription)
            if self._latest is not None:
                subscription.offer(self._latest)
            if self._stop is None:
                self._stop = threading.Event()
                self._thread = threading.Thread(target=self._run, args=(app, self._stop),
                                                name="stock-alerts", daemon=True)
                self._thread.start()
        return subscription

    def unsubscribe(self, subscription):
        with self._lock:
            self._subscribers.discard(subscription)

    def close_all(self):
        """End every open stream (worker shutdown): their clients reconnect to another worker."""
        with self._lock:
            for subscription in self._subscribers:
                subscription.close()
            self._subscribers.clear()

    def reset(self, timeout=5):
        """Stop the check and forget every stream and snapshot (tests)."""
        with self._lock:
            stop, thread = self._stop, self._thread
            self._stop, self._thread, self._latest, self.checks, self.reads = None, None, None, 0, 0
        self.close_all()
        if stop is not None:
            stop.set()
            thread.join(timeout)

    def _run(self, app, stop):
        share = SnapshotShare.for_app(app)
        previous_low, announced = {}, None
        try:
            while self._keep_running(stop):
                if share.lead():
                    # Read before the check: a change committed during it replaces the version after this.
                    version = self._catalogue_version(app)
                    previous_low, announced = self._lead(app, share, stop, previous_low, announced)
                    self._wait_for_change(app, stop, version)
                else:
                    # Another process reads the database; should it stop, this one starts afresh.
                    previous_low, announced = {}, None
                    self._follow(share, stop)
                    stop.wait(min(FOLLOW_SECONDS, app.config["STOCK_ALERT_INTERVAL"]))
        finally:
            share.release()

    def _lead(self, app, share, stop, previous_low, announced):
        try:
            snapshot, announced = self._check(app, previous_low, announced)
        except Exception:
            log.exception("stock alert check failed; retrying next interval")
            return previous_low, announced
        self.reads += 1
        share.write(snapshot.shared())
        self._publish(snapshot, stop)
        return snapshot.low, announced

    def _wait_for_change(self, app, stop, version):
        """Until the next interval, or sooner once the catalogue's version is no longer `version`."""
        deadline = time.monotonic() + app.config["STOCK_ALERT_INTERVAL"]
        while not stop.wait(max(0.0, min(WATCH_SECONDS, deadline - time.monotonic()))):
            if time.monotonic() >= deadline:
                return
            if version is not None and self._catalogue_version(app) not in (version, None):
                return

    @staticmethod
    def _catalogue_version(app):
        with app.app_context():
            return current_version()

    def _follow(self, share, stop):
        fields = share.read_new()
        if fields is not None:
            self._publish(Snapshot.from_shared(fields), stop)

    def _keep_running(self, stop):
        with self._lock:
            if stop is self._stop and self._subscribers and not stop.is_set():
                return True
            if stop is self._stop:
                self._stop, self._thread, self._latest = None, None, None
            return False

    def _check(self, app, previous_low, announced):
        with app.app_context():
            try:
                return read_snapshot(app.config["LOW_STOCK_THRESHOLD"], previous_low, announced)
            finally:
                # Give the connection back before waiting: no stream ever holds one.
                db.session.remove()

    def _publish(self, snapshot, stop):
        with self._lock:
            if stop is not self._stop:
                return
            self._latest = snapshot
            self.checks += 1
            for subscription in list(self._subscribers):
                if not subscription.offer(snapshot):
                    self._subscribers.discard(subscription)


broadcaster = Broadcaster()


def stream_events(app, user_id, token_version, heartbeat):
    """One stream's SSE text: retry, the low-stock set now, then its changes, orders and pings."""
    yield f"retry: {RETRY_MS}\n\n"
    subscription = broadcaster.subscribe(app, user_id, token_version)
    try:
        next_ping = time.monotonic() + heartbeat
        while True:
            item = _next_item(subscription.queue, next_ping)
            if item is _CLOSE or (item is not None and not subscription.allowed(item)):
                return
            chunk = subscription.events(item) if item is not None else ""
            if time.monotonic() >= next_ping:
                chunk += ": ping\n\n"
                next_ping = time.monotonic() + heartbeat
            if chunk:
                yield chunk
    finally:
        broadcaster.unsubscribe(subscription)


def _next_item(items, deadline):
    try:
        return items.get(timeout=max(0.0, deadline - time.monotonic()))
    except queue.Empty:
        return None
