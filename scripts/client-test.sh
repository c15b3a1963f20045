#!/usr/bin/env bash
# Generated clients, as an integrating team makes them: openapi-generator 7.25.0 (the CLI jar from
# Maven Central, checked against its published SHA-1) turns openapi/openapi.yaml into a TypeScript
# client (typescript-fetch, compiled with tsc --strict) and a Java client (library native with
# Jackson, compiled with Maven); then one scenario in each language (scripts/client/) runs against
# the packaged jar, the Java one with -Dfile.encoding=MS932 as on Japanese Windows. CI runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ready.sh

GENERATOR_VERSION=7.25.0
PORT="${CLIENT_TEST_PORT:-${BROWSER_TEST_PORT:-8090}}"
BASE_URL="http://127.0.0.1:$PORT"
JAR=target/quarkus-app/quarkus-run.jar
OUT=target/clients
LOG=target/client-test-server.log
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/openapi-generator"
GEN="$CACHE/openapi-generator-cli-$GENERATOR_VERSION.jar"
log() { printf '[client-test] %s\n' "$*" >&2; }
started=$SECONDS

if [ ! -f "$GEN" ]; then
  mkdir -p "$CACHE"
  url="https://repo1.maven.org/maven2/org/openapitools/openapi-generator-cli/$GENERATOR_VERSION/openapi-generator-cli-$GENERATOR_VERSION.jar"
  log "downloading $url"
  curl -sSfL -o "$GEN.part" "$url"
  expected=$(curl -sSfL "$url.sha1" | cut -c1-40)
  [ "$(sha1sum "$GEN.part" | cut -c1-40)" = "$expected" ] || { log "checksum mismatch for $url"; exit 1; }
  mv "$GEN.part" "$GEN"
fi
[ -d node_modules/typescript ] || npm ci --no-audit --no-fund --loglevel=error

rm -rf "$OUT" && mkdir -p "$OUT"
log "generating the TypeScript and Java clients"
java -jar "$GEN" generate -i openapi/openapi.yaml -g typescript-fetch -o "$OUT/ts/client" \
  --global-property apiDocs=false,modelDocs=false >"$OUT/generate-ts.log" 2>&1
java -jar "$GEN" generate -i openapi/openapi.yaml -g java --library native -o "$OUT/java" \
  --global-property apiTests=false,modelTests=false,apiDocs=false,modelDocs=false \
  --additional-properties=serializationLibrary=jackson,hideGenerationTimestamp=true,invokerPackage=jp.industryplans.client,apiPackage=jp.industryplans.client.api,modelPackage=jp.industryplans.client.model,groupId=jp.industryplans,artifactId=industry-plans-client \
  >"$OUT/generate-java.log" 2>&1

log "compiling the TypeScript client and scenario with tsc --strict"
cp scripts/client/scenario.ts "$OUT/ts/"
node_modules/.bin/tsc --strict --target es2020 --module commonjs --lib es2020,dom --skipLibCheck \
  --outDir "$OUT/ts/build" "$OUT/ts/scenario.ts"

log "compiling the Java client and scenario with Maven"
mkdir -p "$OUT/java/src/main/java/jp/industryplans/clienttest"
cp scripts/client/Scenario.java "$OUT/java/src/main/java/jp/industryplans/clienttest/"
./mvnw -B -q -f "$OUT/java/pom.xml" compile dependency:build-classpath -Dmdep.outputFile=cp.txt

scripts/prepare-postgres.sh
if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml openapi -newer "$JAR" -print -quit)" ]; then
  log "building $JAR"
  ./mvnw -B -q package -DskipTests
fi
# Tokens signed with the development key pair that the jar verifies by default.
EDITOR_TOKEN=$(scripts/dev-token.sh plans-editor)
ADMIN_TOKEN=$(scripts/dev-token.sh plans-admin)
export EDITOR_TOKEN ADMIN_TOKEN BASE_URL

if curl -s -o /dev/null "$BASE_URL/q/health/live"; then
  log "port $PORT is already in use: stop whatever serves $BASE_URL first"; exit 1
fi
java -Dquarkus.http.port="$PORT" -jar "$JAR" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
wait_ready "$BASE_URL" "$SERVER" "$LOG" || exit 1

node "$OUT/ts/build/scenario.js"
java -Dfile.encoding=MS932 -cp "$OUT/java/target/classes:$(cat "$OUT/java/cp.txt")" jp.industryplans.clienttest.Scenario
log "both generated clients pass ($((SECONDS - started)) s)"
