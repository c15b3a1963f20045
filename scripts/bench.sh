#!/usr/bin/env bash
# Benchmark of the packaged jar at national scale, with wrk from a second process on loopback.
#
# Every service endpoint is asked as staff (a plans-editor token from scripts/dev-token.sh), who read
# the working state built from the rows; one more line measures the public's detail, the stored
# document of the plan's latest release (the bench plan is published once for it).
#
# Fair by construction: every endpoint (and the peer and the database ceiling) is warmed up
# first; then each is measured in BENCH_ROUNDS rounds, every measurement bracketed by two of the
# reference (the trivial endpoint GET /api/v1), so that each figure is compared with the
# reference measured just before and just after it. The tables give medians over the rounds and
# the spread (min–max); a measurement whose two references differ by more than 20 % is flagged,
# and so is the whole run when the reference moves by more than 20 % over its course.
#
# Two ceilings beside the reference, measured in the same rounds at the same concurrency:
#   - the raw-row ceiling: pgbench running exactly the statements an uncached plan detail runs
#     (scripts/bench/detail.sql), the database's own cost of the rows we serve;
#   - a peer: PostGraphile 4 (npm postgraphile@4) on the same database, answering the equivalent
#     nested GraphQL query for the same plan (scripts/bench/peer-query.sh, POSTed by peer.lua).
#
# Start-up (process start to /q/health/ready UP, seeds unchanged) is measured on the default JDK
# without an AOT cache and, when Temurin 25 is installed, on JDK 25 with the AOT cache trained
# by a training run (scripts/build-aot.sh); idle RSS after 10 s. Beside it, the same starts of a
# floor (scripts/bench/floor): the service's Quarkus extensions without its code.
#
#   scripts/bench.sh                  # 3 rounds of 8 s per endpoint, data removed after
#   BENCH_ROUNDS=1 BENCH_DURATION=3 scripts/bench.sh --keep-data    # a quick look
#
# Settings: BENCH_DURATION (s per measurement, 8), BENCH_WARMUP (s per endpoint, 20),
# BENCH_ROUNDS (3), BENCH_CONNECTIONS (8), BENCH_STARTS (start-ups per JDK, 3), BENCH_DB
# (industry_plans_bench), BENCH_PORT (8095), BENCH_PEER_PORT (8096), BENCH_JDK25
# (/usr/lib/jvm/temurin-25-jdk-amd64), BENCH_BUILD=0 to reuse target/quarkus-app as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${BENCH_DURATION:-8}"
WARMUP="${BENCH_WARMUP:-20}"
ROUNDS="${BENCH_ROUNDS:-3}"
CONN="${BENCH_CONNECTIONS:-8}"
STARTS="${BENCH_STARTS:-3}"
PORT="${BENCH_PORT:-8095}"
PEER_PORT="${BENCH_PEER_PORT:-8096}"
DB="${BENCH_DB:-industry_plans_bench}"
JDK25="${BENCH_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
source scripts/lib/jvm.sh   # the options scripts/run.sh starts the jar with
KEEP=0
[ "${1:-}" = "--keep-data" ] && KEEP=1
BASE="http://127.0.0.1:$PORT"
LOG=target/bench-server.log
PEER_DIR=target/bench-peer
APP=target/quarkus-app

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
INDUSTRYPLANS_EXTRA_DATABASES="$DB" scripts/prepare-postgres.sh
HAVE25=0
[ -x "$JDK25/bin/java" ] && HAVE25=1
if [ "${BENCH_BUILD:-1}" != 0 ]; then
  if [ "$HAVE25" = 1 ]; then
    scripts/build-aot.sh     # the jar (runs on 17 too) and its AOT cache for JDK 25
  else
    ./mvnw -B -q package -DskipTests
  fi
fi
# The peer, installed once outside the project's own dependencies.
if [ ! -x "$PEER_DIR/node_modules/.bin/postgraphile" ]; then
  mkdir -p "$PEER_DIR"
  # A package.json of its own: without it npm walks up and adds the peer to the project's.
  [ -f "$PEER_DIR/package.json" ] || echo '{"private": true}' >"$PEER_DIR/package.json"
  (cd "$PEER_DIR" && npm install --no-audit --no-fund --loglevel=error postgraphile@4 >/dev/null)
