"""Anonymous catalogue reads answered from the catalogue's version: 304s and a per-worker cache.

Every committed change to a product or a category (an admin edit, a checkout taking stock, a
cancellation giving it back, a review moving the rating) replaces the catalogue version, a random
token kept in Redis (CATALOGUE_CACHE_REDIS_URL). An anonymous GET of the product list, a product or
the categories is answered with ETag W/"<version>.<hash of the URL>" and Cache-Control: no-cache:
the browser asks again each time and gets an empty 304 while nothing changed, before any query runs.
The body of each URL at each version is kept in a small per-worker LRU; a request sent with
Cache-Control: no-cache skips it and is computed afresh.

The version is replaced after the commit, so a body is never labelled with a version newer than the
data it was read from. Each worker reads it from Redis at most every CATALOGUE_VERSION_MEMO_SECONDS
(50 ms): another worker's change is seen that much later at worst, the worker's own at once. The
version also expires (CATALOGUE_VERSION_SECONDS), so a change made outside the app (psql, a restore)
is seen within that time at worst. Without Redis, or while it is down, nothing is
cached and no ETag is sent: every answer is computed, none is stale.
"""
import hashlib
import inspect
import logging
import secrets
import threading
import time

import redis
from cachetools import LRUCache
from flask import current_app, g, request
from sqlalchemy import event

from .extensions import db
from .schemas import catalog as catalog_schemas

log = logging.getLogger(__name__)

CACHED_ENDPOINTS = {"catalog.list_products", "catalog.get_product", "catalog.list_categories"}
CATALOGUE_TABLES = {"products", "categories"}
CHANGED = "catalogue_changed"

# The OpenAPI description of the above, on each cached operation.
VERSION_HEADERS = {
    "ETag": {"description": "Weak validator of this body (anonymous requests, when the cache is on).",
             "schema": {"type": "string"}},
    "Cache-Control": {"description": "no-cache: revalidate with If-None-Match before reuse.",
                      "schema": {"type": "string"}},
}
# If-None-Match is HTTP's own conditional header: described here rather than listed as a parameter
# (the contract fuzzer's stateful phase cannot generate header parameters consistently).
NOT_MODIFIED = {"description": "Not modified: the request's If-None-Match holds this ETag, so the copy "
                               "the caller has is still current (empty body).",
                "headers": VERSION_HEADERS}


def register_catalogue_cache(app):
    # What shapes the bodies besides the data: a deploy that changes them must not be answered 304.
    shape = f"{app.config['LOW_STOCK_THRESHOLD']}|{inspect.getsource(catalog_schemas)}"
    app.extensions["catalogue_cache"] = CatalogueCache(
        app.config["CATALOGUE_CACHE_BYTES"], hashlib.blake2b(shape.encode(), digest_size=4).hexdigest())
    app.before_request(answer_from_version)
    app.after_request(label_with_version)
    watch_catalogue_writes()


class CatalogueCache:
    """The Redis client (one per URL, made on first use) and this worker's bodies by ETag."""

    def __init__(self, max_bytes, shape):
        self.bodies = LRUCache(maxsize=max_bytes, getsizeof=len)
        self.shape = shape
        self.clients = {}
        self.lock = threading.Lock()
        self.redis_up = True
        self.version, self.version_read_at = None, 0.0

    def remember_version(self, version):
        self.version, self.version_read_at = version, time.monotonic()
        return version

    def redis_failed(self, error):
        if self.redis_up:  # once per outage, not once per request
            log.warning("catalogue cache off while Redis is unreachable: %s", error)
        self.redis_up = False

    def redis_answered(self):
        if not self.redis_up:
            log.warning("catalogue cache back on: Redis answers again")
        self.redis_up = True

    def client(self, url):
        if url not in self.clients:
            self.clients[url] = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        return self.clients[url]

    def get(self, etag):
        with self.lock:
            return self.bodies.get(etag)

    def keep(self, etag, body):
        if len(body) <= self.bodies.maxsize:
            with self.lock:
                self.bodies[etag] = body


def _cache():
    return current_app.extensions["catalogue_cache"]


