"""The worker processes of one server read the database for their stock alerts once between them: one
broadcaster reads and shares its snapshot, the others' streams get the same events from it."""
import queue
import time

import pytest

from src.extensions import db
from src.services.stock_alerts import Broadcaster

from .factories import make_product, make_user


@pytest.fixture
def workers(app, tmp_path):
    """Two broadcasters standing for two worker processes of one gunicorn (sharing a directory)."""
    app.config["STOCK_ALERT_SHARE_DIR"] = str(tmp_path)
    pair = [Broadcaster(), Broadcaster()]
    yield pair
    for broadcaster in pair:
        broadcaster.reset()


def low_product():
    product_id = make_product(stock_quantity=1, low_stock_threshold=5).id
    db.session.commit()
    return product_id


def admin():
    """(id, token_version) of a new admin, the test's transaction ended: on SQLite an open read
    transaction would hold the lock the broadcaster's check needs."""
    user = make_user(role="admin")
    db.session.commit()
    identity = (user.id, user.token_version)
    db.session.commit()
    return identity


def snapshots(subscription, count, seconds=5.0):
    found, deadline = [], time.monotonic() + seconds
    while len(found) < count and time.monotonic() < deadline:
        try:
            found.append(subscription.queue.get(timeout=0.05))
        except queue.Empty:
            pass
    return found


def wait_for(condition, seconds=5.0):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def test_one_worker_reads_the_database_and_both_streams_get_its_snapshots(app, workers):
    product_id, user = low_product(), admin()
    first = workers[0].subscribe(app, *user)
    assert wait_for(lambda: workers[0].reads >= 1)
    second = workers[1].subscribe(app, *user)
    seen_first, seen_second = snapshots(first, 3), snapshots(second, 3)
    assert len(seen_first) == len(seen_second) == 3
    assert workers[1].reads == 0 and workers[1].checks >= 3
    assert all(product_id in snapshot.low for snapshot in seen_first + seen_second)
    assert seen_second[-1].admins == {user[0]: user[1]}


def test_another_worker_reads_when_the_reader_has_no_stream_left(app, workers):
    low_product()
    user = admin()
    leaving = workers[0].subscribe(app, *user)
    assert wait_for(lambda: workers[0].reads >= 1)
    staying = workers[1].subscribe(app, *user)
    workers[0].unsubscribe(leaving)
    assert wait_for(lambda: not workers[0].running)
    assert wait_for(lambda: workers[1].reads >= 1)
    assert len(snapshots(staying, 2)) == 2