fi

PSQL=(psql -h 127.0.0.1 -U industry_plans -d "$DB" -v ON_ERROR_STOP=1 -qtA)
PID=""
PEER_PID=""
stop() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true; PID=""; }
stop_peer() { [ -n "$PEER_PID" ] && kill "$PEER_PID" 2>/dev/null && wait "$PEER_PID" 2>/dev/null || true; PEER_PID=""; }
trap 'stop; stop_peer' EXIT
load() { cut -d' ' -f1 /proc/loadavg; }

# start JAVA [extra JVM options...]: starts the jar (of START_APP, default the service) from the
# project root (it reads seeds/ there) and sets READY_SECONDS (process start to readiness UP).
start() {
  local java="$1" t0 t1
  shift
  t0=$(date +%s.%N)
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_HTTP_PORT=$PORT \
    "$java" "${JVM_OPTIONS[@]}" "$@" -jar "${START_APP:-$APP}/quarkus-run.jar" >"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 6000); do
    curl -sf -o /dev/null "$BASE/q/health/ready" && break
    sleep 0.01
  done
  t1=$(date +%s.%N)
  READY_SECONDS=$(echo "$t1 - $t0" | bc)
}
source scripts/bench/stats.sh   # median, range

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(psql --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== shared machine: other jobs may run beside this one; compare ratios measured in the same round, not absolute figures"
start java   # first start: migrations and seeds
if [ "$("${PSQL[@]}" -c "select count(*) from plan where natural_key like 'gen-%'")" = 0 ]; then
  echo "== loading national-scale data"
  psql -h 127.0.0.1 -U industry_plans -d "$DB" -q -f scripts/bench/national-data.sql
  # Judge the generated indicators' stored progress status by the same SQL rule as the service
  # (ProgressRules.STANDARD).
  { echo "UPDATE indicator SET progress_status = judged.status FROM ("
    sed 's/CAST(:municipality AS text)/CAST(NULL AS text)/g; s/CAST(:fy AS integer)/CAST(NULL AS integer)/g;
         s/CAST(:onTrackAt AS numeric)/0.90/g; s/CAST(:achievedAt AS numeric)/1.00/g;
         s/CAST(:rateDecimals AS integer)/4/g' src/main/resources/sql/indicator-status.sql
    echo ") judged WHERE judged.id = indicator.id AND indicator.progress_status IS DISTINCT FROM judged.status;"
  } | psql -h 127.0.0.1 -U industry_plans -d "$DB" -q -v ON_ERROR_STOP=1
fi
stop

# Start-up, schema up to date, seeds unchanged, national data in place: the median of STARTS.
startups() { # label java [options...]
  local label="$1" all=()
  shift
  for _ in $(seq 1 "$STARTS"); do
    start "$@"
    all+=("$READY_SECONDS")
    stop
  done
  echo "== start-up, $label: ready after $(printf '%s\n' "${all[@]}" | median) s (median of $STARTS: $(printf '%s ' "${all[@]}")) load $(load)"
}
startups "JDK $(java -version 2>&1 | awk -F'"' '/version/{print $2; exit}'), no AOT cache" java
RUN_JAVA=java
RUN_OPTS=()
if [ "$HAVE25" = 1 ]; then
  startups "JDK 25, no AOT cache" "$JDK25/bin/java"
  if [ -f "$APP/app.aot" ]; then
    startups "JDK 25 with the AOT cache" "$JDK25/bin/java" -XX:AOTCache="$APP/app.aot"
    RUN_JAVA="$JDK25/bin/java"
    RUN_OPTS=(-XX:AOTCache="$APP/app.aot")
  else
    echo "== no AOT cache in $APP (scripts/build-aot.sh makes it)"
  fi
fi
# The floor: an application with the same Quarkus extensions and configuration style and none of
# the service's code (scripts/bench/floor), started the same ways: what the framework, the JVM and
# the database connection cost on this machine before any work of ours.
FLOOR=scripts/bench/floor
FLOOR_APP=$FLOOR/target/quarkus-app
./mvnw -B -q -f "$FLOOR/pom.xml" package -DskipTests
START_APP=$FLOOR_APP startups "floor, JDK $(java -version 2>&1 | awk -F'"' '/version/{print $2; exit}'), no AOT cache" java
if [ "$HAVE25" = 1 ]; then
  rm -f "$FLOOR_APP/app.aot"
  START_APP=$FLOOR_APP start "$JDK25/bin/java" -XX:AOTCacheOutput="$FLOOR_APP/app.aot"   # its training run
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "$BASE/items/00000000-0000-0000-0000-000000000000"
    curl -s -o /dev/null "$BASE/q/health/ready"
  done
  stop
  START_APP=$FLOOR_APP startups "floor, JDK 25 with its AOT cache" "$JDK25/bin/java" -XX:AOTCache="$FLOOR_APP/app.aot"
fi

# The measured service: what scripts/run.sh runs.
start "$RUN_JAVA" "${RUN_OPTS[@]}"
echo "== measured service: $("$RUN_JAVA" -version 2>&1 | head -1) ${JVM_OPTIONS[*]} ${RUN_OPTS[*]:-}, ready after ${READY_SECONDS}s"
sleep 10
RSS_MB=$(( $(ps -o rss= -p "$PID") / 1024 ))
echo "== idle RSS after 10 s: ${RSS_MB} MB"

PLAN=$("${PSQL[@]}" -c "select id from plan where natural_key like 'gen-%' order by natural_key limit 1 offset 2000")
CODE=$("${PSQL[@]}" -c "select municipality_code from plan where id = '$PLAN'")
# Staff (a plans-editor token) read the working state, built from the rows: the path the targets
# are about. Callers without a role read each plan's latest release (the stored document); the bench
# plan is published once, so that the public's detail is measured too.
AUTH="Authorization: Bearer $(scripts/dev-token.sh --hours 4 plans-editor)"
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/plans/$PLAN")" != 200 ]; then
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $(scripts/dev-token.sh --hours 1 plans-publisher)" \
    -H 'Content-Type: application/json' --data '{"label":"ベンチマーク用の公表版"}' "$BASE/api/v1/plans/$PLAN/releases"
