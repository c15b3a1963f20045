#!/usr/bin/env bash
# Lints openapi/openapi.yaml with Spectral (OpenAPI rules plus .spectral.yaml); fails on errors.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/spectral ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
node_modules/.bin/spectral lint --fail-severity=error openapi/openapi.yaml
