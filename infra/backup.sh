#!/usr/bin/env bash
# Back up DentalTech Pro: the PostgreSQL database (pg_dump -Fc) and the uploaded images, with
# rotation. `make backup` runs it; on the server, schedule it from cron, e.g.
#   15 3 * * *  cd /srv/dentaltech && infra/backup.sh >>infra/.deploy/backup.log 2>&1
#
# Each run writes one directory BACKUP_DIR/dentaltech-<UTC time>/ holding
#   database.dump       pg_dump custom format (restore with infra/restore.sh, or pg_restore)
#   uploads.tar.gz      dental-api/src/static/uploads
#   SHA256SUMS
# It appears only once complete (written under a temporary name, then renamed), and only the
# BACKUP_KEEP newest backups are kept. Copy BACKUP_DIR off the server too (rsync, object storage):
# a backup on the same disk does not survive the disk.
#
# Settings (environment, else .env, else the default):
#   BACKUP_DIR           ./infra/backups (relative to the repository; git ignores it)
#   BACKUP_KEEP          14
#   UPLOADS_DIR          ./dental-api/src/static/uploads
#   BACKUP_DATABASE_URL  dump this database with the local pg_dump (e.g. postgresql://user@host/db);
#                        unset: dump the compose stack's postgres service (docker compose exec)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

log() { printf '[backup] %s\n' "$*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}
env_get() { # NAME DEFAULT: the environment, else the last NAME= line of .env, else DEFAULT
    local name=$1 default=$2 value=""
    if [[ -n ${!name:-} ]]; then
        value=${!name}
    elif [[ -f .env ]]; then
        value=$(grep -E "^[[:space:]]*${name}=" .env | tail -n 1 | cut -d= -f2- || true)
        value=${value%$'\r'}
    fi
    printf '%s' "${value:-$default}"
}

backup_dir=$(env_get BACKUP_DIR ./infra/backups)
keep=$(env_get BACKUP_KEEP 14)
uploads_dir=$(env_get UPLOADS_DIR ./dental-api/src/static/uploads)
database_url=${BACKUP_DATABASE_URL:-}
[[ $keep =~ ^[1-9][0-9]*$ ]] || die "BACKUP_KEEP must be a positive number"

umask 077
mkdir -p "$backup_dir"
# Names sort in the order backups were made, even several within one second (-02, -03, ...):
# the suffix follows the highest one made that second, which rotation may have removed already.
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="dentaltech-$stamp"
same_second=$(find "$backup_dir" -mindepth 1 -maxdepth 1 -name "dentaltech-$stamp*" -printf '%f\n' | sort | tail -n 1)
if [[ -n $same_second ]]; then
    last_suffix=${same_second#"dentaltech-$stamp"}
    last_suffix=${last_suffix#-}
    name=$(printf 'dentaltech-%s-%02d' "$stamp" $((10#${last_suffix:-1} + 1)))
fi
partial=$(mktemp -d "$backup_dir/.partial-XXXXXX")
trap 'rm -rf "$partial"' EXIT

# ---- database ----------------------------------------------------------------------------------
if [[ -n $database_url ]]; then
    log "dumping $database_url (local pg_dump)"
    pg_dump --format=custom --compress=6 --file="$partial/database.dump" "$database_url"
    pg_restore --list "$partial/database.dump" >/dev/null || die "the dump does not read back"
else
    log "dumping the postgres service (docker compose)"
    docker compose exec -T postgres sh -c 'pg_dump --format=custom --compress=6 -U "$POSTGRES_USER" "$POSTGRES_DB"' \
        >"$partial/database.dump"
    docker compose exec -T postgres pg_restore --list <"$partial/database.dump" >/dev/null \
        || die "the dump does not read back"
fi
[[ -s $partial/database.dump ]] || die "empty database dump"

# ---- uploads -----------------------------------------------------------------------------------
if [[ -d $uploads_dir ]]; then
    tar -C "$uploads_dir" -czf "$partial/uploads.tar.gz" .
else
    log "no uploads folder at $uploads_dir: archiving nothing"
    tar -czf "$partial/uploads.tar.gz" -T /dev/null
fi

(cd "$partial" && sha256sum database.dump uploads.tar.gz >SHA256SUMS)
mv "$partial" "$backup_dir/$name"
trap - EXIT
log "wrote $backup_dir/$name ($(du -sh "$backup_dir/$name" | cut -f1))"

# ---- rotation: keep the newest $keep -------------------------------------------------------------
mapfile -t backups < <(find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -name 'dentaltech-*' | sort)
excess=$((${#backups[@]} - keep))
for ((i = 0; i < excess; i++)); do
    log "rotating out ${backups[i]##*/}"
    rm -rf "${backups[i]}"
done
printf '%s\n' "$backup_dir/$name"
