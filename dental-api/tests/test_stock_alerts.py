"""Stock alerts: the stream ticket, the SSE stream's events, and the one shared check per process."""
import json
import threading
import time
from collections import Counter
from contextlib import contextmanager
from decimal import Decimal

import pytest
from flask_jwt_extended import decode_token
from sqlalchemy import event

from src.extensions import db
from src.models import Order, Product, User
from src.services.stock import change_stock
from src.services.stock_alerts import Snapshot, Subscription, broadcaster, read_snapshot
from src.services.tokens import issue_stream_ticket

from .conftest import auth_headers
from .factories import make_order, make_product, make_user

STREAM = "/api/admin/stock_alerts"
TICKET = "/api/admin/stock_alerts/ticket"
UNAUTHORIZED = {"message": "Authentification requise."}


class Stream:
    """A streamed SSE answer read message by message: ("retry", ms), ("ping", None) or (event, data, id)."""

    def __init__(self, response):
        self.response = response
        self.chunks = iter(response.response)
        self.pending = []

    def next_message(self):
        """The next message; None once the server ended the stream."""
        while not self.pending:
            chunk = next(self.chunks, None)
            if chunk is None:
                return None
            self.pending.extend(_parse(block) for block in chunk.decode().split("\n\n") if block)
        return self.pending.pop(0)

    def read_until(self, wanted, seconds=3.0):
        """Messages up to and including the first of kind `wanted`; fails after `seconds`."""
        messages = self.read_for(seconds, until=wanted)
        if not messages or messages[-1][0] != wanted:
            pytest.fail(f"no {wanted!r} within {seconds}s: {messages}")
        return messages

    def read_for(self, seconds, until=None):
        """Messages arriving during `seconds` (the stream must stay open)."""
        _release_test_session()
        messages, deadline = [], time.monotonic() + seconds
        while time.monotonic() < deadline and not (messages and messages[-1][0] == until):
            message = self.next_message()
            assert message is not None, f"the stream ended after {messages}"
            messages.append(message)
        return messages


def _parse(block):
    if block.startswith(":"):
        return ("ping", None)
    fields = dict(line.split(": ", 1) for line in block.split("\n"))
    if "retry" in fields:
        return ("retry", int(fields["retry"]))
    return (fields["event"], json.loads(fields["data"]), int(fields["id"]))


def _events(messages, name):
    return [message[1] for message in messages if message[0] == name]


def _release_test_session():
    # The tests share the requests' session; on SQLite an open read transaction holds the write
    # lock (BEGIN IMMEDIATE) that the broadcaster's check needs.
    db.session.commit()


@pytest.fixture(autouse=True)
def _stop_broadcaster():
    yield
    broadcaster.reset()


@pytest.fixture
def open_stream(client):
    """open_stream(user) -> Stream, after reading `retry` and the first low_stock; closed after the test."""
    opened = []

    def open_(user):
        ticket = client.post(TICKET, headers=auth_headers(user)).json["token"]
        stream = Stream(client.get(STREAM, query_string={"token": ticket}))
        opened.append(stream)
        assert stream.response.status_code == 200
        stream.first = stream.read_until("low_stock")
        assert stream.first[0] == ("retry", 5000)
        stream.initial = stream.first[-1][1]["products"]
        return stream

    yield open_
    for stream in opened:
        stream.response.close()


def _admin():
    admin = make_user(role="admin", full_name="Dr Admin")
    db.session.commit()
    return admin


def _product(stock, **fields):
    product_id = make_product(stock_quantity=stock, **fields).id
    db.session.commit()
    return product_id


def _move_stock(product_id, delta):
    change_stock(product_id, delta, "sale" if delta < 0 else "adjustment")
    db.session.commit()


def _place_order(reference, customer_name, total):
    order = Order(reference=reference, customer_name=customer_name, customer_phone="+212600000001",
                  total_price=Decimal(total))
    db.session.add(order)
    db.session.commit()
    return order.id


def _change_user(user_id, change):
    user = db.session.get(User, user_id)
    if change == "demoted":
        user.role = "client"
    elif change == "deactivated":
        user.is_active = False
    else:
        user.invalidate_tokens()
    db.session.commit()


def _wait_for(condition, seconds=3.0):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


# --- The ticket ---------------------------------------------------------------------------------

