#!/usr/bin/env bash
# Restore a backup made by infra/backup.sh: the database and (unless --database-only) the uploads.
#
#   infra/restore.sh --yes BACKUP_DIR/dentaltech-<time> [--database-only]
#
# The backup's checksums are verified first. The database is restored with
# `pg_restore --clean --if-exists --single-transaction`: the existing tables are replaced, all at
# once or not at all. The uploads folder's content is replaced by the archive's.
#
# Compose stack (default): the backend and scheduler containers are stopped during the restore
# and started again after it. With RESTORE_DATABASE_URL set, the local pg_restore restores into
# that database instead (e.g. a scratch database to inspect a backup), and no container is touched.
# UPLOADS_DIR (default ./dental-api/src/static/uploads) is where the uploads are restored.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

log() { printf '[restore] %s\n' "$*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}
usage() { die "usage: infra/restore.sh --yes BACKUP_DIRECTORY [--database-only]"; }

confirmed=0 database_only=0 backup=""
for arg in "$@"; do
    case $arg in
        --yes) confirmed=1 ;;
        --database-only) database_only=1 ;;
        -*) usage ;;
        *) [[ -z $backup ]] || usage; backup=$arg ;;
    esac
done
[[ -n $backup ]] || usage
((confirmed)) || die "this replaces the database and the uploads: pass --yes to confirm"
backup=$(cd "$backup" && pwd) || die "no such backup: $backup"
[[ -f $backup/database.dump && -f $backup/SHA256SUMS ]] || die "$backup is not a backup made by infra/backup.sh"
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || die "checksum mismatch in $backup"

cd "$ROOT"
uploads_dir=${UPLOADS_DIR:-./dental-api/src/static/uploads}
database_url=${RESTORE_DATABASE_URL:-}
restore_options=(--clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error)

# ---- database ----------------------------------------------------------------------------------
if [[ -n $database_url ]]; then
    log "restoring the database into $database_url (local pg_restore)"
    pg_restore "${restore_options[@]}" --dbname="$database_url" "$backup/database.dump"
else
    log "stopping backend and scheduler"
    docker compose stop backend scheduler
    trap 'log "starting backend and scheduler again"; docker compose start backend scheduler' EXIT
    log "restoring the database into the postgres service"
    docker compose exec -T postgres sh -c "pg_restore ${restore_options[*]} -U \"\$POSTGRES_USER\" -d \"\$POSTGRES_DB\"" \
        <"$backup/database.dump"
fi

# ---- uploads -----------------------------------------------------------------------------------
if ((!database_only)); then
    [[ -f $backup/uploads.tar.gz ]] || die "no uploads.tar.gz in $backup"
    mkdir -p "$uploads_dir"
    staging=$(mktemp -d "$uploads_dir/../.uploads-restore-XXXXXX")
    tar -C "$staging" -xzf "$backup/uploads.tar.gz"
    # Replace the folder's content, not the folder: a running container has it mounted.
    find "$uploads_dir" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
    find "$staging" -mindepth 1 -maxdepth 1 -exec mv -t "$uploads_dir" {} +
    rmdir "$staging"
    log "restored the uploads into $uploads_dir"
fi
log "restored $backup"
