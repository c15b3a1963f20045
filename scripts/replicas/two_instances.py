"""Two replicas of the service on one database: a write through one is seen by the very next
read through the other, although that one serves plan details and lists from its caches.

Staff (TOKEN, an editor) read and write the working state; the public sees a write only once it is
published (PUBLISHER_TOKEN), and then through either replica.

Usage: two_instances.py BASE_A BASE_B TOKEN PUBLISHER_TOKEN [ROUNDS]
"""
import json
import sys
import urllib.error
import urllib.request


def call(method, url, token=None, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if body is not None and "Content-Type" not in (headers or {}):
        request.add_header("Content-Type", "application/merge-patch+json")
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            raw = r.read()
            return r.status, r.headers, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        return e.code, e.headers, (json.loads(raw) if raw else None)


def cache_hits(base, metric="plan_detail_cache_requests_total"):
    with urllib.request.urlopen(urllib.request.Request(base + "/q/metrics", headers={"Accept": "text/plain"})) as r:
        for line in r.read().decode().splitlines():
            if line.startswith(metric) and 'result="hit"' in line:
                return float(line.rsplit(" ", 1)[1])
    return 0.0


def main():
    a, b, token, publisher = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 50
    _, _, page = call("GET", a + "/api/v1/plans?size=5")
    plans = [p["id"] for p in page["items"]]
    failures = []
    hits_before = cache_hits(b)
    list_hits_before = cache_hits(b, "read_cache_requests_total")
    for i in range(rounds):
        plan = plans[i % len(plans)]
        path = "/api/v1/plans/" + plan
        # B reads twice, as staff (the working state) and as the public (the release): the second
        # read of each is served from B's cache (the detail, and the list).
        _, headers_b, _ = call("GET", b + path, token)
        call("GET", b + path, token)
        call("GET", b + path)
        _, public_b, _ = call("GET", b + path)
        for who in (token, None):
            call("GET", b + "/api/v1/plans?size=5", who)
            call("GET", b + "/api/v1/plans?size=5", who)
        old_tag = headers_b["ETag"]
        _, headers_a, _ = call("GET", a + path, token)
        summary = "replica round %d" % i
        status, written, _ = call("PATCH", a + path, token, {"summary": summary}, {"If-Match": headers_a["ETag"]})
        if status != 200:
            failures.append("round %d: PATCH through A answered %d" % (i, status))
            continue
        status, headers_b, seen = call("GET", b + path, token)
        if status != 200 or seen["summary"] != summary:
            failures.append("round %d: B answered %s with summary %r after A wrote %r"
                            % (i, status, seen and seen.get("summary"), summary))
        elif headers_b["ETag"] != written["ETag"]:
            failures.append("round %d: B's ETag %s is not the one A's write gave, %s"
                            % (i, headers_b["ETag"], written["ETag"]))
        status, _, listed = call("GET", b + "/api/v1/plans?size=5", token)
        shown = [p.get("summary") for p in listed["items"] if p["id"] == plan]
        if shown != [summary]:
            failures.append("round %d: B's list shows summary %r after A wrote %r" % (i, shown, summary))
        status, _, _ = call("GET", b + path, token, headers={"If-None-Match": old_tag})
        if status != 200:
            failures.append("round %d: B answered %d to a poll with the tag from before the write" % (i, status))
        # The public does not see the write until it is published; then it does, through B too.
        status, _, public = call("GET", b + path)
        if status != 200 or public["summary"] == summary:
            failures.append("round %d: B showed the public an unpublished write (%s)" % (i, status))
        status, _, _ = call("POST", a + path + "/releases", publisher, {"label": "replica round %d" % i},
                            {"Content-Type": "application/json"})
        if status != 201:
            failures.append("round %d: publishing through A answered %d" % (i, status))
            continue
        status, _, public = call("GET", b + path, headers={"If-None-Match": public_b["ETag"]})
        if status != 200 or public["summary"] != summary:
            failures.append("round %d: after A published, B showed the public %s / %r" % (
                i, status, public and public.get("summary")))
        status, _, listed = call("GET", b + "/api/v1/plans?size=5")
        shown = [p.get("summary") for p in listed["items"] if p["id"] == plan]
        if shown != [summary]:
            failures.append("round %d: after A published, B's public list shows %r" % (i, shown))
    hits = cache_hits(b) - hits_before
    list_hits = cache_hits(b, "read_cache_requests_total") - list_hits_before
    print("rounds: %d, plans: %d, details served from B's cache: %d, lists: %d, stale or wrong reads: %d"
          % (rounds, len(plans), hits, list_hits, len(failures)))
    for f in failures:
        print("  " + f)
    if hits < rounds or list_hits < rounds:
        print("B's cache served fewer reads than rounds: the test did not exercise the cache")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
