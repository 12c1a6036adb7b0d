"""A production-like run on loopback (see loopback_stack.py): TLS, redirects, headers, uploads,
Server-Sent Events and logs checked through Debian's nginx in front of gunicorn on the machine's
PostgreSQL (database `infra_check`), serving the built front end.
"""
import base64
import hashlib
import json
import os
import re
import signal
import socket
import ssl
import subprocess
import time
import urllib.parse
import warnings
from pathlib import Path

import pytest

from conftest import run
from loopback_stack import (ADMIN_EMAIL, ADMIN_PASSWORD, MAX_UPLOAD_MB, Response, free_port,
                            running_stack, wait_for_port)

pytestmark = pytest.mark.loopback

DATABASE = "infra_check"
NOTES = []  # what the run used or could not check yet, printed at the end (pytest -rA shows it)


def note(message):
    NOTES.append(message)
    print(f"[loopback] {message}")


@pytest.fixture(scope="module")
def stack():
    try:
        with running_stack(DATABASE, note) as started:
            yield started
    finally:
        print("\n[loopback] notes:\n  " + "\n  ".join(NOTES))


# ---- TLS, HTTP/2, redirects ----------------------------------------------------------------------

def page_html(stack, name):
    """A page the build prerendered (dental-website/dist/pages), else index.html (a build without them)."""
    page = stack.tmp / "www" / "pages" / f"{name}.html"
    return page.read_bytes() if page.exists() else stack.index_html


def test_https_answers_with_the_front_end(stack):
    response = stack.get("/")
    assert response.status == 200
    assert response.body == page_html(stack, "accueil")
    assert response.header("Content-Type").startswith("text/html")


def test_http_redirects_to_https(stack):
    response = stack.get("/produits?categorie=instruments", https=False)
    assert response.status == 301
    expected = f"https://localhost:{stack.https_port}/produits?categorie=instruments"
    assert response.header("Location") == expected
    # Host header spoofing does not choose the redirect target.
    response = stack.get("/", https=False, headers={"Host": "evil.example"})
    assert response.header("Location") == f"https://localhost:{stack.https_port}/"


def test_acme_challenges_are_served_over_http_from_the_webroot(stack):
    challenge = stack.tmp / "acme" / ".well-known" / "acme-challenge"
    challenge.mkdir(parents=True, exist_ok=True)
    for path in (challenge.parent, challenge):
        path.chmod(0o755)
    (challenge / "infra-check-token").write_text("infra-check-token.key-authorization")
    (challenge / "infra-check-token").chmod(0o644)
    response = stack.get("/.well-known/acme-challenge/infra-check-token", https=False)
    assert response.status == 200
    assert response.body == b"infra-check-token.key-authorization"
    missing = stack.get("/.well-known/acme-challenge/unknown", https=False)
    assert missing.status == 404  # not redirected


def handshake(port, version, ciphers=None, alpn=None, verify_with=None):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if verify_with:
        context.load_verify_locations(verify_with)
    else:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        context.minimum_version = version
        context.maximum_version = version
    if ciphers:
        context.set_ciphers(ciphers)
    if alpn:
        context.set_alpn_protocols(alpn)
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        with context.wrap_socket(sock, server_hostname="localhost") as tls:
            return tls.version(), tls.selected_alpn_protocol()


