#!/usr/bin/env bash
# Renders the kustomize base and every overlay under k8s/ with `kubectl kustomize` and
# validates each rendered object offline (scripts/k8s/validate.mjs): Kubernetes API schemas
# from the npm package kubernetes-models, the CloudNativePG Cluster from
# @kubernetes-models/cloudnative-pg, and unknown (e.g. misspelled) fields rejected.
# Prints "ok <kind>/<name> (<overlay>)" or the errors per object and a summary line; exits
# non-zero if anything fails to render or validate.
#
#   scripts/validate-k8s.sh [K8S_DIR]     K8S_DIR defaults to k8s/ (holds base/ and overlays/)
#   scripts/validate-k8s.sh --selftest    runs scripts/k8s/selftest.sh instead
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--selftest" ]; then
  exec bash scripts/k8s/selftest.sh
fi
k8s_dir="${1:-k8s}"

command -v kubectl >/dev/null || { echo "validate-k8s: kubectl is required (it renders offline)" >&2; exit 2; }
command -v node >/dev/null || { echo "validate-k8s: node is required" >&2; exit 2; }

# Node tools pinned in package.json / package-lock.json (same pattern as lint-contract.sh).
for dep in kubernetes-models @kubernetes-models/cloudnative-pg typescript yaml; do
  if [ ! -f "node_modules/$dep/package.json" ]; then
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
    break
  fi
done

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

targets=()
[ -f "$k8s_dir/base/kustomization.yaml" ] && targets+=("base=$k8s_dir/base")
for d in "$k8s_dir"/overlays/*/; do
  [ -f "$d/kustomization.yaml" ] && targets+=("$(basename "$d")=${d%/}")
done
if [ "${#targets[@]}" -eq 0 ]; then
  echo "validate-k8s: no kustomization found under $k8s_dir" >&2
  exit 2
fi

rendered=()
render_failed=0
for t in "${targets[@]}"; do
  label="${t%%=*}" dir="${t#*=}"
  if kubectl kustomize "$dir" >"$out/$label.yaml" 2>"$out/$label.err"; then
    rendered+=("$label=$out/$label.yaml")
  else
    echo "FAIL render $dir ($label)"
    sed 's/^/  /' "$out/$label.err"
    render_failed=1
  fi
done

status=0
if [ "${#rendered[@]}" -gt 0 ]; then
  node scripts/k8s/validate.mjs "${rendered[@]}" || status=$?
fi
if [ "$render_failed" -ne 0 ]; then
  echo "validate-k8s: rendering failed"
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
