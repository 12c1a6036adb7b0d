"""The login limit through nginx with two gunicorn workers (hostile_stack): failures from one
address are counted in Redis, shared by the workers, whatever X-Forwarded-For the client sends.
"""
import pytest
import redis

from hostile import call, login
from loopback_stack import ADMIN_EMAIL, ADMIN_PASSWORD

pytestmark = pytest.mark.loopback

WRONG = {"email": ADMIN_EMAIL, "password": "Wrong-password-2026"}


def test_the_sixth_failure_in_a_minute_is_a_429_even_with_a_forged_forwarded_for(hostile_stack):
    statuses = []
    for attempt in range(6):
        status, body, response = call(hostile_stack, "POST", "/api/auth/login", WRONG, source="127.0.0.30",
                                      headers={"X-Forwarded-For": f"198.51.100.{attempt + 1}"})
        statuses.append(status)
    assert statuses == [401] * 5 + [429], statuses
    assert isinstance(body.get("message"), str)
    assert int(response.header("Retry-After")) > 0
    # Even the right password is refused from that address now: the limit is no password oracle.
    status, _, _ = call(hostile_stack, "POST", "/api/auth/login",
                        {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}, source="127.0.0.30",
                        headers={"X-Forwarded-For": "192.0.2.77"})
    assert status == 429
    # Another address is not affected.
    assert login(hostile_stack, source="127.0.0.31")["access_token"]


def test_the_counter_lives_in_redis_where_both_workers_read_it(hostile_stack):
    """Which worker takes a connection is the kernel's choice; the count is the same for both
    because it is kept in Redis (a worker counting in its own memory would let ~10 through)."""
    assert len(gunicorn_workers(hostile_stack)) == 2
    statuses = [call(hostile_stack, "POST", "/api/auth/login", WRONG, source="127.0.0.32")[0]
                for _ in range(6)]
    assert statuses == [401] * 5 + [429], statuses
    storage = redis.Redis.from_url(hostile_stack.env["RATELIMIT_STORAGE_URI"])
    counters = [key for key in storage.keys("*") if b"127.0.0.32" in key]
    assert counters, storage.keys("*")
    assert max(int(storage.get(key) or 0) for key in counters if storage.type(key) == b"string") >= 5


def test_unknown_email_and_wrong_password_get_the_same_answer(hostile_stack):
    unknown = call(hostile_stack, "POST", "/api/auth/login",
                   {"email": "personne@dentaltech.test", "password": "Wrong-password-2026"},
                   source="127.0.0.33")
    wrong = call(hostile_stack, "POST", "/api/auth/login", WRONG, source="127.0.0.33")
    assert unknown[0] == wrong[0] == 401
    assert unknown[1] == wrong[1]
    varying = {"date", "x-request-id", "x-ratelimit-remaining", "x-ratelimit-reset", "retry-after"}
    assert {(k.lower(), v) for k, v in unknown[2].headers if k.lower() not in varying} == \
        {(k.lower(), v) for k, v in wrong[2].headers if k.lower() not in varying}


def gunicorn_workers(stack):
    master = stack.processes["gunicorn"].pid
    children = open(f"/proc/{master}/task/{master}/children").read().split()
    return [int(pid) for pid in children]
