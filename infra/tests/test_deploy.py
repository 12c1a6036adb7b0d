"""infra/deploy.sh with `docker`, `git` and `certbot` stubbed on PATH.

The stubs log every call (with the BACKEND_TAG compose would interpolate) and play back what
deploy.sh reads: the backend containers' health (unhealthy for the tags in STUB_UNHEALTHY_TAGS),
and certbot's result (a real-looking lineage in infra/nginx/letsencrypt, or a failure). The real
render script, openssl and flock run. Each test deploys into its own copy of the checkout.
"""
import fcntl
import os
import re
import shutil
import subprocess
import textwrap

import pytest

from conftest import INFRA, ROOT

DOMAIN = "shop.example.test"

DOCKER_STUB = r'''#!/usr/bin/env bash
# docker stub: log the call, then act out the little deploy.sh reads back.
printf 'docker %s | BACKEND_TAG=%s\n' "$*" "${BACKEND_TAG:-}" >>"$STUB_LOG"
state=$STUB_STATE
words=" $* "
if [[ $1 == inspect ]]; then
    tag=$(cat "$state/running-tag" 2>/dev/null || true)
    if [[ " ${STUB_UNHEALTHY_TAGS:-} " == *" $tag "* ]]; then echo unhealthy; else echo healthy; fi
    exit 0
fi
[[ $1 == compose ]] || exit 0
shift
command=$1
shift
case $command in
    ps)
        for ((i = 1; i <= ${STUB_REPLICAS:-1}; i++)); do echo "dentaltech-backend-$i"; done ;;
    up)
        [[ $words == *" backend "* ]] && echo "${BACKEND_TAG:-}" >"$state/running-tag"
        [[ $words == *" nginx "* ]] && echo running >"$state/nginx"
        true ;;
    stop | down | kill | rm | restart)
        [[ $command == down || $words == *" nginx "* ]] && echo "$command" >"$state/nginx"
        true ;;
    exec)
        if [[ $words == *" nginx nginx -t "* ]]; then
            grep -m1 -o 'ssl_certificate [^;]*' "$STUB_ROOT/infra/nginx/rendered/nginx.conf" \
                | sed 's/^/  rendered: /' >>"$STUB_LOG"
        fi ;;
    run)
        entrypoint="" service="" rest=()
        while (($#)); do
            case $1 in
                --entrypoint) entrypoint=$2; shift 2 ;;
                --user | -u | -e | --env) shift 2 ;;
                -*) shift ;;
                *) service=$1; shift; rest=("$@"); break ;;
            esac
        done
        if [[ $service == migrate && ${STUB_MIGRATE_FAIL:-0} == 1 ]]; then
            echo "alembic: migration failed" >&2
            exit 1
        fi
        if [[ $service == certbot && $entrypoint == certbot ]]; then
            exec certbot "${rest[@]}"
        fi ;;
esac
exit 0
'''

CERTBOT_STUB = r'''#!/usr/bin/env bash
# certbot stub (as run in the certbot container, /etc/letsencrypt = infra/nginx/letsencrypt).
printf 'certbot %s\n' "$*" >>"$STUB_LOG"
if [[ ${STUB_CERTBOT_FAIL:-0} == 1 ]]; then
    echo "Certbot failed to authenticate some domains (authenticator: webroot)" >&2
    exit 1
fi
domain=""
while (($#)); do [[ $1 == -d ]] && domain=$2; shift; done
le="$STUB_ROOT/infra/nginx/letsencrypt"
mkdir -p "$le/renewal" "$le/live/$domain"
printf 'version = 5.9.0\n[renewalparams]\nauthenticator = webroot\n' >"$le/renewal/$domain.conf"
cp "$STUB_ROOT/infra/nginx/selfsigned/fullchain.pem" "$le/live/$domain/fullchain.pem"
cp "$STUB_ROOT/infra/nginx/selfsigned/privkey.pem" "$le/live/$domain/privkey.pem"
'''

GIT_STUB = r'''#!/usr/bin/env bash
printf 'git %s\n' "$*" >>"$STUB_LOG"
'''

ENV_FILE = f"""\
DOMAIN={DOMAIN}
LETSENCRYPT_EMAIL=ops@example.test
BACKEND_IMAGE=ghcr.io/example/dentaltech-api
SECRET_KEY=test-secret
JWT_SECRET_KEY=test-jwt-secret-0123456789abcdef0123456789
POSTGRES_PASSWORD=test
BACKEND_REPLICAS=2
# comments and blank lines are fine

STORE_NAME=DentalTech Pro
"""


