#!/usr/bin/env bash
# Start-up checks of the packaged jar, as an operator would meet them: started without a usable
# token key, with a malformed public base URL, or told to load seeds from a directory that is not
# there, the service must refuse to start: exit with status 1 within the time limit, never answer
# on its port, and say why in one line naming the setting (one case per check; TokenKeyCheckTest
# covers the other forms a key setting can take). Then a good start with
# INDUSTRYPLANS_PUBLIC_BASE_URL set: ready, links absolute from that URL whatever the Host header
# says, and the README's raw-UTF-8 examples answered (the jar's own entry point sets what Quarkus
# needs for that).
#
#   scripts/startup-test.sh
#
# Settings (environment): STARTUP_TEST_PORT (8186) first port tried, STARTUP_LIMIT (120) seconds
# a start may take (the checks run once Flyway and Hibernate have started; the machine may be
# busy). The jar uses the database of QUARKUS_DATASOURCE_JDBC_URL (read and seeded, as
# scripts/run.sh does). Logs of the last run stay in target/startup-test/.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/startup-test
JAR=target/quarkus-app/quarkus-run.jar
LIMIT="${STARTUP_LIMIT:-120}"

. scripts/lib/ports.sh
PORT=$(first_free_port "${STARTUP_TEST_PORT:-8186}")
BASE="http://127.0.0.1:$PORT"

scripts/prepare-postgres.sh
scripts/dev-token.sh --init
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
rm -rf "$OUT" && mkdir -p "$OUT"

JAVA_PID=""
cleanup() { [ -n "$JAVA_PID" ] && { kill "$JAVA_PID" 2>/dev/null; wait "$JAVA_PID" 2>/dev/null || true; }; true; }
trap cleanup EXIT

failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

# refuses NAME SETTING_SHOWN ENV...: the jar started with ENV must exit 1 within the limit, never
# answer on its port, and print exactly one line naming SETTING_SHOWN.
refuses() {
  local name="$1" setting="$2"; shift 2
  local log="$OUT/$name.log" started listened=no rc took lines
  started=$(date +%s.%N)
  env "$@" QUARKUS_HTTP_PORT="$PORT" java -jar "$JAR" >"$log" 2>&1 &
  JAVA_PID=$!
  while kill -0 "$JAVA_PID" 2>/dev/null; do
    if curl -s -o /dev/null -m 1 "$BASE/q/health/ready"; then listened=yes; fi
    if [ "$(echo "$(date +%s.%N) - $started > $LIMIT" | bc)" = 1 ]; then
      kill "$JAVA_PID"; break
    fi
    sleep 0.2
  done
  wait "$JAVA_PID" && rc=0 || rc=$?
  JAVA_PID=""
  took=$(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f')
  lines=$(grep -c -F -- "$setting" "$log" || true)
  if [ "$rc" = 1 ] && [ "$listened" = no ] && [ "$lines" = 1 ] && ! grep -q $'^\tat ' "$log"; then
    echo "ok   $name: refused in ${took}s (exit 1, port never answered):"
    grep -F -- "$setting" "$log" | sed 's/^/       /'
  else
    fail "$name: exit ${rc}, listened=$listened, $lines line(s) naming $setting, after ${took}s; see $log"
    { grep -F -e '"level":"ERROR"' -e "$setting" "$log" || true; } | tail -3 | cut -c1-300 | sed 's/^/       /'
  fi
}

echo "== start-up checks of $JAR on :$PORT"
refuses no-key-file MP_JWT_VERIFY_PUBLICKEY_LOCATION MP_JWT_VERIFY_PUBLICKEY_LOCATION=/nonexistent.pem
refuses bad-public-url INDUSTRYPLANS_PUBLIC_BASE_URL INDUSTRYPLANS_PUBLIC_BASE_URL=api.city.lg.jp
refuses no-seeds INDUSTRYPLANS_SEEDS_DIRECTORY INDUSTRYPLANS_SEEDS_DIRECTORY=/nonexistent-seeds

# -- a good start
PUBLIC=https://gw.example.lg.jp/industry-plans
INDUSTRYPLANS_PUBLIC_BASE_URL=$PUBLIC QUARKUS_HTTP_PORT=$PORT java -jar "$JAR" >"$OUT/good.log" 2>&1 &
JAVA_PID=$!
for _ in $(seq 1 $((LIMIT * 5))); do
  curl -sf -o /dev/null "$BASE/q/health/ready" && break
  kill -0 "$JAVA_PID" 2>/dev/null || break
  sleep 0.2
done
if curl -sf -o /dev/null "$BASE/q/health/ready"; then
  echo "ok   good configuration: ready"
  link=$(curl -s -D - -o /dev/null -H 'Host: evil.example' "$BASE/api/v1/plans?size=1" | tr -d '\r' | sed -n 's/^Link: //Ip')
  case "$link" in
    "<$PUBLIC/api/v1/plans?page=0&size=1>; rel=\"first\""*) echo "ok   Link from the public base URL, Host ignored: ${link%%,*}" ;;
    *) fail "Link is not built from $PUBLIC: $link" ;;
  esac
  n=$(curl -s "$BASE/api/v1/indicators?municipality=131067&q=中小企業振興センター" | jq -r '.items[0].progress.status')
  s=$(curl -s "$BASE/api/v1/dashboard/summary?fiscalYear=令和3年度" | jq -r '.byMunicipality | length')
  if [ "$n" != null ] && [ -n "$n" ] && [ "${s:-0}" -gt 0 ]; then
    echo "ok   raw UTF-8 queries (README examples): progress status $n, $s municipalities in the 令和3年度 summary"
  else
    fail "raw UTF-8 queries: status '$n', summary '$s'"
  fi
else
  fail "good configuration did not become ready; see $OUT/good.log"
fi
cleanup; JAVA_PID=""

[ "$failed" -eq 0 ] && echo "PASSED: every misconfiguration refused with one line naming its setting" \
  || { echo "FAILED: $failed check(s)"; exit 1; }
