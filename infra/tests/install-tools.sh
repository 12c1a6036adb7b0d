#!/usr/bin/env bash
# Install what `make test-infra` needs and is missing: Debian's nginx, openssl, curl and the
# PostgreSQL client tools (apt), and the pinned Python tools of infra/requirements.txt (pip, into
# the project's virtual environment). Only the package registries are used.
#
#   infra/tests/install-tools.sh VENV_DIR
set -euo pipefail

venv=${1:?usage: install-tools.sh VENV_DIR}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

missing=()
command -v nginx >/dev/null || missing+=(nginx)
command -v openssl >/dev/null || missing+=(openssl)
command -v curl >/dev/null || missing+=(curl)
command -v pg_dump >/dev/null && command -v pg_restore >/dev/null && command -v psql >/dev/null \
    || missing+=(postgresql-client)
command -v flock >/dev/null || missing+=(util-linux)

if ((${#missing[@]})); then
    echo "install-tools: apt-get install ${missing[*]}"
    # Installing nginx must not start Debian's own nginx on port 80: the checks start their own.
    policy=/usr/sbin/policy-rc.d
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod 0755 "$policy"
        trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

stamp="$venv/.infra-tools-installed"
if [[ ! -f $stamp || $root/infra/requirements.txt -nt $stamp ]]; then
    # (pip's notes about this machine's extra package indexes are noise here)
    "$venv/bin/pip" install --quiet -r "$root/infra/requirements.txt" 2> >(grep -v 'is ignored' >&2)
    touch "$stamp"
fi
