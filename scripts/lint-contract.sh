#!/usr/bin/env bash
# Lints openapi/openapi.yaml with Spectral (OpenAPI rules plus .spectral.yaml) and with Redocly
# CLI's recommended ruleset (pinned, run through npx); fails on errors of either.
set -euo pipefail
cd "$(dirname "$0")/.."
REDOCLY_VERSION=2.77.0
if [ ! -x node_modules/.bin/spectral ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
node_modules/.bin/spectral lint --fail-severity=error openapi/openapi.yaml
npx --yes "@redocly/cli@$REDOCLY_VERSION" lint --extends=recommended --format=codeframe openapi/openapi.yaml