fi
ETAG=$(curl -sI -H "$AUTH" "$BASE/api/v1/plans/$PLAN" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
DETAIL_BYTES=$(curl -s -H "$AUTH" -H 'Cache-Control: no-cache' "$BASE/api/v1/plans/$PLAN" | wc -c)
PUBLIC_BYTES=$(curl -sf "$BASE/api/v1/plans/$PLAN" | wc -c)
echo "== counts: $("${PSQL[@]}" -c "select (select count(*) from municipality)||' municipalities, '||(select count(*) from plan)||' plans, '||(select count(*) from initiative)||' initiatives, '||(select count(*) from indicator)||' indicators, '||(select count(*) from indicator_value)||' values'")"
echo "== bench plan $PLAN: $("${PSQL[@]}" -c "select (select count(*) from initiative where plan_id = '$PLAN')||' initiatives, '||(select count(*) from indicator where plan_id = '$PLAN')||' indicators, '||(select count(*) from indicator_value v join indicator i on i.id = v.indicator_id where i.plan_id = '$PLAN')||' values'"), detail ${DETAIL_BYTES} bytes (staff), ${PUBLIC_BYTES} bytes (public: its release)"

# The peer on the same database, asked for the same plan.
PEER_QUERY="$PWD/target/bench-peer-query.json"
scripts/bench/peer-query.sh "$DB" "$PLAN" >"$PEER_QUERY"
"$PEER_DIR/node_modules/.bin/postgraphile" -c "postgres://industry_plans@127.0.0.1:5432/$DB" --schema public \
  --host 127.0.0.1 --port "$PEER_PORT" --dynamic-json --disable-query-log --disable-graphiql \
  >target/bench-peer.log 2>&1 &
PEER_PID=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' --data '{"query":"{__typename}"}' \
    "http://127.0.0.1:$PEER_PORT/graphql" && break
  sleep 0.1
done
PEER_BYTES=$(curl -s -X POST -H 'Content-Type: application/json' --data @"$PEER_QUERY" "http://127.0.0.1:$PEER_PORT/graphql" | wc -c)
echo "== peer: PostGraphile $(node -p "require('./$PEER_DIR/node_modules/postgraphile/package.json').version") on Node.js $(node --version), same plan, ${PEER_BYTES} bytes"

declare -a NAMES KINDS TARGETS HEADERS
add() { NAMES+=("$1"); KINDS+=("$2"); TARGETS+=("$3"); HEADERS+=("${4:-}"); }
add "trivial GET /api/v1 (reference)" http "$BASE/api/v1" "$AUTH"
add "plan detail, uncached"           http "$BASE/api/v1/plans/$PLAN" "$AUTH|Cache-Control: no-cache"
add "raw-row ceiling (pgbench)"       pgbench scripts/bench/detail.sql
add "peer: PostGraphile 4"            peer "http://127.0.0.1:$PEER_PORT/graphql"
add "plan detail, cached"             http "$BASE/api/v1/plans/$PLAN" "$AUTH"
add "plan detail, 304 (cached)"       http "$BASE/api/v1/plans/$PLAN" "$AUTH|If-None-Match: $ETAG"
add "plan detail, 304 (no-cache)"     http "$BASE/api/v1/plans/$PLAN" "$AUTH|If-None-Match: $ETAG|Cache-Control: no-cache"
add "plan detail, public (release)"   http "$BASE/api/v1/plans/$PLAN"
add "list with filters"               http "$BASE/api/v1/plans?municipality=$CODE&fiscalYear=2021&kind=REGIONAL_INDUSTRY_REVITALIZATION" "$AUTH"
add "search q=創業支援"                http "$BASE/api/v1/plans?q=%E5%89%B5%E6%A5%AD%E6%94%AF%E6%8F%B4&size=20" "$AUTH"
add "dashboard summary, 1 ward"       http "$BASE/api/v1/dashboard/summary?municipality=$CODE" "$AUTH"
add "dashboard summary, national"     http "$BASE/api/v1/dashboard/summary" "$AUTH"
add "dashboard summary, national FY"  http "$BASE/api/v1/dashboard/summary?fiscalYear=2021" "$AUTH"
add "CSV export (200 plans)"          http "$BASE/api/v1/plans?size=200" "$AUTH|Accept: text/csv"

# measure INDEX SECONDS: prints "rps p50 p95 p99 errors"
measure() {
  local i="$1" d="$2" args=(-t2 -c"$CONN") h
  case "${KINDS[$i]}" in
    pgbench)
      pgbench -h 127.0.0.1 -U industry_plans -n -M prepared -f "${TARGETS[$i]}" -D plan="$PLAN" -c "$CONN" -j 2 -T "$d" \
          "$DB" 2>/dev/null | awk '/^latency average/{lat=$4} /^tps/{tps=$3} END {printf "%.1f %.2f - - 0\n", tps, lat}'
      return ;;
    peer) args+=(-s scripts/bench/peer.lua) ;;
    http) args+=(-s scripts/bench/report.lua) ;;
  esac
  if [ -n "${HEADERS[$i]}" ]; then IFS='|' read -ra hs <<<"${HEADERS[$i]}"; for h in "${hs[@]}"; do args+=(-H "$h"); done; fi
  PEER_QUERY="$PEER_QUERY" wrk "${args[@]}" -d"${d}s" "${TARGETS[$i]}" | awk '/^RESULT/{print $2, $3, $4, $5, $6}'
}

