#!/usr/bin/env bash
# What a change bought: two builds of the service side by side on the benchmark's database (made by
# `scripts/bench.sh --keep-data`), asked for the same requests in alternating rounds (A, B, A, B …)
# with the same wrk settings, so that both meet the same machine minute by minute. Prints each
# round, the medians and spreads, and B / A per round pair.
#
#   cp -r target/quarkus-app /tmp/before     # before the change
#   ... change, ./mvnw package -DskipTests ...
#   scripts/bench/compare.sh /tmp/before target/quarkus-app [PATH]
#
# PATH is the request (default: the uncached detail of the bench plan). Asked as staff (a
# plans-editor token). A and B may be the same build started with other JVM options
# (COMPARE_OPTS_A, COMPARE_OPTS_B, e.g. "-XX:+UseSerialGC -Xms64m"). Settings: COMPARE_ROUNDS (5), COMPARE_DURATION (s, 10), COMPARE_WARMUP (s, 15),
# BENCH_CONNECTIONS (8), BENCH_DB (industry_plans_bench), COMPARE_JAVA (Temurin 25 when installed),
# COMPARE_HEADER (default "Cache-Control: no-cache").
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/ready.sh
A="$1"
B="$2"
DB="${BENCH_DB:-industry_plans_bench}"
ROUNDS="${COMPARE_ROUNDS:-5}"
DURATION="${COMPARE_DURATION:-10}"
WARMUP="${COMPARE_WARMUP:-15}"
CONN="${BENCH_CONNECTIONS:-8}"
HEADER="${COMPARE_HEADER:-Cache-Control: no-cache}"
JAVA="${COMPARE_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[ -x "$JAVA" ] || JAVA=java
PSQL=(psql -h 127.0.0.1 -U industry_plans -d "$DB" -v ON_ERROR_STOP=1 -qtA)
PLAN=$("${PSQL[@]}" -c "select id from plan where natural_key like 'gen-%' order by natural_key limit 1 offset 2000")
[ -n "$PLAN" ] || { echo "no national data in $DB: run scripts/bench.sh --keep-data first" >&2; exit 1; }
REQUEST="${3:-/api/v1/plans/$PLAN}"
AUTH="Authorization: Bearer $(scripts/dev-token.sh --hours 4 plans-editor)"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT

start() { # app port [JVM options]
  # No AOT cache: it speeds the start, not the warmed-up answers, and a rebuilt jar outdates it.
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_HTTP_PORT=$2 \
    "$JAVA" ${3:-} -jar "$1/quarkus-run.jar" >"target/compare-$2.log" 2>&1 &
  PIDS+=($!)
  wait_ready "http://127.0.0.1:$2" "${PIDS[-1]}" "target/compare-$2.log" || exit 1
}
start "$A" 8101 "${COMPARE_OPTS_A:-}"
start "$B" 8102 "${COMPARE_OPTS_B:-}"
for port in 8101 8102; do
  curl -sf -o /dev/null -H "$AUTH" -H "$HEADER" "http://127.0.0.1:$port$REQUEST" \
    || { echo "GET $REQUEST failed on port $port" >&2; exit 1; }
done
cmp <(curl -s -H "$AUTH" -H "$HEADER" "http://127.0.0.1:8101$REQUEST") \
    <(curl -s -H "$AUTH" -H "$HEADER" "http://127.0.0.1:8102$REQUEST") >/dev/null \
  && echo "== same bytes from A and B" || echo "== A and B answer DIFFERENT bytes"
run() { wrk -t2 -c"$CONN" -d"${2}s" -s scripts/bench/report.lua -H "$AUTH" -H "$HEADER" "http://127.0.0.1:$1$REQUEST" \
  | awk '/^RESULT/{print $2, $6}'; }
echo "== JVM options: A ${COMPARE_OPTS_A:-(none)}, B ${COMPARE_OPTS_B:-(none)}; $("$JAVA" -version 2>&1 | head -1)"
echo "== $REQUEST, ${CONN} connections, warm-up ${WARMUP} s each, ${ROUNDS} rounds of ${DURATION} s, A = $A, B = $B"
run 8101 "$WARMUP" >/dev/null
run 8102 "$WARMUP" >/dev/null
: >target/compare-rounds.txt
for r in $(seq 1 "$ROUNDS"); do
  read -r a ea <<<"$(run 8101 "$DURATION")"
  read -r b eb <<<"$(run 8102 "$DURATION")"
  echo "$a $b" >>target/compare-rounds.txt
  printf '   round %s: A %8s req/s  B %8s req/s  B/A %.2f  (errors %s/%s, load %s)\n' "$r" "$a" "$b" \
    "$(echo "$b / $a" | bc -l)" "$ea" "$eb" "$(cut -d' ' -f1 /proc/loadavg)"
done
source scripts/bench/stats.sh   # median, range
echo "== A: median $(cut -d' ' -f1 target/compare-rounds.txt | median) req/s ($(cut -d' ' -f1 target/compare-rounds.txt | range))"
echo "== B: median $(cut -d' ' -f2 target/compare-rounds.txt | median) req/s ($(cut -d' ' -f2 target/compare-rounds.txt | range))"
echo "== B / A per round: median $(awk '{printf "%.3f\n", $2 / $1}' target/compare-rounds.txt | median) ($(awk '{printf "%.2f\n", $2 / $1}' target/compare-rounds.txt | range))"
echo "== RSS after the rounds: A $(( $(ps -o rss= -p "${PIDS[0]}") / 1024 )) MB, B $(( $(ps -o rss= -p "${PIDS[1]}") / 1024 )) MB"
