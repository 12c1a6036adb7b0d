"""docker-compose.yml: the services, volumes, network, healthchecks and dependencies the deployment
relies on, and no secret written in it (secrets only from .env, required ones with ${VAR:?})."""
import re

import pytest
import yaml

from conftest import API, ROOT, run, tool

COMPOSE_FILE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
SECRET_NAME = re.compile(r"(SECRET|PASSWORD|PASSWD|TOKEN|_KEY|CREDENTIAL)", re.I)
REQUIRED_REF = re.compile(r"^\$\{[A-Z_][A-Z0-9_]*:\?[^}]*\}$")


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load(COMPOSE_FILE.read_text())


@pytest.fixture(scope="module")
def services(compose):
    return compose["services"]


def test_compose_file_matches_the_compose_spec_schema():
    run([tool("check-jsonschema"), "--builtin-schema", "vendor.compose-spec", str(COMPOSE_FILE)])


def test_services(services):
    assert set(services) == {"nginx", "backend", "migrate", "scheduler", "postgres", "frontend",
                             "certbot", "redis"}


def test_volumes_and_network(compose, services):
    assert set(compose["volumes"]) == {"pgdata", "dental-website-dist"}
    assert compose["networks"] == {"dentalnet": {"driver": "bridge"}}

    def mounts(name):
        return {volume.split(":")[0]: volume for volume in services[name].get("volumes", [])}

    assert mounts("postgres")["pgdata"] == "pgdata:/var/lib/postgresql/data"
    assert mounts("backend")["./dental-api/src/static/uploads"].endswith(":/app/src/static/uploads")
    assert "dental-website-dist" in mounts("frontend")
    assert mounts("nginx")["dental-website-dist"].endswith(":ro")
    for service in ("nginx", "certbot"):
        assert "./infra/nginx/letsencrypt" in mounts(service)
        assert "./infra/nginx/certbot_webroot" in mounts(service)
    for name, service in services.items():
        if name == "frontend":
            assert service.get("network_mode") == "none"  # only copies files
        else:
            assert service.get("networks") == ["dentalnet"], name


def test_only_nginx_publishes_ports(services):
    assert sorted(services["nginx"]["ports"]) == ["443:443", "80:80"]
    for name, service in services.items():
        if name != "nginx":
            assert "ports" not in service, name


def test_healthchecks(services):
    for name in ("postgres", "redis", "backend", "nginx", "scheduler", "certbot"):
        assert services[name]["healthcheck"]["test"], name
    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])
    assert "/api/health" in " ".join(services["backend"]["healthcheck"]["test"])


def test_dependencies(services):
    def conditions(name):
        return {dep: spec["condition"] for dep, spec in services[name]["depends_on"].items()}

    assert conditions("backend") == {"postgres": "service_healthy", "redis": "service_healthy",
                                     "migrate": "service_completed_successfully"}
    assert conditions("migrate") == {"postgres": "service_healthy"}
    assert conditions("scheduler")["migrate"] == "service_completed_successfully"
    assert conditions("nginx") == {"backend": "service_healthy",
                                   "frontend": "service_completed_successfully"}


def test_backend_is_scalable_and_migrations_run_once(services):
    backend, migrate = services["backend"], services["migrate"]
    assert "container_name" not in backend  # docker compose up --scale backend=N
    assert migrate["command"] == ["flask", "--app", "wsgi", "db", "upgrade"]
    assert migrate["restart"] == "no"
    assert "command" not in backend  # the image's gunicorn command, never a migration at start
    assert backend["image"] == migrate["image"] == services["scheduler"]["image"]
    assert "expire-orders" in " ".join(services["scheduler"]["command"]) or \
        "expire-orders" in str(services["scheduler"]["volumes"])
    for name in ("backend", "migrate", "scheduler"):
        joined = str(services[name].get("command", "")) + str(services[name].get("entrypoint", ""))
        assert "seed" not in joined, f"{name} must never run the development seed"


def test_production_settings_of_the_backend(services):
    env = services["backend"]["environment"]
    assert env["FLASK_ENV"] == "production"
    assert env["TRUSTED_PROXIES"] == "1"
    assert env["RATELIMIT_STORAGE_URI"] == "redis://redis:6379/0"
    assert "@postgres:5432/" in env["DATABASE_URL"]


