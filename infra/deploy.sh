#!/usr/bin/env bash
# Deploy DentalTech Pro on this server with docker compose: idempotent and non-interactive.
#
#   infra/deploy.sh [TAG]        TAG: the backend image tag to run (default: latest)
#
# Runs from the repository checkout on the server (any directory: it finds the checkout itself),
# with a .env file next to docker-compose.yml (see .env.example). Steps:
#   1. pull the code (git pull --ff-only), then run the pulled version of this script;
#   2. render the nginx configuration for DOMAIN (temporary self-signed certificate until Let's
#      Encrypt has issued one);
#   3. pull the backend image TAG from GHCR; build the frontend image and copy the build into the
#      dental-website-dist volume;
#   4. start postgres and redis, run the migrations once (one-shot `migrate` service);
#   5. start or update the backends (BACKEND_REPLICAS containers) and the scheduler, and wait for
#      their health checks: if the new tag fails, go back to the previous tag and exit 2;
#   6. start or reload nginx and certbot; obtain the certificate when there is none (webroot),
#      reload nginx on it; if issuance fails nginx keeps serving the temporary one (exit 3);
#   7. remember TAG as the deployed one (infra/.deploy/current-tag).
# Exit codes: 0 deployed, 1 error (nothing switched), 2 rolled back, 3 deployed without a real
# certificate yet. Production never runs the development seed: create the first admin with
#   docker compose run --rm backend flask --app wsgi create-admin EMAIL
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

log() { printf '[deploy %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() {
    log "ERROR: $*"
    exit "${2:-1}"
}