@pytest.fixture
def server(tmp_path):
    """A copy of the checkout as the server has it, with .env, and the stubs on PATH."""
    root = tmp_path / "server"
    root.mkdir()
    shutil.copy(ROOT / "docker-compose.yml", root)
    shutil.copytree(INFRA, root / "infra", ignore=shutil.ignore_patterns(
        "tests", "rendered", "selfsigned", ".deploy", "__pycache__", "*.pem", "renewal", "live", "archive"))
    (root / ".env").write_text(ENV_FILE)
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    for name, body in (("docker", DOCKER_STUB), ("certbot", CERTBOT_STUB), ("git", GIT_STUB)):
        (stubs / name).write_text(body)
        (stubs / name).chmod(0o755)
    state = tmp_path / "state"
    state.mkdir()

    class Server:
        path = root
        log = tmp_path / "calls.log"

        def deploy(self, tag, **env):
            environment = dict(os.environ, PATH=f"{stubs}:{os.environ['PATH']}", STUB_LOG=str(self.log),
                               STUB_STATE=str(state), STUB_ROOT=str(root), STUB_REPLICAS="2",
                               HEALTH_TIMEOUT="3", HEALTH_INTERVAL="0.1")
            environment.pop("BACKEND_TAG", None)
            environment.update(env)
            self.log.write_text("")
            return subprocess.run(["bash", str(root / "infra" / "deploy.sh"), tag], env=environment,
                                  capture_output=True, text=True, timeout=120)

        def calls(self):
            return self.log.read_text().splitlines()

        def nginx_state(self):
            return (state / "nginx").read_text().strip() if (state / "nginx").exists() else None

        def rendered(self):
            return (root / "infra" / "nginx" / "rendered" / "nginx.conf").read_text()

        def current_tag(self):
            return (root / "infra" / ".deploy" / "current-tag").read_text().strip()

    return Server()


def positions(calls, *patterns):
    """The index of the first call matching each pattern, in order; fails if one is missing or
    out of order."""
    found, start = [], 0
    for pattern in patterns:
        for index in range(start, len(calls)):
            if re.search(pattern, calls[index]):
                found.append(index)
                start = index + 1
                break
        else:
            pytest.fail(f"no call matching {pattern!r} after position {start}:\n" + "\n".join(calls))
    return found


def explain(result, server):
    return f"exit {result.returncode}\n--- stderr\n{result.stderr}\n--- calls\n" + "\n".join(server.calls())


def test_first_deploy_runs_every_step_in_order(server):
    result = server.deploy("sha1")
    assert result.returncode == 0, explain(result, server)
    calls = server.calls()
    positions(
        calls,
        r"^git pull --ff-only origin main$",
        r"^docker compose pull backend \| BACKEND_TAG=sha1$",
        r"^docker compose build frontend",
        r"^docker compose run --rm --no-deps frontend",
        r"^docker compose up -d --wait postgres redis",
        r"^docker compose run --rm --no-deps migrate \| BACKEND_TAG=sha1$",
        r"^docker compose run .*--user 0 --entrypoint chown backend -R 10001:10001 /app/src/static/uploads",
        r"^docker compose up -d --no-deps --remove-orphans --scale backend=2 backend scheduler "
        r"\| BACKEND_TAG=sha1$",
        r"^docker inspect .*dentaltech-backend-1",
        r"^docker compose up -d --no-deps nginx certbot",
        r"^docker compose exec -T nginx nginx -t",
        r"^  rendered: ssl_certificate /etc/nginx/selfsigned/fullchain.pem$",
        r"^docker compose exec -T nginx nginx -s reload",
        rf"^docker compose run --rm --no-deps --entrypoint certbot certbot certonly --webroot "
        rf"--webroot-path /var/www/certbot -d {DOMAIN} --email ops@example.test .*--non-interactive",
        rf"^certbot certonly .*-d {DOMAIN}",
        rf"^  rendered: ssl_certificate /etc/letsencrypt/live/{DOMAIN}/fullchain.pem$",
        r"^docker compose exec -T nginx nginx -s reload",
    )
    assert not [call for call in calls if re.search(r"\bseed\b", call)], "production never runs the seed"
    assert not [call for call in calls if re.search(r"docker compose (down|stop)", call)]
    assert server.nginx_state() == "running"
    assert server.current_tag() == "sha1"
    rendered = server.rendered()
    assert f"server_name {DOMAIN};" in rendered
    assert f"ssl_certificate /etc/letsencrypt/live/{DOMAIN}/fullchain.pem;" in rendered
    assert "server backend:5000" in rendered
    assert (server.path / "infra/nginx/rendered/includes/security-headers.conf").exists()


def test_a_second_deploy_is_idempotent_and_asks_for_no_new_certificate(server):
    assert server.deploy("sha1").returncode == 0
    result = server.deploy("sha1")
    assert result.returncode == 0, explain(result, server)
    assert not [call for call in server.calls() if "certonly" in call]
    assert server.current_tag() == "sha1"


