#!/usr/bin/env bash
# Swagger UI and CORS in Debian's chromium (scripts/swagger-ui-test.mjs) against the packaged jar:
# axe-core on Swagger UI, a first-time user's walk through it, and a page on a second origin.
# Uses the same chromium, fonts and playwright-core as scripts/browser-test.sh; CI runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ready.sh
AXE_VERSION=4.10.3
PORT="${BROWSER_TEST_PORT:-8090}"
OTHER_PORT="${CORS_TEST_PORT:-$((PORT + 1))}"
BASE_URL="http://127.0.0.1:$PORT"
JAR=target/quarkus-app/quarkus-run.jar
LOG=target/swagger-ui-test-server.log
TOOLS="${XDG_CACHE_HOME:-$HOME/.cache}/industry-plans-axe-$AXE_VERSION"
log() { printf '[swagger-ui-test] %s\n' "$*" >&2; }

[ -x /usr/bin/chromium ] || { log "needs Debian's chromium: run scripts/browser-test.sh once (it installs it)"; exit 1; }
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error
[ -f "$TOOLS/node_modules/axe-core/axe.min.js" ] || npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$TOOLS" "axe-core@$AXE_VERSION"
scripts/prepare-postgres.sh
if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml openapi -newer "$JAR" -print -quit)" ]; then
  log "building $JAR"; ./mvnw -B -q package -DskipTests
fi
if curl -s -o /dev/null "$BASE_URL/q/health/live"; then log "port $PORT is in use"; exit 1; fi
# The development key pair that verifies tokens: the service refuses to start without one.
scripts/dev-token.sh --init
mkdir -p target
# No origin may write (the default): the second-origin page's write must be blocked.
env -u INDUSTRYPLANS_CORS_WRITE_ORIGINS java -Dquarkus.http.port="$PORT" -jar "$JAR" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
wait_ready "$BASE_URL" "$SERVER" "$LOG" || exit 1
EDITOR_TOKEN=$(scripts/dev-token.sh plans-editor) ADMIN_TOKEN=$(scripts/dev-token.sh plans-admin) \
  BASE_URL="$BASE_URL" OTHER_PORT="$OTHER_PORT" AXE_SOURCE="$TOOLS/node_modules/axe-core/axe.min.js" \
  node scripts/swagger-ui-test.mjs