def test_admin_gets_a_60_second_stream_ticket(client):
    admin = _admin()
    response = client.post(TICKET, headers=auth_headers(admin))
    assert response.status_code == 200
    assert set(response.json) == {"token", "expires_in"} and response.json["expires_in"] == 60
    payload = decode_token(response.json["token"])
    assert (payload["scope"], payload["sub"]) == ("stock_alerts", str(admin.id))
    assert payload["exp"] - payload["iat"] == 60


def test_client_cannot_get_a_ticket(client, login_as):
    response = client.post(TICKET, headers=login_as("client"))
    assert response.status_code == 403
    assert response.json == {"message": "Réservé aux administrateurs."}


def test_anonymous_cannot_get_a_ticket(client):
    response = client.post(TICKET)
    assert response.status_code == 401
    assert set(response.json) == {"message"}


def test_a_ticket_opens_no_other_route(client):
    headers = {"Authorization": f"Bearer {issue_stream_ticket(_admin())['token']}"}
    for response in (client.post(TICKET, headers=headers), client.get(STREAM, headers=headers)):
        assert response.status_code == 401
        assert set(response.json) == {"message"}


def test_openapi_documents_the_ticket_and_the_stream(client):
    paths = client.get("/api/openapi.json").json["paths"]
    assert "200" in paths[TICKET]["post"]["responses"]
    stream = paths[STREAM]["get"]
    assert "text/event-stream" in stream["responses"]["200"]["content"]
    assert "401" in stream["responses"] and [p["name"] for p in stream["parameters"]] == ["token"]


# --- Opening the stream -------------------------------------------------------------------------

@pytest.mark.parametrize("query", [{}, {"token": ""}, {"token": "not-a-jwt"}, {"token": "a.b.c"}])
def test_stream_without_a_valid_ticket_is_401_json(client, query):
    response = client.get(STREAM, query_string=query)
    assert response.status_code == 401
    assert response.json == UNAUTHORIZED
    assert broadcaster.streams == 0


def test_stream_refuses_an_access_token(client):
    access = auth_headers(_admin())["Authorization"].removeprefix("Bearer ")
    response = client.get(STREAM, query_string={"token": access})
    assert response.status_code == 401
    assert response.json == UNAUTHORIZED


def test_stream_refuses_an_expired_ticket(client, app, monkeypatch):
    admin = _admin()
    monkeypatch.setitem(app.config, "STREAM_TICKET_SECONDS", -1)
    ticket = client.post(TICKET, headers=auth_headers(admin)).json["token"]
    response = client.get(STREAM, query_string={"token": ticket})
    assert response.status_code == 401
    assert response.json == UNAUTHORIZED


@pytest.mark.parametrize("change", ["demoted", "deactivated", "logged_out", "client"])
def test_stream_refuses_a_ticket_of_a_user_who_is_not_an_active_admin(client, change):
    user = make_user(role="client") if change == "client" else _admin()
    ticket = issue_stream_ticket(user)["token"]
    if change != "client":
        _change_user(user.id, change)
    response = client.get(STREAM, query_string={"token": ticket})
    assert response.status_code == 401
    assert response.json == UNAUTHORIZED


def test_stream_headers_retry_and_current_low_stock(open_stream):
    low = _product(3, name="Composite A2")
    custom = _product(15, name="Gants nitrile", low_stock_threshold=20)
    _product(50, name="Fraises diamantées")
    _product(1, name="Ancien modèle", is_active=False)
    stream = open_stream(_admin())
    headers = stream.response.headers
    assert headers["Content-Type"].startswith("text/event-stream")
    assert (headers["Cache-Control"], headers["X-Accel-Buffering"]) == ("no-cache", "no")
    assert stream.initial == [
        {"id": low, "name": "Composite A2", "slug": "composite-a2", "stock_quantity": 3, "threshold": 10},
        {"id": custom, "name": "Gants nitrile", "slug": "gants-nitrile", "stock_quantity": 15,
         "threshold": 20},
    ]


def test_stream_starts_with_an_empty_low_stock_event(open_stream):
    _product(40)
    assert open_stream(_admin()).initial == []


# --- Events -------------------------------------------------------------------------------------

