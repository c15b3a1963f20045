#!/usr/bin/env bash
# Makes a local PostgreSQL ready for the service and its tests, idempotently:
#   1. starts the installed server if it is down, or installs it with apt if it is absent;
#   2. creates the role industry_plans and the databases industry_plans and industry_plans_test.
# Skipped when INDUSTRYPLANS_SKIP_DB_PREPARE=1 (for instance when the datasource points elsewhere).
set -euo pipefail

[ "${INDUSTRYPLANS_SKIP_DB_PREPARE:-0}" = "1" ] && exit 0

DB_HOST=127.0.0.1
DB_PORT=5432
ROLE=industry_plans
PASSWORD=industry_plans
# Extra databases (the benchmark's, say) can be asked for in INDUSTRYPLANS_EXTRA_DATABASES.
DATABASES=(industry_plans industry_plans_test ${INDUSTRYPLANS_EXTRA_DATABASES:-})

log() { printf '[prepare-postgres] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root (or sudo) to $*"; exit 1; fi
}

ready() { pg_isready -q -h "$DB_HOST" -p "$DB_PORT" 2>/dev/null; }

start_installed() {
  local version
  for version in $(ls /etc/postgresql 2>/dev/null | sort -rn); do
    for cluster in $(ls "/etc/postgresql/$version" 2>/dev/null); do
      log "starting PostgreSQL $version/$cluster"
      as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start || true
      return 0
    done
  done
  return 1
}

if ! command -v pg_isready >/dev/null || ! ls /etc/postgresql/*/* >/dev/null 2>&1; then
  if ! ready; then
    log "PostgreSQL is not installed: installing it with apt"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
fi

if ! ready; then
  start_installed || { log "no PostgreSQL cluster found under /etc/postgresql"; exit 1; }
fi
for _ in $(seq 1 30); do ready && break; sleep 1; done
ready || { log "PostgreSQL does not answer on $DB_HOST:$DB_PORT"; exit 1; }

# Superuser access: trust over TCP where configured so, else peer authentication as postgres.
psql_admin() {
  if psql -h "$DB_HOST" -p "$DB_PORT" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1 </dev/null; then
    psql -h "$DB_HOST" -p "$DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
  else
    as_root runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
  fi
}

psql_admin -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  END IF;
END \$\$;"
for db in "${DATABASES[@]}"; do
  if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    log "creating database $db"
    psql_admin -c "CREATE DATABASE $db OWNER $ROLE ENCODING 'UTF8' TEMPLATE template0"
  fi
done
log "PostgreSQL ready on $DB_HOST:$DB_PORT (role $ROLE, databases ${DATABASES[*]})"
