"""infra/nginx/render.sh: the production rendering (what the nginx container loads), its checks on
the values it is given, and the directives the deployment relies on."""
import os
import re

import pytest

from conftest import INFRA, run

RENDER = INFRA / "nginx" / "render.sh"


def render(tmp_path, **env):
    out = tmp_path / "out"
    result = run(["bash", str(RENDER), str(out)], check=False,
                 env={**{k: v for k, v in os.environ.items() if k not in ("DOMAIN", "MAX_UPLOAD_MB")}, **env})
    return result, (out / "nginx.conf").read_text() if result.returncode == 0 else ""


def test_production_rendering(tmp_path):
    result, conf = render(tmp_path, DOMAIN="shop.example.com")
    assert result.returncode == 0, result.stderr
    assert "listen 80 default_server;" in conf
    assert "listen 443 ssl default_server;" in conf and "http2 on;" in conf  # nginx >= 1.25.1
    assert "server_name shop.example.com;" in conf
    assert "return 301 https://shop.example.com$request_uri;" in conf
    assert "ssl_certificate /etc/letsencrypt/live/shop.example.com/fullchain.pem;" in conf
    assert "server backend:5000" in conf
    assert "root /usr/share/nginx/html;" in conf and "root /var/www/certbot;" in conf
    assert "client_max_body_size 5184k;" in conf  # 5 MiB + 64 KiB of multipart, the API's own limit
    assert "user nginx;" in conf and "include /etc/nginx/mime.types;" in conf
    assert not re.search(r"\$\{[A-Z]", conf)
    assert sorted(p.name for p in (tmp_path / "out" / "includes").iterdir()) == [
        "proxy.conf", "security-headers-base.conf", "security-headers.conf", "ssl.conf"]


def test_older_nginx_syntax_and_overrides(tmp_path):
    result, conf = render(tmp_path, DOMAIN="localhost", HTTP_PORT="8080", HTTPS_PORT="8443",
                          BACKEND_UPSTREAM="127.0.0.1:5001", MAX_UPLOAD_MB="10", NGINX_HTTP2_SYNTAX="listen")
    assert result.returncode == 0, result.stderr
    assert "listen 8443 ssl http2 default_server;" in conf and "http2 on;" not in conf
    assert "return 301 https://localhost:8443$request_uri;" in conf
    assert "server 127.0.0.1:5001" in conf
    assert "client_max_body_size 10304k;" in conf


@pytest.mark.parametrize("env,message", [
    ({}, "DOMAIN is required"),
    ({"DOMAIN": "shop.example.com; include /etc/passwd"}, "not a host name"),
    ({"DOMAIN": "shop.example.com", "HTTPS_PORT": "70000"}, "not a port"),
    ({"DOMAIN": "shop.example.com", "BACKEND_UPSTREAM": "backend:5000; return 200"}, "host:port"),
    ({"DOMAIN": "shop.example.com", "WEB_ROOT": "/srv/www; autoindex on"}, "absolute path"),
    ({"DOMAIN": "shop.example.com", "MAX_UPLOAD_MB": "0"}, "MAX_UPLOAD_MB"),
    ({"DOMAIN": "shop.example.com", "NGINX_HTTP2_SYNTAX": "maybe"}, "NGINX_HTTP2_SYNTAX"),
])
def test_bad_values_are_refused(tmp_path, env, message):
    result, _ = render(tmp_path, **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_an_unknown_placeholder_is_an_error(tmp_path):
    template = INFRA / "nginx" / "templates" / "nginx.conf.template"
    copy = tmp_path / "infra" / "nginx"
    (copy / "templates").mkdir(parents=True)
    (copy / "includes").mkdir()
    (copy / "render.sh").write_text(RENDER.read_text())
    (copy / "templates" / "nginx.conf.template").write_text(template.read_text() + "\n# ${TYPO_VARIABLE}\n")
    result = run(["bash", str(copy / "render.sh"), str(tmp_path / "out")], check=False,
                 env={**os.environ, "DOMAIN": "shop.example.com"})
    assert result.returncode != 0 and "TYPO_VARIABLE" in result.stderr


def test_every_location_that_adds_headers_includes_the_security_headers():
    """nginx drops inherited add_header directives in a location that adds its own."""
    template = (INFRA / "nginx" / "templates" / "nginx.conf.template").read_text()
    for block in re.findall(r"location [^{]+\{(?:[^{}]|\{[^{}]*\})*\}", template):
        if "add_header" in block:
            assert re.search(r"include includes/security-headers(-base)?\.conf;", block), block
