"""A bare nginx serving a built app (P13's baseline): gzip, immutable assets, an SPA fallback."""
import contextlib
import subprocess
import tempfile
from pathlib import Path

import loopback_stack

CONF = """
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {tmp}; proxy_temp_path {tmp}; fastcgi_temp_path {tmp};
    uwsgi_temp_path {tmp}; scgi_temp_path {tmp};
    gzip on; gzip_types text/css application/javascript image/svg+xml;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location /assets/ {{ add_header Cache-Control "public, max-age=31536000, immutable"; }}
        location / {{ try_files $uri /index.html; }}
    }}
}}
"""


@contextlib.contextmanager
def serving(root):
    tmp = Path(tempfile.mkdtemp(prefix="bench-static-"))
    port = loopback_stack.free_port()
    (tmp / "nginx.conf").write_text(CONF.format(tmp=tmp, port=port, root=root))
    process = subprocess.Popen(["nginx", "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-g", "daemon off;"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        loopback_stack.wait_for_port(port, process, tmp / "error.log")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)
