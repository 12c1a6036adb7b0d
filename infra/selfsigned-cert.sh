#!/usr/bin/env bash
# Create a temporary self-signed certificate for DOMAIN in DIR (fullchain.pem, privkey.pem), unless
# one is there that is valid for at least one more day. nginx starts on it before Let's Encrypt
# has issued the real certificate, and keeps serving it if issuance fails.
#
#   infra/selfsigned-cert.sh DIR DOMAIN [DAYS]
set -euo pipefail

dir=${1:?usage: selfsigned-cert.sh DIR DOMAIN [DAYS]}
domain=${2:?usage: selfsigned-cert.sh DIR DOMAIN [DAYS]}
days=${3:-30}

cert="$dir/fullchain.pem"
key="$dir/privkey.pem"
if [[ -s $cert && -s $key ]] && openssl x509 -in "$cert" -noout -checkend 86400 >/dev/null 2>&1 \
    && openssl x509 -in "$cert" -noout -subject 2>/dev/null | grep -q "CN *= *$domain\$"; then
    exit 0
fi

mkdir -p "$dir"
tmp=$(mktemp -d "$dir/.new.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
openssl req -x509 -nodes -newkey rsa:2048 -sha256 -days "$days" \
    -keyout "$tmp/privkey.pem" -out "$tmp/fullchain.pem" \
    -subj "/CN=$domain" -addext "subjectAltName=DNS:$domain" >/dev/null 2>&1
chmod 0644 "$tmp/fullchain.pem"
chmod 0600 "$tmp/privkey.pem"
mv -f "$tmp/privkey.pem" "$key"
mv -f "$tmp/fullchain.pem" "$cert"
echo "selfsigned-cert: temporary certificate for $domain in $dir (valid $days days)" >&2