def test_a_failing_health_check_rolls_back_to_the_previous_tag(server):
    assert server.deploy("sha1").returncode == 0
    result = server.deploy("sha2", STUB_UNHEALTHY_TAGS="sha2")
    assert result.returncode == 2, explain(result, server)
    assert "rolled back to sha1" in result.stderr
    calls = server.calls()
    positions(
        calls,
        r"^docker compose pull backend \| BACKEND_TAG=sha2$",
        r"^docker compose run --rm --no-deps migrate \| BACKEND_TAG=sha2$",
        r"^docker compose up .*--scale backend=2 backend scheduler \| BACKEND_TAG=sha2$",
        r"^docker inspect",
        r"^docker compose logs --tail \d+ backend",
        r"^docker compose up .*--scale backend=2 backend scheduler \| BACKEND_TAG=sha1$",
        r"^docker inspect",
        r"^docker compose exec -T nginx nginx -s reload",
    )
    assert server.current_tag() == "sha1"
    assert server.nginx_state() == "running"
    # The next good tag deploys normally and remembers the one before it.
    result = server.deploy("sha3")
    assert result.returncode == 0, explain(result, server)
    assert server.current_tag() == "sha3"
    assert (server.path / "infra/.deploy/previous-tag").read_text().strip() == "sha1"


def test_a_failing_first_deploy_without_previous_tag_fails_without_switching(server):
    result = server.deploy("sha1", STUB_UNHEALTHY_TAGS="sha1")
    assert result.returncode == 1, explain(result, server)
    assert "no previous tag" in result.stderr
    assert not (server.path / "infra/.deploy/current-tag").exists()


def test_a_failing_certificate_request_leaves_nginx_running_on_the_temporary_certificate(server):
    result = server.deploy("sha1", STUB_CERTBOT_FAIL="1")
    assert result.returncode == 3, explain(result, server)
    assert "keeps serving the temporary self-signed certificate" in result.stderr
    calls = server.calls()
    certbot_at, = positions(calls, r"^certbot certonly")
    after = calls[certbot_at:]
    assert not [call for call in after if re.search(r"docker compose (down|stop|rm|kill|restart)", call)]
    assert server.nginx_state() == "running"
    assert "ssl_certificate /etc/nginx/selfsigned/fullchain.pem;" in server.rendered()
    certificate = server.path / "infra/nginx/selfsigned/fullchain.pem"
    check = subprocess.run(["openssl", "x509", "-in", str(certificate), "-noout", "-checkend", "86400",
                            "-subject"], capture_output=True, text=True)
    assert check.returncode == 0 and DOMAIN in check.stdout
    assert server.current_tag() == "sha1"  # the application itself is deployed

    # The next deploy tries again, and moves nginx to the real certificate once issued.
    result = server.deploy("sha1")
    assert result.returncode == 0, explain(result, server)
    assert f"ssl_certificate /etc/letsencrypt/live/{DOMAIN}/fullchain.pem;" in server.rendered()


def test_a_failing_migration_stops_before_the_backends_change(server):
    assert server.deploy("sha1").returncode == 0
    result = server.deploy("sha2", STUB_MIGRATE_FAIL="1")
    assert result.returncode == 1, explain(result, server)
    assert "migrations failed" in result.stderr
    assert not [call for call in server.calls() if "backend scheduler" in call]
    assert server.current_tag() == "sha1"


def test_without_env_file_nothing_runs(server):
    (server.path / ".env").unlink()
    result = server.deploy("sha1")
    assert result.returncode == 1
    assert ".env" in result.stderr
    assert server.calls() == []


def test_a_bad_tag_is_refused(server):
    result = server.deploy("sha1;rm -rf /")
    assert result.returncode == 1
    assert server.calls() == []


def test_one_deployment_at_a_time(server):
    lock = server.path / "infra" / ".deploy" / "lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = server.deploy("sha1")
    assert result.returncode == 1
    assert "another deployment is running" in result.stderr
    assert server.calls() == []


def test_env_values_with_spaces_quotes_and_comments_are_read(server):
    (server.path / ".env").write_text(ENV_FILE.replace(
        f"DOMAIN={DOMAIN}", textwrap.dedent(f'DOMAIN="{DOMAIN}"')).replace(
        "BACKEND_REPLICAS=2", "BACKEND_REPLICAS=3  # three containers"))
    result = server.deploy("sha1")
    assert result.returncode == 0, explain(result, server)
    assert [call for call in server.calls() if "--scale backend=3 " in call]
    assert f"server_name {DOMAIN};" in server.rendered()
