#!/usr/bin/env bash
# Two replicas of the packaged jar on one PostgreSQL database: each caches plan details, and a
# write through one must be seen by the next read through the other (the cache is invalidated
# across replicas with PostgreSQL LISTEN/NOTIFY; see PlanDetailCache).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ready.sh

DB="${REPLICAS_DB:-industry_plans_replicas}"
PORTS=("${REPLICAS_PORT_A:-8097}" "${REPLICAS_PORT_B:-8098}")
LOG=target/two-instance
mkdir -p "$LOG"
INDUSTRYPLANS_EXTRA_DATABASES="$DB" scripts/prepare-postgres.sh
psql -h 127.0.0.1 -U postgres -qtA -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER industry_plans"
scripts/dev-token.sh --init
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

PIDS=()
stop() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT

for i in 0 1; do
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_HTTP_PORT=${PORTS[$i]} \
    java -jar target/quarkus-app/quarkus-run.jar >"$LOG/replica-$i.log" 2>&1 &
  PIDS+=($!)
  wait_ready "http://127.0.0.1:${PORTS[$i]}" "${PIDS[$i]}" "$LOG/replica-$i.log" || exit 1
done
echo "== two replicas on one database: A on ${PORTS[0]}, B on ${PORTS[1]}"
python3 scripts/replicas/two_instances.py "http://127.0.0.1:${PORTS[0]}" "http://127.0.0.1:${PORTS[1]}" \
  "$(scripts/dev-token.sh plans-editor)" "$(scripts/dev-token.sh plans-publisher)" "${ROUNDS:-50}"
echo "PASSED: every staff read through B after a write through A saw the write, and every public read after a publication through A"