def test_low_stock_once_per_crossing_then_stock_ok(open_stream):
    product_id = _product(12, name="Ciment verre ionomère")
    stream = open_stream(_admin())
    assert stream.initial == []

    _move_stock(product_id, -5)
    assert stream.read_until("low_stock")[-1][1] == {"products": [
        {"id": product_id, "name": "Ciment verre ionomère", "slug": "ciment-verre-ionomere",
         "stock_quantity": 7, "threshold": 10}]}

    _move_stock(product_id, -1)
    assert _events(stream.read_for(0.6), "low_stock") == []

    _move_stock(product_id, 20)
    assert stream.read_until("stock_ok")[-1][1] == {"products": [
        {"id": product_id, "name": "Ciment verre ionomère", "stock_quantity": 26}]}

    _move_stock(product_id, -20)
    assert stream.read_until("low_stock")[-1][1]["products"][0]["stock_quantity"] == 6


def test_deactivated_low_product_gets_stock_ok(open_stream):
    product_id = _product(2, name="Alginate")
    stream = open_stream(_admin())
    assert [product["id"] for product in stream.initial] == [product_id]
    db.session.get(Product, product_id).is_active = False
    db.session.commit()
    assert stream.read_until("stock_ok")[-1][1] == {
        "products": [{"id": product_id, "name": "Alginate", "stock_quantity": 2}]}


def test_each_stream_alerts_on_its_own(open_stream):
    product_id = _product(11)
    admin = _admin()
    first = open_stream(admin)
    _move_stock(product_id, -2)
    first.read_until("low_stock")
    second = open_stream(admin)
    assert [product["id"] for product in second.initial] == [product_id]
    assert _events(second.read_for(0.4), "low_stock") == []


def test_new_order_event(open_stream):
    _place_order("CMD-OLD", "Dr Ancien", "10.00")
    stream = open_stream(_admin())
    order_id = _place_order("CMD-0042", "Dr Yasmine Alaoui", "1299.90")
    assert stream.read_until("new_order")[-1][1] == {
        "id": order_id, "reference": "CMD-0042", "customer_name": "Dr Yasmine Alaoui", "total_price": 1299.9}
    assert _events(stream.read_for(0.4), "new_order") == []


@pytest.fixture
def long_interval(app, monkeypatch):
    """An alert interval far longer than the tests wait: an event sooner comes from the version watch."""
    monkeypatch.setitem(app.config, "STOCK_ALERT_INTERVAL", 30.0)


def test_a_sale_reaches_the_stream_before_the_interval_ends(open_stream, cached, long_interval):
    product_id = _product(12, name="Ciment verre ionomère")
    stream = open_stream(_admin())
    reads = broadcaster.reads
    assert _events(stream.read_for(0.5), "low_stock") == []
    assert broadcaster.reads == reads  # nothing changed: no read before the interval

    started = time.monotonic()
    _move_stock(product_id, -5)
    assert stream.read_until("low_stock", seconds=2.0)[-1][1]["products"][0]["id"] == product_id
    order_id = _place_order("CMD-0043", "Dr Karim Tazi", "85.00")
    db.session.get(Product, product_id).stock_quantity -= 1  # the order's sale, as a checkout does
    db.session.commit()
    assert stream.read_until("new_order", seconds=2.0)[-1][1]["id"] == order_id
    assert time.monotonic() - started < 4.0


def test_without_redis_the_interval_alone_paces_the_reads(open_stream, long_interval):
    product_id = _product(12)
    stream = open_stream(_admin())
    _move_stock(product_id, -5)
    assert _events(stream.read_for(1.0), "low_stock") == []
    assert broadcaster.reads == 1


def test_every_event_has_an_increasing_id(open_stream):
    product_id = _product(10)
    stream = open_stream(_admin())
    _move_stock(product_id, -1)
    messages = stream.first + stream.read_until("low_stock")
    _place_order("CMD-0001", "Dr Karim Idrissi", "99.00")
    messages += stream.read_until("new_order")
    events = [message for message in messages if message[0] not in ("retry", "ping")]
    assert [(name, event_id) for name, _data, event_id in events] == [
        ("low_stock", 1), ("low_stock", 2), ("new_order", 3)]


def test_heartbeats_keep_a_quiet_stream_open(open_stream):
    stream = open_stream(_admin())
    times = [time.monotonic()]
    for _ in range(3):
        assert stream.next_message() == ("ping", None)
        times.append(time.monotonic())
    assert max(later - earlier for earlier, later in zip(times, times[1:])) < 0.5 + 0.3


