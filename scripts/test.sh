#!/usr/bin/env bash
# The whole test suite: the contract lint (Spectral), then every Maven test against a real
# PostgreSQL (prepared first), including the check that code and contract agree.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prepare-postgres.sh
scripts/lint-contract.sh
# PackagedJarIT (failsafe, in verify) starts the packaged jar, which verifies tokens with the
# development key, on the database of QUARKUS_DATASOURCE_JDBC_URL as scripts/run.sh does.
scripts/dev-token.sh --init
./mvnw -B verify "$@"
