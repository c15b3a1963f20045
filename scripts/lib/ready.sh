# Sourced by the scripts that start the packaged jar and test it (client, Swagger UI, browser,
# two replicas, docs examples): one wait for readiness, with one time limit.

# wait_ready BASE_URL PID LOG [SECONDS]: returns once BASE_URL/q/health/ready answers 200; fails
# (status 1, the end of LOG on stderr) when process PID exits first or SECONDS (240: a first start
# on a busy two-core machine imports the seeds) pass.
wait_ready() {
  local base="$1" pid="$2" log="$3" seconds="${4:-240}" i
  for ((i = 0; i < seconds * 2; i++)); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/q/health/ready")" = 200 ] && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the service exited before it was ready; the end of $log:" >&2
      tail -n 40 "$log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "$base/q/health/ready did not answer 200 within $seconds s; the end of $log:" >&2
  tail -n 40 "$log" >&2
  return 1
}