echo
echo "== warm-up: ${WARMUP} s on every endpoint, the peer and the ceiling"
for i in "${!NAMES[@]}"; do measure "$i" "$WARMUP" >/dev/null; done

RAW=target/bench-rounds.txt   # round index name-index rps p50 p95 p99 errors load ref_before ref_after
: >"$RAW"
echo "== ${ROUNDS} rounds of ${DURATION} s per measurement at ${CONN} connections (wrk -t2; pgbench -j 2), each between two of the reference"
read -r REF _ <<<"$(measure 0 "$DURATION")"
REFS=("$REF")
for r in $(seq 1 "$ROUNDS"); do
  for i in "${!NAMES[@]}"; do
    [ "$i" = 0 ] && continue
    l=$(load)
    read -r rps p50 p95 p99 errors <<<"$(measure "$i" "$DURATION")"
    before=$REF
    read -r REF _ <<<"$(measure 0 "$DURATION")"
    REFS+=("$REF")
    echo "$r $i $rps $p50 $p95 $p99 $errors $l $before $REF" >>"$RAW"
    printf '   round %s  %-32s %9s req/s   (reference %s → %s, load %s)\n' "$r" "${NAMES[$i]}" "$rps" "$before" "$REF" "$l"
  done
done

col() { awk -v i="$1" -v c="$2" '$2 == i {print $c}' "$RAW"; }
# ratio per round of endpoint i to endpoint j (same round), or to the mean of its two references (j = ref)
ratios() {
  if [ "$2" = ref ]; then awk -v i="$1" '$2 == i {print 100 * $3 / (($9 + $10) / 2)}' "$RAW"
  else awk -v i="$1" -v j="$2" '$2 == i {a[$1] = $3} $2 == j {b[$1] = $3} END {for (r in a) if (b[r] > 0) print 100 * a[r] / b[r]}' "$RAW"; fi
}
flagged() { awk -v i="$1" '$2 == i {lo = ($9 < $10) ? $9 : $10; hi = ($9 < $10) ? $10 : $9; if (hi > 1.2 * lo) n++} END {print n + 0}' "$RAW"; }

