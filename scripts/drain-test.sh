#!/usr/bin/env bash
# Graceful shutdown of the packaged jar under load, as in a rolling update: several hundred
# requests in flight over keep-alive connections on a plan detail, then SIGTERM. Readiness must
# report DOWN at once, the replica must go on answering for the shutdown delay (while load
# balancers stop sending to it), answer every request in flight, then exit; no request may fail
# with a 5xx, a reset or a connection closed before its answer. The load side is
# scripts/drain/DrainLoad.java (run by the JDK's source launcher).
#
#   scripts/drain-test.sh
#
# Settings (environment): DRAIN_TEST_PORT (8187) first port tried, DRAIN_CONNECTIONS (300)
# requests kept in flight, DRAIN_WARMUP (3) seconds of load before SIGTERM, DRAIN_ROUTING (2)
# seconds during which new requests still arrive after SIGTERM (the load balancer's lag),
# DRAIN_DELAY (6) and DRAIN_TIMEOUT (15) seconds, given to the jar as QUARKUS_SHUTDOWN_DELAY and
# QUARKUS_SHUTDOWN_TIMEOUT. The delay must cover the lag plus the time the replica takes to read
# what was sent before it; on a loaded machine that is seconds. The jar uses the database of QUARKUS_DATASOURCE_JDBC_URL (read only,
# after the idempotent seed load). Logs of the last run stay in target/drain-test/.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/drain-test
JAR=target/quarkus-app/quarkus-run.jar
CONNECTIONS="${DRAIN_CONNECTIONS:-300}"
WARMUP="${DRAIN_WARMUP:-3}"
ROUTING="${DRAIN_ROUTING:-2}"
DELAY="${DRAIN_DELAY:-6}"
TIMEOUT="${DRAIN_TIMEOUT:-15}"

. scripts/lib/ports.sh
PORT=$(first_free_port "${DRAIN_TEST_PORT:-8187}")
BASE="http://127.0.0.1:$PORT"

scripts/prepare-postgres.sh
scripts/dev-token.sh --init
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
rm -rf "$OUT" && mkdir -p "$OUT"

JAVA_PID=""
cleanup() { [ -n "$JAVA_PID" ] && kill -0 "$JAVA_PID" 2>/dev/null && { kill "$JAVA_PID"; wait "$JAVA_PID" || true; }; true; }
trap cleanup EXIT

QUARKUS_HTTP_PORT=$PORT QUARKUS_SHUTDOWN_DELAY="${DELAY}s" QUARKUS_SHUTDOWN_TIMEOUT="${TIMEOUT}s" \
  java -jar "$JAR" >"$OUT/server.log" 2>&1 &
JAVA_PID=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "$BASE/q/health/ready" && break
  kill -0 "$JAVA_PID" 2>/dev/null || { tail -20 "$OUT/server.log" >&2; echo "the jar exited on start" >&2; exit 2; }
  sleep 0.2
done
curl -sf -o /dev/null "$BASE/q/health/ready" || { echo "not ready after 120 s" >&2; exit 2; }
PLAN=$(curl -sf "$BASE/api/v1/plans?size=1&sort=title" | jq -r '.items[0].id')
# A replica in a rolling update has served for a while: its plan-detail cache is filled and its
# code compiled. Without this, the first few hundred requests would all build the same detail at once.
for _ in $(seq 1 200); do curl -sf -o /dev/null "$BASE/api/v1/plans/$PLAN"; done

echo "== drain test: jar on :$PORT (pid $JAVA_PID), shutdown delay ${DELAY}s, timeout ${TIMEOUT}s;" \
     "$CONNECTIONS requests in flight on /api/v1/plans/$PLAN, new ones sent until ${ROUTING}s after SIGTERM"
set +e
java scripts/drain/DrainLoad.java "$BASE" "/api/v1/plans/$PLAN" "$JAVA_PID" "$CONNECTIONS" "$WARMUP" "$ROUTING" "$DELAY" \
  "$TIMEOUT"
RC=$?
set -e
wait "$JAVA_PID" && STATUS=0 || STATUS=$?
JAVA_PID=""
echo "   jar exit status $STATUS (143: ended by SIGTERM); its shutdown log:"
grep -o '"message":"[^"]*\(HTTP requests\|shutdown\|stopped in\)[^"]*"' "$OUT/server.log" | sed 's/^"message":/     /'
exit "$RC"
