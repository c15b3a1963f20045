#!/usr/bin/env bash
# Database fault test of the packaged jar: writes under load, PostgreSQL stopped for a while and
# started again, the jar never restarted. Checks that requests fail fast with 503 + Retry-After,
# that /q/health/ready goes DOWN and comes back UP by itself, and that every write answered 2xx
# is stored. The output is the report quoted in docs/reliability.md.
#
# It never touches the machine's PostgreSQL on 5432: it runs a private PostgreSQL 15 (initdb into
# a temporary directory, trust auth, its own port), removed again on exit.
#
#   scripts/fault-test.sh
#   FAULT_OUTAGE=20 FAULT_WRITERS=8 scripts/fault-test.sh
#
# Settings (environment): FAULT_WRITERS (4) concurrent writers, FAULT_PACE_MS (20) pause after
# each write, FAULT_WARMUP (5) seconds of writes before the stop, FAULT_OUTAGE (10) seconds with
# PostgreSQL down, FAULT_AFTER (5) seconds of writes after recovery, FAULT_RECOVERY_LIMIT (60)
# seconds allowed for recovery, FAULT_MAX_LATENCY_MS (3000) slowest answer allowed while the
# database is down, FAULT_HTTP_PORT (8096) and FAULT_PG_PORT (25432) first ports tried. Both
# defaults lie below Linux's ephemeral range (32768-60999), where a client connection of an
# earlier test run can still hold the port in TIME_WAIT and make PostgreSQL's bind fail.
# Logs of the last run stay in target/fault-test/.
set -euo pipefail
cd "$(dirname "$0")/.."

WRITERS="${FAULT_WRITERS:-4}"
PACE_MS="${FAULT_PACE_MS:-20}"
WARMUP="${FAULT_WARMUP:-5}"
OUTAGE="${FAULT_OUTAGE:-10}"
AFTER="${FAULT_AFTER:-5}"
RECOVERY_LIMIT="${FAULT_RECOVERY_LIMIT:-60}"
PGBIN="${FAULT_PGBIN:-/usr/lib/postgresql/15/bin}"
OUT=target/fault-test
JAR=target/quarkus-app/quarkus-run.jar

say() { printf '%s\n' "$*"; }
die() { printf '[fault-test] %s\n' "$*" >&2; exit 2; }
now() { date +%s.%N; }

. scripts/lib/ports.sh
# initdb and pg_ctl refuse to run as root: run them as the postgres OS user then.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

[ -x "$PGBIN/initdb" ] || die "PostgreSQL 15 binaries not found in $PGBIN (set FAULT_PGBIN)"
command -v python3 >/dev/null || die "python3 is needed for the load generator"

if [ ! -f "$JAR" ]; then
  say "[fault-test] building the jar"
  ./mvnw -B -q package -DskipTests
fi

rm -rf "$OUT"
mkdir -p "$OUT"
PGTMP=$(mktemp -d /tmp/fault-test-pg.XXXXXX)
PGDATA="$PGTMP/data"
PGPORT=$(first_free_port "${FAULT_PG_PORT:-25432}")
HTTP_PORT=$(first_free_port "${FAULT_HTTP_PORT:-8096}")
BASE="http://127.0.0.1:$HTTP_PORT"
JAVA_PID="" LOAD_PID=""

