#!/usr/bin/env bash
# Runs the service on port 8080 with the seed data loaded (PostgreSQL prepared first).
#
# With Temurin 25 installed (/usr/lib/jvm/temurin-25-jdk-amd64, or RUN_JDK), the jar is built
# with its AOT cache (scripts/build-aot.sh: a training run of the integration tests) and started
# on JDK 25 with it, which makes the start several times faster. Otherwise, or with
# INDUSTRYPLANS_AOT=0, the plain jar runs on the default Java (17 or later).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/jvm.sh
scripts/prepare-postgres.sh
# The development key pair that verifies tokens from scripts/dev-token.sh.
scripts/dev-token.sh --init
JDK="${RUN_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ "${INDUSTRYPLANS_AOT:-1}" != 0 ] && [ -x "$JDK/bin/java" ]; then
  AOT_JDK="$JDK" scripts/build-aot.sh
  exec "$JDK/bin/java" "${JVM_OPTIONS[@]}" -XX:AOTCache=target/quarkus-app/app.aot -jar target/quarkus-app/quarkus-run.jar
fi
./mvnw -B -q package -DskipTests
exec java "${JVM_OPTIONS[@]}" -jar target/quarkus-app/quarkus-run.jar
