#!/usr/bin/env bash
# The overview page (/) tested in a real browser: Debian's chromium driven by playwright-core
# (scripts/browser-test.mjs) against the packaged jar on port 8090, with the seeds loaded into
# a database of its own, made afresh for each run (it publishes a test plan, and releases cannot
# be withdrawn, so it must not be the database scripts/run.sh serves); axe-core (an npm dev
# dependency, injected into the page) checks every state for WCAG 2.0/2.1 A and AA. Writes
# docs/overview.png. CI runs it from .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ready.sh

# BROWSER_TEST_PORT and BROWSER_TEST_DB move it elsewhere (parallel work trees).
PORT="${BROWSER_TEST_PORT:-8090}"
DB="${BROWSER_TEST_DB:-industry_plans_browser}"
BASE_URL="http://127.0.0.1:$PORT"
JAR=target/quarkus-app/quarkus-run.jar
LOG=target/browser-test-server.log

log() { printf '[browser-test] %s\n' "$*" >&2; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root (or sudo) to $*"; exit 1; fi
}

# Debian's chromium, and a Japanese font so that the screenshot shows text rather than boxes.
packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
{ command -v fc-list >/dev/null && [ -n "$(fc-list :lang=ja 2>/dev/null)" ]; } || packages+=(fonts-ipafont-gothic)
if [ ${#packages[@]} -gt 0 ]; then
  log "installing ${packages[*]} with apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

{ [ -d node_modules/playwright-core ] && [ -f node_modules/axe-core/axe.min.js ]; } || npm ci --no-audit --no-fund --loglevel=error

INDUSTRYPLANS_EXTRA_DATABASES="$DB" scripts/prepare-postgres.sh
psql -h 127.0.0.1 -U postgres -qtA -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER industry_plans"

# The static files are inside the jar: build it when it is missing or older than the sources.
if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]; then
  log "building $JAR"
  ./mvnw -B -q package -DskipTests
fi

if curl -s -o /dev/null "$BASE_URL/q/health/live"; then
  log "port $PORT is already in use: stop whatever serves $BASE_URL first"
  exit 1
fi

# The development key pair that verifies tokens: the service refuses to start without one.
scripts/dev-token.sh --init
mkdir -p target
log "starting the service on port $PORT (log: $LOG)"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=600S QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=30S \
  java -Dquarkus.http.port=$PORT -jar "$JAR" >"$LOG" 2>&1 &
SERVER=$!
stop_server() {
  if kill -0 "$SERVER" 2>/dev/null; then
    kill "$SERVER" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$SERVER" 2>/dev/null || true
  fi
  wait "$SERVER" 2>/dev/null || true
}
trap stop_server EXIT

wait_ready "$BASE_URL" "$SERVER" "$LOG" || exit 1
log "service ready at $BASE_URL"

# The release switcher needs a plan published twice: browser-test.mjs makes it once, as plans-admin.
BASE_URL="$BASE_URL" ADMIN_TOKEN="$(scripts/dev-token.sh --user browser-test@localhost plans-admin)" \
  node scripts/browser-test.mjs
