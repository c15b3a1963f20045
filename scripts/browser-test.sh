#!/usr/bin/env bash
# The overview page tested in Debian's chromium (driven by playwright-core) against the
# packaged jar on port 8090 with the seeds loaded; writes docs/overview.png.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=8090
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
# Chromium, and a Japanese font so that the screenshot shows text rather than empty boxes.
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi ipag; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-ipafont-gothic >/dev/null
fi
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error >/dev/null
scripts/prepare-postgres.sh
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
mkdir -p target
QUARKUS_HTTP_PORT=$PORT java -jar target/quarkus-app/quarkus-run.jar > target/browser-test-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
  sleep 0.5
done
BASE_URL="http://127.0.0.1:$PORT" node scripts/browser-test.mjs
