"""The production-like stack on loopback, shared by the infrastructure checks and the soak tests:
Debian's nginx with the project's configuration (rendered by infra/nginx/render.sh, on unprivileged
ports in a temporary prefix, with a self-signed certificate made by infra/selfsigned-cert.sh), in
front of gunicorn started with dental-api/gunicorn.conf.py in production mode on the machine's
PostgreSQL, serving the built front end.

    with running_stack("my_database", note=print, GUNICORN_WORKERS=3) as stack:
        stack.get("/api/health")

Everything started is stopped when the block ends, whatever happens.
"""
import contextlib
import gzip
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.parse
from pathlib import Path

import pytest

import dbtools
from conftest import API, INFRA, VENV_BIN, WEB, run

ADMIN_EMAIL = "infra-check-admin@dentaltech.test"
ADMIN_PASSWORD = "Infra-Check-Admin-2026"
MAX_UPLOAD_MB = 5


def free_port():
    """A port nobody listens on, taken below the kernel's ephemeral range: a port the kernel hands out
    (bind to 0) can be taken by any outgoing connection before nginx or gunicorn binds it, and nginx
    then fails with "Address already in use" (seen in CI)."""
    ephemeral_start = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    while True:
        port = random.randrange(10000, ephemeral_start)
        with socket.socket() as sock:
            try:
                sock.bind(("0.0.0.0", port))
            except OSError:
                continue
            return port


def wait_for_port(port, process, log_path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"process exited {process.returncode}:\n{Path(log_path).read_text()[-4000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"nothing listens on {port} after {timeout}s:\n{Path(log_path).read_text()[-4000:]}")


def nginx_version():
    output = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr
    match = re.search(r"nginx/(\d+)\.(\d+)\.(\d+)", output)
    return tuple(int(part) for part in match.groups())


def redis_url(url=None):
    """The Redis database of this check (`url`, else INFRA_REDIS_URL, default db 15 of the machine's
    Redis), emptied of the previous run's rate-limit counters; None when no Redis answers."""
    url = url or os.environ.get("INFRA_REDIS_URL", "redis://127.0.0.1:6379/15")
    parsed = urllib.parse.urlparse(url)
    database = (parsed.path or "/0").lstrip("/") or "0"
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 6379), timeout=2) as sock:
            sock.sendall(f"SELECT {database}\r\nFLUSHDB\r\n".encode())
            reply = b""
            while reply.count(b"\r\n") < 2:
                chunk = sock.recv(256)
                if not chunk:
                    break
                reply += chunk
            if not reply.startswith(b"+OK"):
                return None
            return url
    except OSError:
        return None


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def header(self, name):
        values = [value for key, value in self.headers if key.lower() == name.lower()]
        return values[0] if values else None

    def count(self, name):
        return sum(1 for key, _ in self.headers if key.lower() == name.lower())

    def json(self):
        return json.loads(self.body)


class Stack:
    """What the fixture started, and clients for it."""

    def __init__(self, tmp):
        self.tmp = tmp
        self.processes = {}
        self.launches = {}
        self.index_html = b""
        self.asset = None
        self.ca = str(tmp / "cert" / "fullchain.pem")

    # ---- processes -------------------------------------------------------------------------------
    def start(self, name, cmd, port, **kwargs):
        log_path = self.tmp / "logs" / f"{name}.out"
        log = open(log_path, "w")
        process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                                   **kwargs)
        self.processes[name] = process
        self.launches[name] = (cmd, port, kwargs)
        wait_for_port(port, process, log_path)
        return process

    def restart(self, name):
        """Stop a started process and start it again as it was first started (its log restarts)."""
        cmd, port, kwargs = self.launches[name]
        self.stop(name)
        return self.start(name, cmd, port, **kwargs)

    def stop(self, name):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait(timeout=10)

    def stop_all(self):
        for name in list(self.processes)[::-1]:
            self.stop(name)

    # ---- clients ---------------------------------------------------------------------------------
    def tls_context(self, alpn=None):
        context = ssl.create_default_context(cafile=self.ca)
        if alpn:
            context.set_alpn_protocols(alpn)
        return context

    def connection(self, https=True, timeout=30, source=None):
        """`source`: the local address to connect from (any of 127.0.0.0/8), a client of its own."""
        source_address = (source, 0) if source else None
        if https:
            return http.client.HTTPSConnection("localhost", self.https_port, timeout=timeout,
                                               context=self.tls_context(), source_address=source_address)
        return http.client.HTTPConnection("localhost", self.http_port, timeout=timeout,
                                          source_address=source_address)

    def request(self, method, path, https=True, headers=None, body=None, source=None):
        connection = self.connection(https, source=source)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return Response(response.status, response.getheaders(), response.read())
        finally:
            connection.close()

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def access_log(self):
        return (self.tmp / "logs" / "access.log").read_text()