TAG=${1:-${BACKEND_TAG:-latest}}
[[ $TAG =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || die "not a valid image tag: $TAG"

[[ -f .env ]] || die "no .env in $ROOT: copy .env.example to .env and fill it in"

# env_get NAME [DEFAULT]: the environment first, then the last NAME=value line of .env.
env_get() {
    local name=$1 default=${2:-} line value
    if [[ -n ${!name:-} ]]; then
        printf '%s' "${!name}"
        return
    fi
    line=$(grep -E "^[[:space:]]*${name}=" .env | tail -n 1 || true)
    value=${line#*=}
    value=${value%$'\r'}
    if [[ $value =~ ^\"(.*)\"$ || $value =~ ^\'(.*)\'$ ]]; then
        value=${BASH_REMATCH[1]}
    else
        value=${value%%[[:space:]]#*}
        value=${value%"${value##*[![:space:]]}"}
    fi
    printf '%s' "${value:-$default}"
}

STATE_DIR="$ROOT/infra/.deploy"
mkdir -p "$STATE_DIR"

# ---- 1. one deployment at a time; pull the code and continue with the pulled script ----------------
if [[ -z ${DEPLOY_REEXECUTED:-} ]]; then
    exec 9>"$STATE_DIR/lock"
    flock -n 9 || die "another deployment is running (lock $STATE_DIR/lock)"
    if [[ ${DEPLOY_SKIP_PULL:-0} != 1 ]]; then
        branch=$(env_get DEPLOY_BRANCH main)
        log "pulling $branch"
        git pull --ff-only origin "$branch"
    fi
    # The file may just have changed under the running shell: run the new version from the start.
    DEPLOY_REEXECUTED=1 exec bash "$ROOT/infra/deploy.sh" "$TAG"
fi

DOMAIN=$(env_get DOMAIN)
LETSENCRYPT_EMAIL=$(env_get LETSENCRYPT_EMAIL)
LETSENCRYPT_STAGING=$(env_get LETSENCRYPT_STAGING 0)
BACKEND_REPLICAS=$(env_get BACKEND_REPLICAS 1)
MAX_UPLOAD_MB=$(env_get MAX_UPLOAD_MB 5)
HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-180}
HEALTH_INTERVAL=${HEALTH_INTERVAL:-3}
[[ -n $DOMAIN ]] || die "DOMAIN is not set in .env"
[[ -n $LETSENCRYPT_EMAIL ]] || die "LETSENCRYPT_EMAIL is not set in .env"
[[ -n $(env_get BACKEND_IMAGE) ]] || die "BACKEND_IMAGE is not set in .env"
[[ $BACKEND_REPLICAS =~ ^[1-9][0-9]?$ ]] || die "BACKEND_REPLICAS must be a number from 1 to 99"

compose() { docker compose "$@"; }
NGINX_CONF=/etc/nginx/dentaltech/nginx.conf
LE_DIR="$ROOT/infra/nginx/letsencrypt"
SELFSIGNED_DIR="$ROOT/infra/nginx/selfsigned"
previous_tag=$(cat "$STATE_DIR/current-tag" 2>/dev/null || true)
log "deploying backend tag $TAG (previous: ${previous_tag:-none}) for $DOMAIN"

have_real_certificate() { [[ -f $LE_DIR/renewal/$DOMAIN.conf ]]; }

render_nginx() { # render_nginx real|temporary
    local cert key
    if [[ $1 == real ]]; then
        cert="/etc/letsencrypt/live/$DOMAIN/fullchain.pem"
        key="/etc/letsencrypt/live/$DOMAIN/privkey.pem"
    else
        cert=/etc/nginx/selfsigned/fullchain.pem
        key=/etc/nginx/selfsigned/privkey.pem
    fi
    DOMAIN=$DOMAIN MAX_UPLOAD_MB=$MAX_UPLOAD_MB SSL_CERTIFICATE=$cert SSL_CERTIFICATE_KEY=$key \
        "$ROOT/infra/nginx/render.sh" "$ROOT/infra/nginx/rendered"
}

reload_nginx() {
    compose exec -T nginx nginx -t -q -c "$NGINX_CONF" && compose exec -T nginx nginx -s reload -c "$NGINX_CONF"
}

# wait_healthy: every backend container reports healthy within HEALTH_TIMEOUT seconds.
wait_healthy() {
    local deadline=$((SECONDS + HEALTH_TIMEOUT)) ids id status all
    while :; do
        ids=$(compose ps -q backend)
        if [[ -n $ids ]]; then
            all=1
            for id in $ids; do
                status=$(docker inspect --format '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id")
                case $status in
                    healthy) ;;
                    unhealthy | exited | dead) return 1 ;;
                    *) all=0 ;;
                esac
            done
            ((all)) && return 0
        fi
        ((SECONDS < deadline)) || return 1
        sleep "$HEALTH_INTERVAL"
    done
}

start_backends() { # start_backends TAG
    BACKEND_TAG=$1 compose up -d --no-deps --remove-orphans --scale "backend=$BACKEND_REPLICAS" backend scheduler
}

# ---- 2. nginx configuration ------------------------------------------------------------------------
mkdir -p "$LE_DIR" "$ROOT/infra/nginx/certbot_webroot" "$ROOT/infra/nginx/rendered" \
    "$ROOT/dental-api/src/static/uploads"
"$ROOT/infra/selfsigned-cert.sh" "$SELFSIGNED_DIR" "$DOMAIN"
if have_real_certificate; then render_nginx real; else render_nginx temporary; fi

# ---- 3. images and the front-end build --------------------------------------------------------------
export BACKEND_TAG=$TAG
log "pulling the backend image"
compose pull backend
log "building the front end and publishing it to the dental-website-dist volume"
compose build frontend
compose run --rm --no-deps frontend

# ---- 4. data services and migrations (once per deploy, before the backends) ------------------------
compose up -d --wait postgres redis
log "running the migrations"
compose run --rm --no-deps migrate || die "migrations failed: the running version is untouched"
compose run --rm --no-deps --user 0 --entrypoint chown backend -R 10001:10001 /app/src/static/uploads

# ---- 5. backends, health check, rollback ------------------------------------------------------------
log "starting $BACKEND_REPLICAS backend container(s) on $TAG"
start_backends "$TAG"
if ! wait_healthy; then
    log "backend $TAG failed its health check"
    compose logs --tail 80 backend >&2 || true
    if [[ -n $previous_tag && $previous_tag != "$TAG" ]]; then
        log "rolling back to $previous_tag"
        export BACKEND_TAG=$previous_tag
        start_backends "$previous_tag"
        wait_healthy || die "the previous tag $previous_tag is unhealthy too" 1
        compose up -d --no-deps nginx certbot
        reload_nginx || true
        die "deploy of $TAG failed its health check: rolled back to $previous_tag" 2
    fi
    die "deploy of $TAG failed its health check and there is no previous tag to go back to"
fi

# ---- 6. nginx, certbot and the certificate ----------------------------------------------------------
compose up -d --no-deps nginx certbot
reload_nginx || die "nginx refused the rendered configuration"

certificate_missing=0
if ! have_real_certificate; then
    log "requesting a Let's Encrypt certificate for $DOMAIN"
    args=(certonly --webroot --webroot-path /var/www/certbot -d "$DOMAIN" --email "$LETSENCRYPT_EMAIL"
        --agree-tos --no-eff-email --non-interactive --keep-until-expiring)
    [[ $LETSENCRYPT_STAGING == 1 ]] && args+=(--staging)
    if compose run --rm --no-deps --entrypoint certbot certbot "${args[@]}" && have_real_certificate; then
        render_nginx real
        if reload_nginx; then
            log "nginx now serves the Let's Encrypt certificate"
        else
            log "nginx refused the new certificate: back to the temporary one"
            render_nginx temporary
            reload_nginx || true
            certificate_missing=1
        fi
    else
        log "certificate request failed: nginx keeps serving the temporary self-signed certificate"
        certificate_missing=1
    fi
fi

# ---- 7. done -----------------------------------------------------------------------------------------
printf '%s\n' "$TAG" >"$STATE_DIR/current-tag"
[[ -z $previous_tag || $previous_tag == "$TAG" ]] || printf '%s\n' "$previous_tag" >"$STATE_DIR/previous-tag"
docker image prune -f >/dev/null || true
if ((certificate_missing)); then
    log "deployed $TAG, but without a Let's Encrypt certificate yet (check DNS and port 80, then run again)"
    exit 3
fi
log "deployed $TAG"