cleanup() {
  local rc=$?
  touch "$OUT/stop" 2>/dev/null || true
  [ -n "$LOAD_PID" ] && { wait "$LOAD_PID" 2>/dev/null || true; }
  [ -n "$JAVA_PID" ] && { kill "$JAVA_PID" 2>/dev/null; wait "$JAVA_PID" 2>/dev/null || true; }
  if [ -f "$PGDATA/postmaster.pid" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PGTMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_start() { as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGTMP/postgres.log" -w -t 30 start >/dev/null; }
pg_stop() { as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w -t 30 stop >/dev/null; }

# -- private PostgreSQL
chown postgres: "$PGTMP" 2>/dev/null || true
chmod 700 "$PGTMP"
as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$OUT/initdb.log" 2>&1 \
  || { cat "$OUT/initdb.log" >&2; die "initdb failed"; }
cat >>"$PGDATA/postgresql.conf" <<EOF
port = $PGPORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PGTMP'
EOF
pg_start
PSQL=(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
"${PSQL[@]}" -c "CREATE ROLE industry_plans LOGIN PASSWORD 'industry_plans'"
"${PSQL[@]}" -c "CREATE DATABASE industry_plans OWNER industry_plans ENCODING 'UTF8' TEMPLATE template0"

# -- token for writes, once JWT auth is in place
TOKEN=""
if [ -f scripts/dev-token.sh ]; then
  TOKEN=$(bash scripts/dev-token.sh plans-editor) || die "scripts/dev-token.sh plans-editor failed"
fi

# -- the jar
QUARKUS_HTTP_PORT=$HTTP_PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/industry_plans" \
INDUSTRYPLANS_SEEDS_LOAD_ON_START=true \
  java -jar "$JAR" >"$OUT/server.log" 2>&1 &
JAVA_PID=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "$BASE/q/health/ready" && break
  kill -0 "$JAVA_PID" 2>/dev/null || { tail -30 "$OUT/server.log" >&2; die "the jar exited on start"; }
  sleep 0.1
done
curl -sf -o /dev/null "$BASE/q/health/ready" || { tail -30 "$OUT/server.log" >&2; die "not ready after 60 s"; }

say "== fault test: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (uncommitted changes)'), $(date -u +%Y-%m-%dT%H:%MZ)"
say "   jar on :$HTTP_PORT, private PostgreSQL $("$PGBIN/postgres" -V | awk '{print $3}') on :$PGPORT;" \
    "$WRITERS writers, ${WARMUP}s before the stop, ${OUTAGE}s down; auth: $([ -n "$TOKEN" ] && echo "Bearer token (plans-editor)" || echo "none")"
say "   acquisition timeout: $(grep -h '^quarkus.datasource.jdbc.acquisition-timeout' src/main/resources/application.properties | cut -d= -f2 || echo '?')"

# -- load
RUN_ID=$(date +%H%M%S)
{ echo "writers=$WRITERS"; echo "writes_start=$(now)"; } >"$OUT/phases"
FAULT_TOKEN="$TOKEN" python3 scripts/fault/load.py run --base "$BASE" --out "$OUT" --run-id "$RUN_ID" \
  --writers "$WRITERS" --pace-ms "$PACE_MS" &
LOAD_PID=$!
sleep "$WARMUP"

echo "db_stop=$(now)" >>"$OUT/phases"
pg_stop
echo "db_stopped=$(now)" >>"$OUT/phases"
sleep "$OUTAGE"
pg_start
T_START=$(now)
echo "db_start=$T_START" >>"$OUT/phases"

# -- recovery: readiness UP again and a write acknowledged after the restart
READY_UP=""
DEADLINE=$(echo "$T_START + $RECOVERY_LIMIT" | bc)
while [ "$(echo "$(now) < $DEADLINE" | bc)" = 1 ]; do
  if [ -z "$READY_UP" ] && curl -sf -m 5 -o /dev/null "$BASE/q/health/ready"; then READY_UP=$(now); fi
  if [ -n "$READY_UP" ] && awk -F'\t' -v t="$T_START" '$1 >= t && $3 >= 200 && $3 < 300 {f=1; exit} END {exit !f}' \
      "$OUT/writes.tsv"; then
    break
  fi
  sleep 0.1
done
echo "ready_up=$READY_UP" >>"$OUT/phases"
sleep "$AFTER"
touch "$OUT/stop"
wait "$LOAD_PID" || true
LOAD_PID=""
echo "writes_end=$(now)" >>"$OUT/phases"

# -- what the database holds, read directly
psql -h 127.0.0.1 -p "$PGPORT" -U industry_plans -d industry_plans -qtA \
  -c "SELECT natural_key FROM plan WHERE natural_key LIKE 'fault-$RUN_ID-%'" >"$OUT/stored-keys.txt"

set +e
FAULT_TOKEN="$TOKEN" python3 scripts/fault/load.py report --base "$BASE" --out "$OUT"
RC=$?
set -e
SQLSTATES=$({ grep -o "SQLState: [0-9A-Z]*" "$OUT/server.log" || true; } | awk '{print $2}' | sort | uniq -c \
  | awk '{printf "%s%s×%s", (NR > 1 ? ", " : ""), $2, $1}')
say
say "   server log: SQL states logged: ${SQLSTATES:-none}; 'Unexpected failure' (500) logged" \
    "$(grep -c 'Unexpected failure' "$OUT/server.log" || true) times"
say "   logs: $OUT/ (writes.tsv, reads.tsv, ready.tsv, server.log)"
exit "$RC"
