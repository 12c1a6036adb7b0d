#!/usr/bin/env bash
# Install what `make bench` needs and is missing: the infrastructure checks' tools (nginx, openssl, curl,
# the PostgreSQL client: infra/tests/install-tools.sh), wrk (apt), and Lighthouse 12.2.3 (npm, into
# bench/.cache, outside the project's dependencies). Only the package registries are used.
#
#   bench/install-tools.sh VENV_DIR
set -euo pipefail

venv=${1:?usage: install-tools.sh VENV_DIR}
bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

bash "$bench/../infra/tests/install-tools.sh" "$venv"
if ! command -v wrk >/dev/null; then
    echo "install-tools: apt-get install wrk"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
lighthouse=$bench/.cache/lighthouse
if [[ ! -x $lighthouse/node_modules/.bin/lighthouse ]]; then
    echo "install-tools: npm install lighthouse@12.2.3 into $lighthouse"
    mkdir -p "$lighthouse"
    npm install --prefix "$lighthouse" --no-audit --no-fund --silent lighthouse@12.2.3
fi