def prepare_web_root(www, note):
    """The built front end (built now if missing), else a minimal fixture; then pre-compressed
    copies of the text files, as the frontend image makes them for gzip_static."""
    dist = WEB / "dist"
    if not (dist / "index.html").exists() and (WEB / "package.json").exists():
        if not (WEB / "node_modules").exists():
            subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=WEB, check=False)
        built = subprocess.run(["npm", "run", "build"], cwd=WEB, capture_output=True, text=True)
        if built.returncode:
            note("the front-end build failed (see make test-web): served a minimal fixture instead\n"
                 + built.stdout[-1500:] + built.stderr[-1500:])
    if (dist / "index.html").exists():
        shutil.copytree(dist, www)
        note("web root: dental-website/dist")
    else:
        (www / "assets").mkdir(parents=True)
        (www / "index.html").write_text(
            '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>DentalTech Pro</title>'
            '<script type="module" crossorigin src="/assets/index-fixture.js"></script></head>'
            '<body><div id="root"></div></body></html>\n')
        (www / "assets" / "index-fixture.js").write_text("console.log('DentalTech Pro');\n" * 200)
        note("web root: a minimal index.html fixture (no dental-website/dist)")
    for path in www.rglob("*"):
        if path.is_file() and path.suffix in {".js", ".css", ".html", ".svg", ".json"} \
                and path.stat().st_size > 1024:
            with open(path, "rb") as source, gzip.GzipFile(str(path) + ".gz", "wb", 9, mtime=0) as target:
                shutil.copyfileobj(source, target)
    for path in [www, *www.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def create_admin(env, database, note):
    """`flask create-admin EMAIL --password-stdin` when the command exists, else straight in the
    database through the app's models."""
    flask = [str(VENV_BIN / "python"), "-m", "flask", "--app", "wsgi"]
    help_text = subprocess.run(flask + ["create-admin", "--help"], cwd=API, env=env,
                               capture_output=True, text=True)
    if help_text.returncode == 0 and "--password-stdin" in help_text.stdout:
        result = subprocess.run(flask + ["create-admin", ADMIN_EMAIL, "--password-stdin"], cwd=API, env=env,
                                input=ADMIN_PASSWORD + "\n", capture_output=True, text=True)
        if result.returncode == 0:
            note("admin created with `flask create-admin --password-stdin`")
            return
        note(f"`flask create-admin` failed ({result.stderr.strip()[-300:]}): inserted through the models")
    else:
        note("`flask create-admin --password-stdin` not available yet: admin inserted through the models")
    dbtools.run_app_python(database, f"""
import bcrypt
from src.models import User
user = User.query.filter_by(email={ADMIN_EMAIL!r}).one_or_none() or User(email={ADMIN_EMAIL!r})
user.password_hash = bcrypt.hashpw({ADMIN_PASSWORD!r}.encode(), bcrypt.gensalt(rounds=4)).decode()
user.full_name = "Infra Check"
user.role = "admin"
user.is_active = True
db.session.add(user)
db.session.commit()
""", env=env)


@contextlib.contextmanager
def running_stack(database, note=print, **app_settings):
    """Start PostgreSQL's `database` (recreated), gunicorn and nginx; `app_settings` override the
    API's environment (GUNICORN_WORKERS, STOCK_ALERT_INTERVAL, RATELIMIT_ENABLED, ...)."""
    for binary in ("nginx", "openssl", "curl"):
        if not shutil.which(binary):
            pytest.fail(f"{binary} is missing: make test-infra installs it")
    tmp = Path(tempfile.mkdtemp(prefix="dentaltech-loopback-"))
    tmp.chmod(0o755)  # nginx's workers (www-data) read the web root inside it
    stack = Stack(tmp)
    try:
        for folder in ("logs", "temp", "run", "acme", "conf", "uploads/products"):
            (tmp / folder).mkdir(parents=True)
            (tmp / folder).chmod(0o755)
        stack.http_port, stack.https_port, stack.backend_port = free_port(), free_port(), free_port()

        # ---- database and the API (gunicorn, production settings) --------------------------------
        dbtools.recreate(database)
        requested = str(app_settings.get("RATELIMIT_STORAGE_URI", ""))
        redis = redis_url(requested if requested.startswith("redis://") else None)
        settings = dict(
            TRUSTED_PROXIES=1, PORT=stack.backend_port, GUNICORN_WORKERS=2,
            UPLOAD_FOLDER=tmp / "uploads", MAX_UPLOAD_MB=MAX_UPLOAD_MB, STOCK_ALERT_INTERVAL=1,
            PUBLIC_URL=f"https://localhost:{stack.https_port}",
            CORS_ORIGINS=f"https://localhost:{stack.https_port}",
            RATELIMIT_STORAGE_URI=redis or "memory://", CATALOGUE_CACHE_REDIS_URL=redis or "")
        settings.update(app_settings)
        env = dbtools.app_env(database, **settings)
        note(f"rate-limit and catalogue-version storage: {redis or 'memory:// (no Redis reachable)'}")
        note(f"schema: {dbtools.create_schema(database, env)}")
        stack.env, stack.database = env, database
        create_admin(env, database, note)
        gunicorn = [str(VENV_BIN / "gunicorn")]
        if (API / "gunicorn.conf.py").exists():
            gunicorn += ["--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{stack.backend_port}",
                         "wsgi:app"]
        else:
            note("PENDING dental-api/gunicorn.conf.py missing: gunicorn -k gevent used instead")
            gunicorn += ["-k", "gevent", "-w", "2", "--bind", f"127.0.0.1:{stack.backend_port}", "wsgi:app"]
        stack.start("gunicorn", gunicorn, stack.backend_port, cwd=API, env=env)

        # ---- front end, certificate, nginx ---------------------------------------------------------
        prepare_web_root(tmp / "www", note)
        stack.index_html = (tmp / "www" / "index.html").read_bytes()
        assets = sorted(p for p in (tmp / "www" / "assets").glob("*") if p.suffix in {".js", ".css"})
        stack.asset = assets[0] if assets else None
        run(["bash", str(INFRA / "selfsigned-cert.sh"), str(tmp / "cert"), "localhost", "2"])
        worker_user = "www-data" if subprocess.run(["id", "www-data"], capture_output=True).returncode == 0 \
            else "nobody"
        http2_syntax = "directive" if nginx_version() >= (1, 25, 1) else "listen"
        note(f"nginx {'.'.join(map(str, nginx_version()))}, HTTP/2 syntax: {http2_syntax}")
        render_env = dict(
            os.environ, DOMAIN="localhost", HTTP_PORT=str(stack.http_port), HTTPS_PORT=str(stack.https_port),
            BACKEND_UPSTREAM=f"127.0.0.1:{stack.backend_port}", WEB_ROOT=str(tmp / "www"),
            ACME_WEBROOT=str(tmp / "acme"), SSL_CERTIFICATE=str(tmp / "cert" / "fullchain.pem"),
            SSL_CERTIFICATE_KEY=str(tmp / "cert" / "privkey.pem"), MAX_UPLOAD_MB=str(MAX_UPLOAD_MB),
            NGINX_USER=worker_user, NGINX_PID_FILE=str(tmp / "run" / "nginx.pid"),
            NGINX_LOG_DIR=str(tmp / "logs"), NGINX_TEMP_DIR=str(tmp / "temp"),
            NGINX_MIME_TYPES="/etc/nginx/mime.types", NGINX_HTTP2_SYNTAX=http2_syntax)
        run(["bash", str(INFRA / "nginx" / "render.sh"), str(tmp / "conf")], env=render_env)
        nginx = ["nginx", "-p", str(tmp), "-e", str(tmp / "logs" / "error.log"),
                 "-c", str(tmp / "conf" / "nginx.conf")]
        run(nginx + ["-t", "-q"])
        stack.start("nginx", nginx + ["-g", "daemon off;"], stack.https_port)
        wait_for_port(stack.http_port, stack.processes["nginx"], tmp / "logs" / "error.log")
        yield stack
    finally:
        stack.stop_all()
        try:
            dbtools.drop(database)
        except RuntimeError as error:
            print(f"[loopback] could not drop {database}: {error}")
        if os.environ.get("KEEP_LOOPBACK_TMP"):
            print(f"[loopback] kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
        pass
