#!/usr/bin/env bash
# Benchmark of the packaged jar at national scale, with wrk from a second process on loopback
# (2 threads, 32 connections, fixed durations). Prints req/s, p50, p95 and p99 per endpoint and
# each one's ratio to a trivial endpoint of the same service measured in the same run, the
# database's own ceiling (pgbench -S), start-up time and idle RSS.
#
#   scripts/bench.sh                 # BENCH_DURATION=15 seconds per run, data removed after
#   BENCH_DURATION=30 scripts/bench.sh --keep-data
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${BENCH_DURATION:-15}"
WARMUP="${BENCH_WARMUP:-5}"
PORT=8095
DB=industry_plans_bench
KEEP=0
[ "${1:-}" = "--keep-data" ] && KEEP=1
BASE="http://127.0.0.1:$PORT"
LOG=target/bench-server.log

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
INDUSTRYPLANS_EXTRA_DATABASES="$DB industry_plans_pgbench" scripts/prepare-postgres.sh
./mvnw -B -q package -DskipTests

PSQL=(psql -h 127.0.0.1 -U industry_plans -d "$DB" -v ON_ERROR_STOP=1 -qtA)
PID=""
stop() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true; PID=""; }
trap stop EXIT

start() {
  local t0 t1
  t0=$(date +%s.%N)
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_HTTP_PORT=$PORT \
    java -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "$BASE/q/health/ready" && break
    sleep 0.05
  done
  t1=$(date +%s.%N)
  READY_SECONDS=$(echo "$t1 - $t0" | bc)
  QUARKUS_SECONDS=$(grep -o 'started in [0-9.]*s' "$LOG" | grep -o '[0-9.]*' || echo "?")
}

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(psql --version)"
start   # first start: migrations and seeds
if [ "$("${PSQL[@]}" -c "select count(*) from plan where natural_key like 'gen-%'")" = 0 ]; then
  echo "== loading national-scale data"
  psql -h 127.0.0.1 -U industry_plans -d "$DB" -q -f scripts/bench/national-data.sql
  # Judge the generated indicators' stored progress status by the same SQL rule as migration V4.
  { echo "UPDATE indicator SET progress_status = judged.status FROM ("
    sed 's/CAST(:municipality AS text)/CAST(NULL AS text)/g; s/CAST(:fy AS integer)/CAST(NULL AS integer)/g;
         s/CAST(:onTrackAt AS numeric)/0.90/g' src/main/resources/sql/indicator-status.sql
    echo ") judged WHERE judged.id = indicator.id AND indicator.progress_status IS DISTINCT FROM judged.status;"
  } | psql -h 127.0.0.1 -U industry_plans -d "$DB" -q -v ON_ERROR_STOP=1
fi
stop
start   # measured start: schema up to date, seeds unchanged, national data in place
echo "== start-up: ready after ${READY_SECONDS}s (Quarkus: started in ${QUARKUS_SECONDS}s)"
sleep 10
RSS_MB=$(( $(ps -o rss= -p "$PID") / 1024 ))
echo "== idle RSS after 10 s: ${RSS_MB} MB"

PLAN=$("${PSQL[@]}" -c "select id from plan where natural_key like 'gen-%' order by natural_key limit 1 offset 2000")
CODE=$("${PSQL[@]}" -c "select municipality_code from plan where id = '$PLAN'")
ETAG=$(curl -sI "$BASE/api/v1/plans/$PLAN" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
echo "== counts: $("${PSQL[@]}" -c "select (select count(*) from municipality)||' municipalities, '||(select count(*) from plan)||' plans, '||(select count(*) from initiative)||' initiatives, '||(select count(*) from indicator)||' indicators, '||(select count(*) from indicator_value)||' values'")"

declare -a NAMES PATHS HEADERS
add() { NAMES+=("$1"); PATHS+=("$2"); HEADERS+=("${3:-}"); }
add "trivial GET /api/v1"            "/api/v1"
add "plan detail, uncached"          "/api/v1/plans/$PLAN" "Cache-Control: no-cache"
add "plan detail, cached"            "/api/v1/plans/$PLAN"
add "plan detail, 304 (cached)"      "/api/v1/plans/$PLAN" "If-None-Match: $ETAG"
add "plan detail, 304 (no-cache)"    "/api/v1/plans/$PLAN" "If-None-Match: $ETAG|Cache-Control: no-cache"
add "list with filters"              "/api/v1/plans?municipality=$CODE&fiscalYear=2021&kind=REGIONAL_INDUSTRY_REVITALIZATION"
add "search q=創業支援"               "/api/v1/plans?q=%E5%89%B5%E6%A5%AD%E6%94%AF%E6%8F%B4&size=20"
add "dashboard summary, 1 ward"      "/api/v1/dashboard/summary?municipality=$CODE"
add "dashboard summary, national"    "/api/v1/dashboard/summary"
add "dashboard summary, national FY" "/api/v1/dashboard/summary?fiscalYear=2021"
add "CSV export (200 plans)"         "/api/v1/plans?size=200" "Accept: text/csv"

run() {
  local args=(-t2 -c32 -s scripts/bench/report.lua)
  local h
  if [ -n "$3" ]; then IFS='|' read -ra hs <<<"$3"; for h in "${hs[@]}"; do args+=(-H "$h"); done; fi
  wrk "${args[@]}" -d"${WARMUP}s" "$BASE$2" >/dev/null
  wrk "${args[@]}" -d"$1" "$BASE$2" | grep '^RESULT'
}

printf '\n| endpoint | req/s | p50 ms | p95 ms | p99 ms | errors | vs trivial |\n|---|---:|---:|---:|---:|---:|---:|\n'
TRIVIAL=""
for i in "${!NAMES[@]}"; do
  read -r _ rps p50 p95 p99 errors _ <<<"$(run "${DURATION}s" "${PATHS[$i]}" "${HEADERS[$i]}")"
  [ -z "$TRIVIAL" ] && TRIVIAL=$rps
  ratio=$(echo "scale=1; 100 * $rps / $TRIVIAL" | bc)
  printf '| %s | %s | %s | %s | %s | %s | %s %% |\n' "${NAMES[$i]}" "$rps" "$p50" "$p95" "$p99" "$errors" "$ratio"
done
stop

echo
PGB=(pgbench -h 127.0.0.1 -U industry_plans)
"${PGB[@]}" -i -s 10 -q industry_plans_pgbench >/dev/null 2>&1
TPS=$("${PGB[@]}" -S -c 32 -j 2 -T "$DURATION" industry_plans_pgbench 2>/dev/null | awk '/^tps/{print $3; exit}')
echo "== database ceiling: pgbench -S, 32 clients, 2 threads, ${DURATION}s: ${TPS} tps"

if [ "$KEEP" = 0 ]; then
  psql -h 127.0.0.1 -U industry_plans -d "$DB" -q -f scripts/bench/remove-national-data.sql >/dev/null
  echo "== national-scale data removed (use --keep-data to keep it)"
fi