@pytest.mark.parametrize("change", ["demoted", "deactivated", "logged_out"])
def test_stream_of_a_user_no_longer_admin_is_closed(open_stream, change):
    admin = _admin()
    other = open_stream(_admin())
    stream = open_stream(admin)
    _change_user(admin.id, change)
    _release_test_session()
    assert _wait_for(lambda: stream.next_message() is None)
    other.read_for(0.3)
    assert broadcaster.streams == 1


def test_closed_streams_unsubscribe_and_the_check_stops(open_stream):
    admin = _admin()
    streams = [open_stream(admin) for _ in range(3)]
    assert broadcaster.streams == 3 and broadcaster.running
    for stream in streams:
        stream.response.close()
    assert broadcaster.streams == 0
    assert _wait_for(lambda: not broadcaster.running)


# --- One check per process ----------------------------------------------------------------------

def test_query_count_does_not_grow_with_streams(open_stream):
    _product(4)
    admin = _admin()
    streams = [open_stream(admin)]
    one = _statements_per_check()
    streams += [open_stream(admin) for _ in range(9)]
    ten = _statements_per_check()
    assert broadcaster.streams == 10
    assert set(one) == set(ten) == {"stock-alerts"}
    assert 0 < ten["stock-alerts"] == one["stock-alerts"] <= 5
    with _statements() as labels:
        for stream in streams:
            stream.read_until("ping")
    assert [thread for thread, _check in labels if thread != "stock-alerts"] == []


def test_no_stream_holds_a_connection(open_stream):
    admin = _admin()
    for _ in range(10):
        open_stream(admin)
    _release_test_session()
    samples = []
    for _ in range(20):
        samples.append(db.engine.pool.checkedout())
        time.sleep(0.02)
    assert max(samples) <= 1


@contextmanager
def _statements():
    """Every statement run meanwhile, as (thread name, checks done when it ran)."""
    labels = []

    def record(*_args):
        labels.append((threading.current_thread().name, broadcaster.checks))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield labels
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _statements_per_check(checks=4):
    """Per thread, the most statements it ran in one of `checks` complete checks."""
    _release_test_session()
    with _statements() as labels:
        start = broadcaster.checks
        assert _wait_for(lambda: broadcaster.checks > start + checks)
    counts = Counter(label for label in labels if start < label[1] <= start + checks)
    most = {}
    for (thread, _check), count in counts.items():
        most[thread] = max(most.get(thread, 0), count)
    return most


# --- The diff, without HTTP ---------------------------------------------------------------------

def test_subscription_diff_and_overflow():
    low = {"id": 1, "name": "Résine", "slug": "resine", "stock_quantity": 2, "threshold": 10}
    order = {"id": 9, "reference": "CMD-9", "customer_name": "Dr X", "total_price": 10.0}
    subscription = Subscription(user_id=5, token_version=1)
    now = time.monotonic()
    first = subscription.events(Snapshot({1: low}, {}, [order], {5: 1}, now))
    assert "event: low_stock" in first and "new_order" not in first
    assert subscription.events(Snapshot({1: low}, {}, [], {5: 1}, now)) == ""
    gone = subscription.events(Snapshot({}, {}, [order], {5: 1}, now))
    assert 'event: stock_ok\ndata: {"products":[{"id":1,"name":"Résine","stock_quantity":2}]}' in gone
    assert "event: new_order" in gone
    assert not subscription.allowed(Snapshot({}, {}, [], {5: 2}, now))
    assert subscription.allowed(Snapshot({}, {}, [], {}, subscription.opened_at - 1))
    for _ in range(100):
        assert subscription.offer("snapshot")
    assert not subscription.offer("snapshot")
    assert subscription.queue.qsize() == 100


def test_an_order_committed_after_a_newer_one_is_still_announced(app):
    first = make_order((make_product(stock_quantity=50), 1), id=20)
    _, announced = read_snapshot(10, {}, None)
    snapshot, announced = read_snapshot(10, {}, announced)
    assert snapshot.orders == []
    late = make_order((make_product(stock_quantity=50), 1), id=7)
    snapshot, announced = read_snapshot(10, {}, announced)
    assert [order["reference"] for order in snapshot.orders] == [late.reference]
    snapshot, _ = read_snapshot(10, {}, announced)
    assert snapshot.orders == [] and first.id in announced
