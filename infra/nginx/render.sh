#!/usr/bin/env bash
# Render the nginx configuration from infra/nginx/templates/nginx.conf.template.
#
#   DOMAIN=shop.example.com infra/nginx/render.sh [OUT_DIR]     (default: infra/nginx/rendered)
#
# Writes OUT_DIR/nginx.conf and OUT_DIR/includes/*.conf (the includes are resolved relative to the
# rendered nginx.conf). Only the variables below are substituted (written ${NAME} in the template);
# nginx's own $variables are left alone, and an unknown ${NAME} left in the result is an error.
# Files are replaced atomically inside OUT_DIR, so a running nginx that has the directory mounted
# sees either the old or the new file, never half of one.
#
# Variables (environment) and their production (docker compose) defaults:
#   DOMAIN               required: the site's host name (server_name, redirects, certificate path)
#   HTTP_PORT / HTTPS_PORT                  80 / 443
#   BACKEND_UPSTREAM     backend:5000       host:port of the API (gunicorn)
#   WEB_ROOT             /usr/share/nginx/html   the built front end (dental-website-dist volume)
#   ACME_WEBROOT         /var/www/certbot   certbot's webroot (./infra/nginx/certbot_webroot)
#   SSL_CERTIFICATE / SSL_CERTIFICATE_KEY   /etc/letsencrypt/live/$DOMAIN/{fullchain,privkey}.pem
#   MAX_UPLOAD_MB        5                  the API's upload limit (client_max_body_size follows it)
#   NGINX_USER           nginx              worker user
#   NGINX_PID_FILE       /var/run/nginx.pid
#   NGINX_LOG_DIR        /var/log/nginx
#   NGINX_TEMP_DIR       /var/cache/nginx
#   NGINX_MIME_TYPES     /etc/nginx/mime.types
#   NGINX_HTTP2_SYNTAX   directive          `directive` (http2 on; nginx >= 1.25.1) or `listen`
#                                           (listen ... http2; older nginx such as Debian 12's 1.22)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
template="$here/templates/nginx.conf.template"
includes="$here/includes"
out_dir=${1:-"$here/rendered"}

die() {
    printf 'render.sh: %s\n' "$*" >&2
    exit 1
}

: "${DOMAIN:?DOMAIN is required (the site host name, e.g. shop.example.com)}"
HTTP_PORT=${HTTP_PORT:-80}
HTTPS_PORT=${HTTPS_PORT:-443}
BACKEND_UPSTREAM=${BACKEND_UPSTREAM:-backend:5000}
WEB_ROOT=${WEB_ROOT:-/usr/share/nginx/html}
ACME_WEBROOT=${ACME_WEBROOT:-/var/www/certbot}
SSL_CERTIFICATE=${SSL_CERTIFICATE:-/etc/letsencrypt/live/$DOMAIN/fullchain.pem}
SSL_CERTIFICATE_KEY=${SSL_CERTIFICATE_KEY:-/etc/letsencrypt/live/$DOMAIN/privkey.pem}
MAX_UPLOAD_MB=${MAX_UPLOAD_MB:-5}
NGINX_USER=${NGINX_USER:-nginx}
NGINX_PID_FILE=${NGINX_PID_FILE:-/var/run/nginx.pid}
NGINX_LOG_DIR=${NGINX_LOG_DIR:-/var/log/nginx}
NGINX_TEMP_DIR=${NGINX_TEMP_DIR:-/var/cache/nginx}
NGINX_MIME_TYPES=${NGINX_MIME_TYPES:-/etc/nginx/mime.types}
NGINX_HTTP2_SYNTAX=${NGINX_HTTP2_SYNTAX:-directive}

# Values end up inside nginx directives: refuse anything that could break out of one.
[[ $DOMAIN =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]] || die "DOMAIN is not a host name: $DOMAIN"
for port in "$HTTP_PORT" "$HTTPS_PORT"; do
    if ! [[ $port =~ ^[0-9]{1,5}$ ]] || ((port < 1 || port > 65535)); then die "not a port: $port"; fi