def _redis():
    url = current_app.config["CATALOGUE_CACHE_REDIS_URL"]
    return _cache().client(url) if url else None


def current_version():
    """The catalogue's version (a new one when none is set), or None without a reachable Redis.
    Read again from Redis when this worker's copy is older than CATALOGUE_VERSION_MEMO_SECONDS."""
    cache, client = _cache(), _redis()
    if client is None:
        return None
    memo_seconds = current_app.config["CATALOGUE_VERSION_MEMO_SECONDS"]
    if cache.version is not None and time.monotonic() - cache.version_read_at < memo_seconds:
        return cache.version
    try:
        key = current_app.config["CATALOGUE_VERSION_KEY"]
        version = client.get(key)
        if version is None:
            client.set(key, secrets.token_hex(8), nx=True,
                       ex=current_app.config["CATALOGUE_VERSION_SECONDS"])
            version = client.get(key)
    except redis.RedisError as error:
        cache.redis_failed(error)
        return None
    cache.redis_answered()
    return cache.remember_version(version.decode() if version else None)


def replace_version():
    cache, client = _cache(), _redis()
    if client is None:
        return
    version = secrets.token_hex(8)
    try:
        client.set(current_app.config["CATALOGUE_VERSION_KEY"], version,
                   ex=current_app.config["CATALOGUE_VERSION_SECONDS"])
    except redis.RedisError as error:
        cache.remember_version(None)
        # Without the key's expiry this would leave old pages served until the next change.
        log.error("catalogue version not replaced (Redis: %s); cached pages expire within %s s",
                  error, current_app.config["CATALOGUE_VERSION_SECONDS"])
        return
    cache.remember_version(version)  # this worker reads its own writes at once


def answer_from_version():
    if (request.endpoint not in CACHED_ENDPOINTS or request.method not in ("GET", "HEAD")
            or "Authorization" in request.headers):
        return None
    version = current_version()
    if version is None:
        return None
    address = request.path.encode() + b"?" + request.query_string
    url_hash = hashlib.blake2b(address, digest_size=8).hexdigest()
    g.catalogue_etag = etag = f"{version}.{_cache().shape}.{url_hash}"
    if request.if_none_match.contains_weak(etag):
        return _with_validators(current_app.response_class(status=304), etag)
    if request.cache_control.no_cache:
        return None
    body = _cache().get(etag)
    if body is None:
        return None
    return _with_validators(current_app.response_class(body, mimetype="application/json"), etag)


def label_with_version(response):
    etag = g.pop("catalogue_etag", None)
    if etag is None or response.status_code not in (200, 304):
        return response
    if response.status_code == 200 and not response.is_streamed and "ETag" not in response.headers:
        _cache().keep(etag, response.get_data())
    return _with_validators(response, etag)


def _with_validators(response, etag):
    response.set_etag(etag, weak=True)
    response.headers["Cache-Control"] = "no-cache"
    return response


def watch_catalogue_writes():
    """Mark a session that writes a product or a category; replace the version once it commits."""
    session = db.session
    if event.contains(session, "after_flush", _note_flushed_changes):
        return
    event.listen(session, "after_flush", _note_flushed_changes)
    event.listen(session, "do_orm_execute", _note_statement)
    event.listen(session, "after_commit", _replace_after_commit)
    event.listen(session, "after_transaction_end", _forget_uncommitted_changes)


def _note_flushed_changes(session, _flush_context):
    for instance in (*session.new, *session.dirty, *session.deleted):
        if getattr(instance, "__tablename__", None) in CATALOGUE_TABLES:
            session.info[CHANGED] = True
            return


def _note_statement(state):
    if state.is_update or state.is_delete or state.is_insert:
        table = getattr(state.statement, "table", None)
        if getattr(table, "name", None) in CATALOGUE_TABLES:
            state.session.info[CHANGED] = True


def _replace_after_commit(session):
    if session.info.pop(CHANGED, False):
        replace_version()


def _forget_uncommitted_changes(session, transaction):
    # A savepoint's rollback leaves the outer transaction's changes: only the outermost end counts.
    if transaction.parent is None:
        session.info.pop(CHANGED, None)
