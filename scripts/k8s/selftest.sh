#!/usr/bin/env bash
# Proves that scripts/validate-k8s.sh rejects misspelled fields (and a grace period too short for
# the shutdown delay and timeout): copies k8s/ to a temp dir,
# checks the untouched copy passes, then injects one typo at a time (into an overlay patch or
# the base) and asserts the validator fails and names the bad field. Exits non-zero if a typo
# slips through or the clean copy fails.
set -euo pipefail
cd "$(dirname "$0")/../.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

# case NAME FILE SED_EXPR EXPECTED_TEXT
case_typo() {
  local name="$1" file="$2" expr="$3" expected="$4"
  rm -rf "$work/k8s" && cp -R k8s "$work/k8s"
  local before after
  before="$(cat "$work/k8s/$file")"
  sed -i -e "$expr" "$work/k8s/$file"
  after="$(cat "$work/k8s/$file")"
  if [ "$before" = "$after" ]; then
    echo "selftest FAIL $name: the edit did not apply to $file"; failed=$((failed + 1)); return
  fi
  local rc=0
  bash scripts/validate-k8s.sh "$work/k8s" >"$work/out.txt" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ] && grep -qF -- "$expected" "$work/out.txt"; then
    echo "selftest ok $name: rejected (exit $rc)"
    grep -F -e "FAIL " -e "$expected" "$work/out.txt" | sed "s/^/    /"
    passed=$((passed + 1))
  else
    echo "selftest FAIL $name: exit $rc, expected output containing: $expected"
    sed 's/^/    /' "$work/out.txt"
    failed=$((failed + 1))
  fi
}

# Control: the untouched copy must pass, or the cases below prove nothing.
rm -rf "$work/k8s" && cp -R k8s "$work/k8s"
if bash scripts/validate-k8s.sh "$work/k8s" >"$work/out.txt" 2>&1; then
  echo "selftest ok clean copy: accepted"; passed=$((passed + 1))
else
  echo "selftest FAIL clean copy: rejected"; sed 's/^/    /' "$work/out.txt"; failed=$((failed + 1))
fi

case_typo "replicaz in the prod Deployment patch" overlays/prod/deployment-patch.yaml \
  's/^  replicas: 3$/  replicaz: 3/' 'unknown field "spec.replicaz"'
case_typo "readinesProbe in the base Deployment" base/deployment.yaml \
  's/readinessProbe:/readinesProbe:/' 'unknown field "spec.template.spec.containers[0].readinesProbe"'
case_typo "instancez in the prod CloudNativePG Cluster patch" overlays/prod/postgres-cluster-patch.yaml \
  's/^  instances: 3$/  instancez: 3/' 'unknown field "spec.instancez"'
case_typo "databse in the base Cluster bootstrap" base/postgres-cluster.yaml \
  's/^      database: industry_plans$/      databse: industry_plans/' 'unknown field "spec.bootstrap.initdb.databse"'
case_typo "wrong type for the HPA target" base/hpa.yaml \
  's/averageUtilization: 70/averageUtilization: "seventy"/' 'averageUtilization must be integer'
case_typo "a grace period shorter than the shutdown delay and timeout" base/deployment.yaml \
  's/terminationGracePeriodSeconds: 30/terminationGracePeriodSeconds: 20/' 'terminationGracePeriodSeconds 20 is shorter'
case_typo "a shutdown timeout the grace period does not cover" base/configmap.yaml \
  's/QUARKUS_SHUTDOWN_TIMEOUT: 20s/QUARKUS_SHUTDOWN_TIMEOUT: 45s/' 'timeout 45 s'

echo "selftest: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