done
[[ $BACKEND_UPSTREAM =~ ^[A-Za-z0-9._-]+:[0-9]{1,5}$|^\[[0-9A-Fa-f:]+\]:[0-9]{1,5}$ ]] \
    || die "BACKEND_UPSTREAM must be host:port: $BACKEND_UPSTREAM"
if ! [[ $MAX_UPLOAD_MB =~ ^[0-9]{1,4}$ ]] || ((MAX_UPLOAD_MB < 1)); then
    die "MAX_UPLOAD_MB must be a positive integer"
fi
[[ $NGINX_USER =~ ^[A-Za-z_][A-Za-z0-9_-]*$ ]] || die "NGINX_USER is not a user name: $NGINX_USER"
for path in "$WEB_ROOT" "$ACME_WEBROOT" "$SSL_CERTIFICATE" "$SSL_CERTIFICATE_KEY" "$NGINX_PID_FILE" \
    "$NGINX_LOG_DIR" "$NGINX_TEMP_DIR" "$NGINX_MIME_TYPES"; do
    [[ $path =~ ^/[A-Za-z0-9._/+@-]*$ ]] || die "not an absolute path without special characters: $path"
done

declare -A values=(
    [DOMAIN]=$DOMAIN [HTTP_PORT]=$HTTP_PORT [HTTPS_PORT]=$HTTPS_PORT
    [BACKEND_UPSTREAM]=$BACKEND_UPSTREAM [WEB_ROOT]=$WEB_ROOT [ACME_WEBROOT]=$ACME_WEBROOT
    [SSL_CERTIFICATE]=$SSL_CERTIFICATE [SSL_CERTIFICATE_KEY]=$SSL_CERTIFICATE_KEY
    [MAX_UPLOAD_MB]=$MAX_UPLOAD_MB [NGINX_USER]=$NGINX_USER [NGINX_PID_FILE]=$NGINX_PID_FILE
    [NGINX_LOG_DIR]=$NGINX_LOG_DIR [NGINX_TEMP_DIR]=$NGINX_TEMP_DIR [NGINX_MIME_TYPES]=$NGINX_MIME_TYPES
)
case $NGINX_HTTP2_SYNTAX in
    directive) values[HTTP2_LISTEN_FLAG]="" values[HTTP2_DIRECTIVE]="http2 on;" ;;
    listen) values[HTTP2_LISTEN_FLAG]=" http2" values[HTTP2_DIRECTIVE]="" ;;
    *) die "NGINX_HTTP2_SYNTAX must be 'directive' or 'listen'" ;;
esac

# Derived values.
values[CLIENT_MAX_BODY_SIZE]="$((MAX_UPLOAD_MB * 1024 + 64))k"
if [[ $HTTPS_PORT == 443 ]]; then values[PUBLIC_HOST]=$DOMAIN; else values[PUBLIC_HOST]="$DOMAIN:$HTTPS_PORT"; fi

content=$(<"$template")
for name in "${!values[@]}"; do
    placeholder="\${$name}"
    content=${content//"$placeholder"/"${values[$name]}"}
done
if leftover=$(grep -oE '\$\{[A-Z][A-Z0-9_]*\}' <<<"$content" | sort -u | tr '\n' ' ') && [[ -n $leftover ]]; then
    die "unknown template variables: $leftover"
fi

mkdir -p "$out_dir/includes"
write_atomically() { # write_atomically DEST < content
    local tmp
    tmp=$(mktemp "$1.XXXXXX")
    cat >"$tmp"
    chmod 0644 "$tmp"
    mv -f "$tmp" "$1"
}
printf '%s\n' "$content" | write_atomically "$out_dir/nginx.conf"
for file in "$includes"/*.conf; do
    dest="$out_dir/includes/${file##*/}"
    write_atomically "$dest" <"$file"
done
printf 'render.sh: wrote %s/nginx.conf for %s (backend %s, certificate %s)\n' \
    "$out_dir" "$DOMAIN" "$BACKEND_UPSTREAM" "$SSL_CERTIFICATE" >&2