def test_tls_1_2_and_1_3_only(stack):
    assert handshake(stack.https_port, ssl.TLSVersion.TLSv1_2, verify_with=stack.ca)[0] == "TLSv1.2"
    assert handshake(stack.https_port, ssl.TLSVersion.TLSv1_3, verify_with=stack.ca)[0] == "TLSv1.3"

    # Control: this client can speak TLS 1.0 and 1.1 (to a server that allows them) ...
    control_port = free_port()
    control = subprocess.Popen(
        ["openssl", "s_server", "-accept", str(control_port), "-cert", stack.ca,
         "-key", str(stack.tmp / "cert" / "privkey.pem"),
         "-min_protocol", "TLSv1", "-max_protocol", "TLSv1.1",
         "-cipher", "DEFAULT:@SECLEVEL=0", "-www", "-quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for_port(control_port, control, os.devnull, timeout=10)
        for version in (ssl.TLSVersion.TLSv1, ssl.TLSVersion.TLSv1_1):
            assert handshake(control_port, version, ciphers="DEFAULT:@SECLEVEL=0")[0] in ("TLSv1", "TLSv1.1")
    finally:
        os.killpg(control.pid, signal.SIGTERM)
        control.wait(timeout=10)
    # ... and nginx refuses both.
    for version in (ssl.TLSVersion.TLSv1, ssl.TLSVersion.TLSv1_1):
        with pytest.raises(ssl.SSLError):
            handshake(stack.https_port, version, ciphers="DEFAULT:@SECLEVEL=0")


def test_http2_is_offered(stack):
    assert handshake(stack.https_port, ssl.TLSVersion.TLSv1_3, alpn=["h2", "http/1.1"],
                     verify_with=stack.ca)[1] == "h2"
    if "HTTP2" in subprocess.run(["curl", "-V"], capture_output=True, text=True).stdout:
        result = run(["curl", "-sS", "--http2", "--cacert", stack.ca, "-o", "/dev/null",
                      "-w", "%{http_version}",
                      f"https://localhost:{stack.https_port}/"])
        assert result.stdout == "2"


# ---- security headers everywhere -----------------------------------------------------------------

def assert_security_headers(response, where, csp_kind="site"):
    for name in ("Strict-Transport-Security", "Content-Security-Policy", "X-Content-Type-Options",
                 "Referrer-Policy", "X-Frame-Options"):
        assert response.count(name) == 1, f"{where}: {name} appears {response.count(name)} times"
    hsts = response.header("Strict-Transport-Security")
    assert int(re.search(r"max-age=(\d+)", hsts).group(1)) >= 31536000, where
    assert response.header("X-Content-Type-Options") == "nosniff", where
    assert response.header("Referrer-Policy") in (
        "strict-origin-when-cross-origin", "no-referrer", "same-origin", "strict-origin"), where
    csp = response.header("Content-Security-Policy")
    for directive in ("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in csp, f"{where}: CSP lacks {directive}: {csp}"
    if csp_kind == "site":
        self_source, *hashes = re.search(r"script-src ([^;]*)", csp).group(1).split()
        assert self_source == "'self'", f"{where}: {csp}"
        hash_source = re.compile(r"'sha256-[A-Za-z0-9+/]{43}='")
        assert all(hash_source.fullmatch(source) for source in hashes), f"{where}: {csp}"
    elif csp_kind == "uploads":
        assert "sandbox" in csp and "default-src 'none'" in csp, f"{where}: {csp}"
    elif csp_kind == "docs":
        assert "script-src 'self'" in csp and "https:" not in csp, f"{where}: {csp}"


def test_security_headers_on_the_spa_the_api_uploads_and_errors(stack):
    uploaded = stack.tmp / "uploads" / "products" / "infra-check.webp"
    uploaded.write_bytes(b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00"
                         b"\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00")
    cases = [
        ("GET", "/", "SPA", "site", {200}),
        ("GET", "/produits/detartreur-ultrasonique", "client route", "site", {200}),
        ("GET", "/api/health", "API", "site", {200}),
        ("GET", "/api/config", "API", "site", {200}),
        ("GET", "/api/does-not-exist", "API 404", "site", {404}),
        ("GET", "/api/admin/stats", "API 401", "site", {401}),
        ("GET", "/assets/does-not-exist.js", "missing asset", "site", {404}),
        ("GET", "/static/uploads/products/infra-check.webp", "upload", "uploads", {200, 404}),
        ("GET", "/static/uploads/products/missing.webp", "missing upload", "uploads", {404}),
        ("POST", "/static/uploads/products/x.webp", "upload write", "uploads", {403}),
        ("GET", "/api/docs", "API docs", "docs", {200}),
    ]
    if stack.asset:
        cases.append(("GET", f"/assets/{stack.asset.name}", "asset", "site", {200}))
    for method, path, where, csp_kind, statuses in cases:
        started = time.monotonic()
        try:
            response = stack.request(method, path)
        except OSError as error:
            pytest.fail(f"{method} {path}: {error!r} after {time.monotonic() - started:.1f}s")
        assert response.status in statuses, f"{where} {path}: {response.status} {response.body[:200]!r}"
        assert_security_headers(response, f"{where} {path}", csp_kind)
    assert_security_headers(stack.get("/", https=False), "HTTP redirect")


def test_the_pages_inline_scripts_are_the_ones_their_csp_allows(stack):
    for path in ("/", "/produits", "/produits/detartreur-ultrasonique", "/connexion"):
        response = stack.get(path)
        inline_scripts = re.findall(rb"<script>(.*?)</script>", response.body, re.S)
        assert inline_scripts, f"{path}: index.html's number-format warm-up is missing"
        allowed = set(re.findall(r"'sha256-([^']+)'", response.header("Content-Security-Policy")))
        for script in inline_scripts:
            digest = base64.b64encode(hashlib.sha256(script).digest()).decode()
            assert digest in allowed, f"{path}: the CSP does not allow {script[:60]!r} (sha256-{digest})"


def test_api_errors_stay_json(stack):
    response = stack.get("/api/does-not-exist")
    assert response.header("Content-Type").startswith("application/json")
    assert "message" in response.json()


# ---- the single-page app and its assets ---------------------------------------------------------

def test_client_routes_fall_back_to_index_html_which_is_never_cached(stack):
    for path in ("/index.html", "/admin/commandes", "/reinitialiser?token=abc", "/produits/a/b"):
        response = stack.get(path)
        assert response.status == 200, path
        assert response.body == stack.index_html, path
        assert response.header("Cache-Control") == "no-cache", path


def test_prerendered_pages_are_served_for_their_routes_never_cached(stack):
    for path, name in (("/", "accueil"), ("/produits", "catalogue"),
                       ("/produits?categorie=implants", "catalogue"),
                       ("/produits/detartreur-ultrasonique", "produit")):
        response = stack.get(path)
        assert response.status == 200, path
        assert response.body == page_html(stack, name), path
        assert response.header("Cache-Control") == "no-cache", path
        assert response.header("Content-Security-Policy"), path


def test_hashed_assets_are_cached_for_a_year_and_precompressed(stack):
    if not stack.asset:
        pytest.skip("the build has no JS/CSS asset")
    response = stack.get(f"/assets/{stack.asset.name}")
    assert response.status == 200
    assert response.body == stack.asset.read_bytes()
    cache = response.header("Cache-Control")
    assert "max-age=31536000" in cache and "immutable" in cache
    compressed = Path(str(stack.asset) + ".gz")
    response = stack.get(f"/assets/{stack.asset.name}", headers={"Accept-Encoding": "gzip"})
    assert response.header("Content-Encoding") == "gzip"
    if compressed.exists():  # served as is by gzip_static
        assert int(response.header("Content-Length")) == compressed.stat().st_size
        assert response.body == compressed.read_bytes()
    assert response.header("Vary") == "Accept-Encoding"


def test_a_missing_asset_is_a_404_not_the_app(stack):
    response = stack.get("/assets/index-0000dead.js")
    assert response.status == 404
    assert response.body != stack.index_html


def test_robots_and_sitemap_come_from_the_api(stack):
    for path in ("/robots.txt", "/sitemap.xml", "/sitemap-1.xml"):
        response = stack.get(path)
        assert response.body != stack.index_html, f"{path} must be proxied to the API"


# ---- uploads limit -------------------------------------------------------------------------------

def curl_post(stack, size, path="/api/admin/uploads"):
    body = stack.tmp / f"body-{size}"
    with open(body, "wb") as handle:
        handle.truncate(size)
    headers = stack.tmp / f"headers-{size}"
    result = run(["curl", "-sS", "--http1.1", "--cacert", stack.ca, "-o", str(stack.tmp / f"out-{size}"),
                  "-D", str(headers), "-w", "%{http_code}",
                  "-H", "Content-Type: multipart/form-data; boundary=x",
                  "--data-binary", f"@{body}", f"https://localhost:{stack.https_port}{path}"])
    status = int(result.stdout)
    raw = headers.read_text().splitlines()
    parsed = [tuple(line.split(": ", 1)) for line in raw[1:] if ": " in line]
    return Response(status, parsed, (stack.tmp / f"out-{size}").read_bytes())


def test_an_upload_over_the_limit_is_a_413_with_json_and_headers(stack):
    response = curl_post(stack, (MAX_UPLOAD_MB + 1) * 1024 * 1024)
    assert response.status == 413
    assert response.header("Content-Type").startswith("application/json")
    assert "message" in response.json()
    assert_security_headers(response, "413")


def test_an_upload_at_the_limit_reaches_the_api(stack):
    # MAX_UPLOAD_MB of file plus multipart framing: nginx lets it through (the API judges it).
    response = curl_post(stack, MAX_UPLOAD_MB * 1024 * 1024 + 4096)
    assert response.status != 413, response.body[:200]
    assert response.status in (401, 404, 405)  # unauthenticated (or the route is not there yet)


# ---- Server-Sent Events through nginx, and logs without credentials ------------------------------

def api_json(stack, method, path, payload=None, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    response = stack.request(method, path, headers=headers,
                             body=json.dumps(payload) if payload is not None else None)
    try:
        return response.status, response.json()
    except ValueError:
        return response.status, {}


def test_catalogue_copies_are_revalidated_through_nginx_until_an_admin_changes_something(stack):
    gzip = {"Accept-Encoding": "gzip"}
    first = stack.get("/api/categories", headers=gzip)
    etag = first.header("ETag")
    assert first.status == 200 and etag and etag.startswith('W/"'), first.headers
    assert first.header("Cache-Control") == "no-cache"
    again = stack.get("/api/categories", headers={**gzip, "If-None-Match": etag})
    assert (again.status, again.body, again.header("ETag")) == (304, b"", etag)
    assert again.header("X-Content-Type-Options") == "nosniff"
    credentials = {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}
    status, body = api_json(stack, "POST", "/api/auth/login", credentials)
    assert status == 200
    status, _ = api_json(stack, "POST", "/api/admin/categories", {"name": "Revalidation par nginx"},
                         token=body["access_token"])
    assert status == 201
    changed = stack.get("/api/categories", headers={"If-None-Match": etag})
    assert changed.status == 200 and "Revalidation par nginx" in changed.body.decode()
    assert changed.header("ETag") != etag


def open_stream(stack, ticket):
    """Open the stream; return (seconds until the first complete event, event, response, connection)."""
    connection = stack.connection(timeout=10)
    started = time.monotonic()
    connection.request("GET", f"/api/admin/stock_alerts?token={urllib.parse.quote(ticket)}",
                       headers={"Accept": "text/event-stream"})
    response = connection.getresponse()
    if response.status != 200:
        body = response.read()
        connection.close()
        pytest.fail(f"stream answered {response.status}: {body[:300]!r}")
    event, data = None, None
    while True:
        line = response.readline()
        if not line:
            pytest.fail("the stream ended before its first event")
        line = line.decode().rstrip("\r\n")
        if line.startswith("event:"):
            event = line.split(":", 1)[1].strip()
        elif line.startswith("data:"):
            data = line.split(":", 1)[1].strip()
        elif line == "" and event:
            return time.monotonic() - started, (event, data), response, connection


def test_first_sse_event_arrives_through_nginx_in_under_a_second(stack):
    credentials = {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}
    status, body = api_json(stack, "POST", "/api/auth/login", credentials)
    assert status == 200, body
    access_token = body["access_token"]
    timings, tickets = [], []
    for _ in range(3):  # best of three: a loaded machine must not hide a buffering proxy
        status, body = api_json(stack, "POST", "/api/admin/stock_alerts/ticket", token=access_token)
        assert status in (200, 201), body
        ticket = body["token"]
        tickets.append(ticket)
        elapsed, (event, data), response, connection = open_stream(stack, ticket)
        try:
            assert response.getheader("Content-Type").startswith("text/event-stream")
            assert response.getheader("Content-Encoding") is None
            assert response.getheader("X-Content-Type-Options") == "nosniff"
            assert event == "low_stock" and "products" in json.loads(data)
        finally:
            connection.close()
        timings.append(elapsed)
        if elapsed < 1.0:
            break
    note("first SSE event through nginx after " + ", ".join(f"{t * 1000:.0f} ms" for t in timings))
    assert min(timings) < 1.0, timings
    stack.sse_tickets = tickets


def test_the_access_log_holds_no_ticket_and_no_reset_token(stack):
    fake_ticket = "infra-check-fake-ticket-5f0c2a"
    reset_token = "infra-check-reset-token-91b7e4"
    stack.get(f"/api/admin/stock_alerts?token={fake_ticket}")
    stack.get(f"/reinitialiser?token={reset_token}")
    stack.get("/produits", headers={"Referer": f"https://localhost/reinitialiser?token={reset_token}"})
    time.sleep(0.3)  # nginx writes the line when the request ends
    log = stack.access_log()
    secrets = [fake_ticket, reset_token] + list(getattr(stack, "sse_tickets", []))
    for secret in secrets:
        assert secret not in log
    assert re.search(r'"GET /api/admin/stock_alerts HTTP/1\.1" (401|404) ', log), log[-2000:]
    assert "stock_alerts?" not in log
    assert '"GET /reinitialiser?token=[redacted] HTTP/1.1" 200' in log
    if getattr(stack, "sse_tickets", None):  # set by the SSE check above, which logs real tickets
        assert re.search(r'"GET /api/admin/stock_alerts HTTP/1\.1" 200 ', log)
    gunicorn_log = (stack.tmp / "logs" / "gunicorn.out").read_text()
    for secret in secrets:
        assert secret not in gunicorn_log, "gunicorn's access log holds a ticket"


def test_a_forged_x_forwarded_for_does_not_escape_the_login_rate_limit(stack):
    # nginx appends the real client address; the API trusts one hop (TRUSTED_PROXIES=1), so every
    # attempt below counts against 127.0.0.1 whatever X-Forwarded-For the client sends.
    statuses = []
    for attempt in range(8):
        response = stack.request(
            "POST", "/api/auth/login",
            headers={"Content-Type": "application/json", "X-Forwarded-For": f"203.0.113.{attempt + 1}"},
            body=json.dumps({"email": "nobody@dentaltech.test", "password": "Wrong-password-1"}))
        statuses.append(response.status)
        if response.status == 429:
            break
    assert 429 in statuses, statuses
    assert statuses.index(429) <= 6, statuses


def test_zz_a_stopped_backend_gives_json_503_with_headers(stack):
    stack.stop("gunicorn")
    response = stack.get("/api/health")
    assert response.status == 503
    assert response.header("Content-Type").startswith("application/json")
    assert "message" in response.json()
    assert_security_headers(response, "backend down")
    # The site itself is still served.
    assert stack.get("/").status == 200
