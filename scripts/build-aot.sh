#!/usr/bin/env bash
# Packages the jar and, on JDK 25 (Temurin's, at /usr/lib/jvm/temurin-25-jdk-amd64 or AOT_JDK),
# trains its AOT cache (JEP 483/514/515): the @QuarkusIntegrationTests start the packaged jar
# against the database of scripts/run.sh with the seeds, read it the ways users do, and Quarkus
# writes target/quarkus-app/app.aot from that run. scripts/run.sh and the container image use
# the cache where it is present. Without JDK 25 it packages the plain jar (which runs on 17).
#
#   scripts/build-aot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JDK="${AOT_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ ! -x "$JDK/bin/java" ]; then
  echo "[build-aot] no JDK 25 at $JDK: packaging without an AOT cache" >&2
  exec ./mvnw -B -q package -DskipTests
fi
scripts/prepare-postgres.sh >/dev/null
scripts/dev-token.sh --init
JAVA_HOME="$JDK" ./mvnw -B -q -Paot verify
ls -l target/quarkus-app/app.aot