echo
printf '| endpoint | req/s (median) | spread (min–max) | p50 ms | p99 ms | errors | vs reference (median, min–max) | load | reference moved > 20 %% |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
printf '| %s | %s | %s | | | | 100 %% | | |\n' "${NAMES[0]}" "$(printf '%s\n' "${REFS[@]}" | median)" "$(printf '%s\n' "${REFS[@]}" | range)"
for i in "${!NAMES[@]}"; do
  [ "$i" = 0 ] && continue
  printf '| %s | %s | %s | %s | %s | %s | %.1f %% (%s) | %s | %s of %s |\n' "${NAMES[$i]}" \
    "$(col "$i" 3 | median)" "$(col "$i" 3 | range)" "$(col "$i" 4 | median)" "$(col "$i" 6 | median)" \
    "$(col "$i" 7 | awk '{s += $1} END {print s + 0}')" "$(ratios "$i" ref | median)" \
    "$(ratios "$i" ref | awk '{printf "%.1f\n", $1}' | range)" "$(col "$i" 8 | range)" "$(flagged "$i")" "$ROUNDS"
done

echo
REF_MIN=$(printf '%s\n' "${REFS[@]}" | sort -g | head -1)
REF_MAX=$(printf '%s\n' "${REFS[@]}" | sort -g | tail -1)
MOVE=$(echo "scale=1; 100 * ($REF_MAX - $REF_MIN) / $REF_MIN" | bc)
if [ "$(echo "$MOVE > 20" | bc)" = 1 ]; then
  echo "== FLAGGED: the reference moved by ${MOVE} % over the run (${REF_MIN}–${REF_MAX} req/s): absolute figures are not comparable; the per-round ratios above are"
else
  echo "== reference steady: moved by ${MOVE} % over the run (${REF_MIN}–${REF_MAX} req/s)"
fi
echo "== uncached plan detail / raw-row ceiling: $(ratios 1 2 | median) % (per round: $(ratios 1 2 | awk '{printf "%.1f ", $1}')) — target ≥ 50 %"
echo "== uncached plan detail / PostGraphile 4: $(ratios 1 3 | awk '{print $1 / 100}' | median)× (per round: $(ratios 1 3 | awk '{printf "%.2f ", $1 / 100}')) — target ≥ 3×"
stop
stop_peer

if [ "$KEEP" = 0 ]; then
  psql -h 127.0.0.1 -U industry_plans -d "$DB" -q -f scripts/bench/remove-national-data.sql >/dev/null
  echo "== national-scale data removed (use --keep-data to keep it)"
fi