def _strings(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, f"{path}[{index}]")
    elif node is not None:
        yield path, str(node)


def test_no_secret_is_written_in_the_compose_file(compose, services):
    text = COMPOSE_FILE.read_text()
    assert "-----BEGIN" not in text
    assert not re.search(r"\b(ghp|gho|ghs|github_pat)_[A-Za-z0-9_]{16,}", text)
    for path, value in _strings(compose):
        # Long random-looking literals (letters and digits mixed, 20+ characters) are secrets.
        literal = re.sub(r"\$\{[^}]*\}", "", value)
        for word in re.findall(r"[A-Za-z0-9+/=]{20,}", literal):
            assert not (re.search(r"[0-9]", word) and re.search(r"[A-Za-z]", word)), \
                f"{path}: {value!r} looks like a secret"
    for name, service in services.items():
        env = service.get("environment") or {}
        if isinstance(env, list):
            env = dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
        for key, value in env.items():
            if SECRET_NAME.search(key) and value is not None:
                assert REQUIRED_REF.match(str(value)), \
                    f"{name}.{key} must come from .env as ${{{key}:?...}}, not {value!r}"
    database_url = services["backend"]["environment"]["DATABASE_URL"]
    assert "${POSTGRES_PASSWORD:?" in database_url


def _example_names():
    names = set()
    for line in ENV_EXAMPLE.read_text().splitlines():
        match = re.match(r"^#?\s*([A-Z][A-Z0-9_]*)=", line)
        if match:
            names.add(match.group(1))
    return names


def test_env_example_documents_every_variable_of_the_compose_file():
    referenced = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", COMPOSE_FILE.read_text()))
    missing = referenced - _example_names()
    assert not missing, f".env.example does not document {sorted(missing)}"
    required = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*):\?", COMPOSE_FILE.read_text()))
    assert {"SECRET_KEY", "JWT_SECRET_KEY", "POSTGRES_PASSWORD", "DOMAIN", "BACKEND_IMAGE"} <= required
    example = ENV_EXAMPLE.read_text()
    for name in required:  # required values are left empty in the example: never a default secret
        assert re.search(rf"^{name}=$", example, re.M), f"{name} should be empty in .env.example"


# Settings the API reads that the production stack deliberately leaves alone.
NOT_FOR_PRODUCTION = {
    "SEED_ADMIN_EMAIL", "SEED_ADMIN_PASSWORD", "SEED_CLIENT_EMAIL", "SEED_CLIENT_PASSWORD",  # dev seed
    "FRONTEND_DIST",  # `make run` serves the build from Flask; nginx does in production
    "SQLITE_BUSY_TIMEOUT_MS",  # SQLite only
    "RATELIMIT_ENABLED",  # tests only
}


def test_every_api_setting_reaches_the_backend_or_is_deliberately_left_out(services):
    source = (API / "src" / "config.py").read_text()
    read = set(re.findall(r"""(?:environ\.get|env_int|env_list|getenv)\(\s*["']([A-Z][A-Z0-9_]*)["']""",
                          source))
    assert {"DATABASE_URL", "SECRET_KEY", "JWT_SECRET_KEY"} <= read
    passed = set(services["backend"]["environment"])
    missing = read - passed - NOT_FOR_PRODUCTION
    assert not missing, f"docker-compose.yml does not pass {sorted(missing)} to the backend"
    set_by_compose = {"FLASK_ENV", "DATABASE_URL", "RATELIMIT_STORAGE_URI", "CATALOGUE_CACHE_REDIS_URL",
                      "TRUSTED_PROXIES", "PUBLIC_URL", "CORS_ORIGINS", "UPLOAD_FOLDER", "PORT"}
    documented = _example_names() | set_by_compose
    undocumented = (passed - documented)
    assert not undocumented, f".env.example does not document {sorted(undocumented)}"


def test_third_party_images_are_pinned_to_a_version(services):
    for name, service in services.items():
        image = service["image"]
        if name in ("backend", "migrate", "scheduler"):
            assert image.startswith("${BACKEND_IMAGE:?") and image.endswith(":${BACKEND_TAG:-latest}")
        elif name == "frontend":
            assert service["pull_policy"] == "build" and "build" in service
        else:
            tag = image.rsplit(":", 1)[-1]
            assert ":" in image and tag != "latest" and re.search(r"\d", tag), f"{name}: {image}"
