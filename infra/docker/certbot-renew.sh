#!/bin/sh
# certbot container entrypoint: try to renew every certificate twice a day (certbot only renews
# those close to expiry, through the same webroot the first request used). nginx picks renewed
# files up on its periodic reload (nginx-run.sh). The marker file feeds the healthcheck.
set -u

interval=${CERTBOT_RENEW_INTERVAL:-43200}
trap 'exit 0' TERM INT

while :; do
    if certbot renew --webroot --webroot-path /var/www/certbot --quiet --no-random-sleep-on-renew; then
        touch /tmp/certbot-renew.ok
    else
        echo "certbot-renew: renewal failed; retrying in ${interval}s" >&2
    fi
    sleep "$interval" &
    wait $!
done
