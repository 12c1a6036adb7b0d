#!/bin/sh
# nginx container command: serve with the rendered configuration, and reload every
# NGINX_RELOAD_INTERVAL seconds (default 6 h) so that certificates renewed by the certbot
# service are picked up without a restart.
set -eu

conf=${NGINX_CONF:-/etc/nginx/dentaltech/nginx.conf}
interval=${NGINX_RELOAD_INTERVAL:-21600}

mkdir -p /var/cache/nginx /var/www/certbot
nginx -t -q -c "$conf"

(
    while sleep "$interval"; do
        nginx -t -q -c "$conf" && nginx -s reload -c "$conf"
    done
) &

exec nginx -c "$conf" -g 'daemon off;'
