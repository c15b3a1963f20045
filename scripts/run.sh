#!/usr/bin/env bash
# Runs the service on port 8080 with the seed data loaded (PostgreSQL prepared first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prepare-postgres.sh
# The development key pair that verifies tokens from scripts/dev-token.sh.
scripts/dev-token.sh --init
./mvnw -B -q package -DskipTests
exec java -jar target/quarkus-app/quarkus-run.jar
