#!/usr/bin/env bash
# The whole test suite: the contract lint (Spectral), then every Maven test against a real
# PostgreSQL (prepared first), including the check that code and contract agree.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prepare-postgres.sh
scripts/lint-contract.sh
./mvnw -B verify "$@"
