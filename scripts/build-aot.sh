#!/usr/bin/env bash
# Packages the jar and, when Temurin 25 is installed (/usr/lib/jvm/temurin-25-jdk-amd64, or
# AOT_JDK), trains its AOT cache (JEP 483/514/515) in one training run: the jar is started on
# JDK 25 with -XX:AOTCacheOutput against the database of scripts/run.sh, with the seeds, read the
# ways users read it (every plan's detail uncached, cached and as a 304, lists, search, the
# dashboard, indicators, CSV, errors), then stopped; the JVM writes target/quarkus-app/app.aot as
# it exits. scripts/run.sh, scripts/bench.sh and the container image start with that cache where
# it is present. Without JDK 25 only the plain jar is packaged (it runs on Java 17 or later).
#
#   scripts/build-aot.sh        # AOT_TRAINING_PORT (8089) is where the training run listens
set -euo pipefail
cd "$(dirname "$0")/.."
JDK="${AOT_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT="${AOT_TRAINING_PORT:-8089}"
APP=target/quarkus-app
# AOT_PACKAGE=0 trains the jar already in target/quarkus-app.
[ "${AOT_PACKAGE:-1}" = 0 ] || ./mvnw -B -q package -DskipTests
rm -f "$APP/app.aot"
if [ ! -x "$JDK/bin/java" ]; then
  echo "[build-aot] no JDK 25 at $JDK: the jar is packaged without an AOT cache" >&2
  exit 0
fi
scripts/dev-token.sh --init >/dev/null
source scripts/lib/jvm.sh
QUARKUS_HTTP_PORT=$PORT "$JDK/bin/java" "${JVM_OPTIONS[@]}" -XX:AOTCacheOutput="$APP/app.aot" -jar "$APP/quarkus-run.jar" \
  >target/aot-training.log 2>&1 &
PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 3000); do
  curl -sf -o /dev/null "$BASE/q/health/ready" && break
  kill -0 "$PID" 2>/dev/null || { echo "[build-aot] the training run did not start: target/aot-training.log" >&2; exit 1; }
  sleep 0.1
done
get() { curl -sf -o /dev/null "$@" || { echo "[build-aot] training request failed: $*" >&2; kill "$PID"; exit 1; }; }
for _ in 1 2; do
  get "$BASE/api/v1"
  for plan in $(curl -sf "$BASE/api/v1/plans?size=20" | grep -o '"id":"[0-9a-f-]\{36\}","key"' | cut -d'"' -f4); do
    get -H 'Cache-Control: no-cache' "$BASE/api/v1/plans/$plan"
    etag=$(curl -sfI "$BASE/api/v1/plans/$plan" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
    curl -s -o /dev/null -H "If-None-Match: $etag" "$BASE/api/v1/plans/$plan"
    get "$BASE/api/v1/plans/$plan/initiatives"
  done
  get "$BASE/api/v1/plans?fiscalYear=%E4%BB%A4%E5%92%8C3%E5%B9%B4%E5%BA%A6"
  get "$BASE/api/v1/plans?q=%E5%89%B5%E6%A5%AD"
  get "$BASE/api/v1/municipalities"
  get "$BASE/api/v1/initiatives?size=50"
  get "$BASE/api/v1/indicators?size=50"
  get "$BASE/api/v1/evaluations"
  get "$BASE/api/v1/themes"
  get "$BASE/api/v1/progress/rules"
  get "$BASE/api/v1/dashboard/summary"
  get "$BASE/api/v1/dashboard/summary?fiscalYear=2021"
  get -H 'Accept: text/csv' "$BASE/api/v1/plans?size=200"
  get "$BASE/api/v1/changes?limit=20"
  curl -s -o /dev/null "$BASE/api/v1/plans/not-a-plan"
  get "$BASE/q/metrics"
  get "$BASE/q/health/live"
done
kill -TERM "$PID"
wait "$PID" || true
if [ ! -s "$APP/app.aot" ]; then
  echo "[build-aot] no AOT cache written: target/aot-training.log" >&2
  exit 1
fi
echo "[build-aot] $APP/app.aot: $(du -h "$APP/app.aot" | cut -f1), trained on $("$JDK/bin/java" -version 2>&1 | head -1)"
