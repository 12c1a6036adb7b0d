#!/bin/sh
# scheduler container command: `flask expire-orders` every EXPIRE_ORDERS_INTERVAL seconds
# (default 15 minutes). It cancels the pending orders older than ORDER_HOLD_HOURS and puts their
# stock back; it is safe to run at any time, and only this one container runs it.
set -u

interval=${EXPIRE_ORDERS_INTERVAL:-900}
trap 'exit 0' TERM INT

while :; do
    if flask --app wsgi expire-orders; then
        touch /tmp/expire-orders.ok
    else
        echo "expire-orders: failed; retrying in ${interval}s" >&2
    fi
    sleep "$interval" &
    wait $!
done
