#!/usr/bin/env python3
"""Load and verification helper for scripts/fault-test.sh (standard library only).

  load.py run    --base URL --out DIR --run-id ID [--writers N] [--pace-ms MS]
      Concurrent writers (POST /api/v1/plans with unique keys), one reader (GETs) and a
      readiness poller (/q/health/ready), until the file DIR/stop appears. Every request is
      logged as one tab-separated line to DIR/writes.tsv, DIR/reads.tsv or DIR/ready.tsv:
      start end status latency_ms retry_after id key error   (times: epoch seconds)

  load.py report --base URL --out DIR
      Reads those logs, the phase times in DIR/phases (name=epoch lines, written by the shell
      script) and the keys stored in the database (DIR/stored-keys.txt), checks every
      acknowledged write again through the API and prints the report. Exit status 1 when a
      rule is broken (see CHECKS below).
"""
import argparse
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

TIMEOUT = float(os.environ.get("FAULT_HTTP_TIMEOUT", "15"))
TOKEN = os.environ.get("FAULT_TOKEN", "")


class Client:
    """One keep-alive connection per thread; reconnects after any transport error."""

    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port or 80
        self.conn = None

    def request(self, method, path, body=None):
        headers = {"Accept": "application/json"}
        if TOKEN:
            headers["Authorization"] = "Bearer " + TOKEN
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        start = time.time()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
            self.conn.request(method, path, body=data, headers=headers)
            r = self.conn.getresponse()
            payload = r.read()
            end = time.time()
            if r.getheader("Connection", "").lower() == "close":
                self.close()
            return start, end, r.status, r.getheader("Retry-After") or "", payload, ""
        except Exception as e:  # timeout, refused, reset: no answer at all
            self.close()
            return start, time.time(), 0, "", b"", type(e).__name__ + ": " + str(e).replace("\t", " ")[:120]

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:
                pass
        self.conn = None


class Log:
    def __init__(self, path):
        self.f = open(path, "a", buffering=1, encoding="utf-8")
        self.lock = threading.Lock()

    def write(self, start, end, status, retry_after, ident="", key="", error=""):
        line = "\t".join([f"{start:.3f}", f"{end:.3f}", str(status), str(round((end - start) * 1000)),
                          retry_after, ident, key, error])
        with self.lock:
            self.f.write(line + "\n")


def plan_body(key):
    return {"key": key, "municipalityCode": "131067", "kind": "INDUSTRIAL_PROMOTION_PLAN",
            "title": "障害試験用の計画 " + key, "periodStart": 2024, "periodEnd": 2026,
            "periodLabel": "令和６年度～令和８年度", "summary": "scripts/fault-test.sh が作成した試験用の計画。"}


def run(args):
    stop_file = os.path.join(args.out, "stop")
    writes, reads, ready = (Log(os.path.join(args.out, n)) for n in ("writes.tsv", "reads.tsv", "ready.tsv"))
    created = []  # ids a reader can fetch
    pace = args.pace_ms / 1000.0

    def stopped():
        return os.path.exists(stop_file)

    def writer(n):
        c, seq = Client(args.base), 0
        while not stopped():
            seq += 1
            key = f"fault-{args.run_id}-w{n}-{seq}"
            s, e, st, ra, payload, err = c.request("POST", "/api/v1/plans", plan_body(key))
            ident = ""
            if 200 <= st < 300:
                try:
                    ident = json.loads(payload)["id"]
                    created.append(ident)
                except Exception as ex:
                    err = "2xx without an id: " + type(ex).__name__
            writes.write(s, e, st, ra, ident, key, err)
            time.sleep(pace)

    def reader():
        c, i = Client(args.base), 0
        while not stopped():
            i += 1
            path = f"/api/v1/plans/{created[0]}" if (i % 2 == 0 and created) else "/api/v1/plans?size=5"
            s, e, st, ra, _, err = c.request("GET", path)
            reads.write(s, e, st, ra, "", path, err)
            time.sleep(0.2)

    def poller():
        c = Client(args.base)
        while not stopped():
            s, e, st, ra, payload, err = c.request("GET", "/q/health/ready")
            state = ""
            try:
                state = json.loads(payload).get("status", "")
            except Exception:
                pass
            ready.write(s, e, st, ra, state, "", err)
            time.sleep(0.25)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(1, args.writers + 1)]
    threads += [threading.Thread(target=reader), threading.Thread(target=poller)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# ---------------------------------------------------------------- report

def load(path):
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            rows.append({"start": float(p[0]), "end": float(p[1]), "status": int(p[2]), "ms": int(p[3]),
                         "retry": p[4], "id": p[5], "key": p[6], "error": p[7]})
    return rows


def pct(values, q):
    if not values:
        return 0
    v = sorted(values)
    return v[min(len(v) - 1, int(q * len(v)))]


def report(args):
    phases = {}
    with open(os.path.join(args.out, "phases")) as f:
        for line in f:
            k, v = line.strip().split("=", 1)
            phases[k] = float(v) if v else None
    t0, stop, start = phases["writes_start"], phases["db_stop"], phases["db_start"]
    up = phases.get("ready_up")
    end = phases["writes_end"]
    writes = load(os.path.join(args.out, "writes.tsv"))
    reads = load(os.path.join(args.out, "reads.tsv"))
    ready = load(os.path.join(args.out, "ready.tsv"))
    rel = lambda t: f"+{t - t0:5.1f}s"
    problems = []

    def phase_of(t):  # by the time a request was sent
        if t < stop:
            return "before"
        if t < start:
            return "db down"
        if up is None or t < up:
            return "db back, not ready"
        return "recovered"

    order = ["before", "db down", "db back, not ready", "recovered"]

    def table(title, rows):
        print(f"{title}")
        print(f"  {'phase':<19} {'sent':>5} {'2xx':>5} {'503':>5} {'other':>5} {'p50 ms':>7} {'max ms':>7}  other statuses")
        for ph in order:
            rs = [r for r in rows if phase_of(r["start"]) == ph]
            if not rs:
                continue
            ok = sum(1 for r in rs if 200 <= r["status"] < 300)
            s503 = sum(1 for r in rs if r["status"] == 503)
            others = {}
            for r in rs:
                if not (200 <= r["status"] < 300) and r["status"] != 503:
                    label = str(r["status"]) if r["status"] else "no answer"
                    others[label] = others.get(label, 0) + 1
            ms = [r["ms"] for r in rs]
            print(f"  {ph:<19} {len(rs):>5} {ok:>5} {s503:>5} {sum(others.values()):>5} {pct(ms, .5):>7} "
                  f"{max(ms):>7}  {', '.join(f'{k}×{v}' for k, v in sorted(others.items())) or '-'}")

    stopped_at = phases.get("db_stopped", stop)
    events = [(stop, "PostgreSQL stop requested (pg_ctl stop -m fast)"),
              (stopped_at, f"PostgreSQL down ({stopped_at - stop:.1f} s to shut down)")]
    down = [r for r in ready if stop <= r["start"] and r["status"] != 200]
    if down:
        events.append((down[0]["end"], f"/q/health/ready answers {down[0]['status']} {down[0]['id']}".rstrip()
                       + f" after {down[0]['ms']} ms (first poll not UP)"))
    else:
        problems.append("readiness never reported DOWN while PostgreSQL was stopped")
    first_fail = next((r for r in writes if r["start"] >= stop and not 200 <= r["status"] < 300), None)
    if first_fail:
        events.append((first_fail["end"], f"first failed write: {first_fail['status'] or 'no answer'} "
                       f"after {first_fail['ms']} ms"))
    events.append((start, "PostgreSQL started again, accepting connections (jar not restarted)"))
    if up is not None:
        events.append((up, f"/q/health/ready UP again, {up - start:.1f} s after PostgreSQL started"))
    else:
        problems.append("readiness did not come back UP")
    first_ok = next((r for r in writes if r["start"] >= start and 200 <= r["status"] < 300), None)
    if first_ok:
        events.append((first_ok["end"], f"first write sent after the restart acknowledged, "
                       f"{first_ok['end'] - start:.1f} s after PostgreSQL started"))
    else:
        problems.append("no write succeeded after PostgreSQL came back")
    events.append((end, "writers stopped"))
    print(f"== timeline (t=0 when the writers started; {len(writes)} writes by "
          f"{phases.get('writers', 0):.0f} writers, {len(reads)} reads, {len(ready)} readiness polls)")
    for t, text in sorted(events, key=lambda e: e[0]):
        print(f"  {rel(t)}  {text}")
    print()
    table("== writes (POST /api/v1/plans), by the phase in which each was sent (a request sent while\n"
          "   PostgreSQL was down can still be answered 2xx if it came back within the 2 s wait)", writes)
    table("== reads (GET /api/v1/plans, GET /api/v1/plans/{id})", reads)
    table("== readiness polls (GET /q/health/ready)", ready)
    print()

    # -- checks
    outage = [r for r in writes + reads if stop <= r["start"] < start]
    ms_down = [r["ms"] for r in outage]
    ready_down = [r["ms"] for r in ready if stop <= r["start"] < start]
    s503 = [r for r in writes + reads if r["status"] == 503]
    no_retry = [r for r in s503 if not r["retry"]]
    retry_values = sorted({r["retry"] for r in s503 if r["retry"]})
    bad5xx = [r for r in writes + reads if r["status"] >= 500 and r["status"] != 503]
    noanswer = [r for r in writes + reads if r["status"] == 0]
    other4xx = [r for r in writes + reads if 400 <= r["status"] < 500]
    limit = float(os.environ.get("FAULT_MAX_LATENCY_MS", "3000"))
    slow = [m for m in ms_down if m > limit]

    acked = [r for r in writes if 200 <= r["status"] < 300]
    missing = []

    def check(r):
        c = Client(args.base)
        for _ in range(3):
            _, _, st, _, payload, _ = c.request("GET", f"/api/v1/plans/{r['id']}")
            if st == 200:
                c.close()
                return None if json.loads(payload).get("key") == r["key"] else f"{r['id']}: other key"
            if st == 404:
                break
            time.sleep(0.5)
        c.close()
        return f"{r['key']} ({r['id']}): GET answered {st}"

    with ThreadPoolExecutor(max_workers=4) as pool:
        missing = [m for m in pool.map(check, [r for r in acked if r["id"]]) if m]
    missing += [f"{r['key']}: 2xx without an id" for r in acked if not r["id"]]
    stored = set()
    stored_path = os.path.join(args.out, "stored-keys.txt")
    if os.path.exists(stored_path):
        with open(stored_path) as f:
            stored = {line.strip() for line in f if line.strip()}
    missing_db = [r["key"] for r in acked if r["key"] not in stored]
    unacked_stored = [r for r in writes if not (200 <= r["status"] < 300) and r["key"] in stored]

    print("== result")
    print(f"  writes sent {len(writes)}, acknowledged (2xx) {len(acked)}, 503 {sum(1 for r in writes if r['status'] == 503)}, "
          f"other {len(writes) - len(acked) - sum(1 for r in writes if r['status'] == 503)}")
    print(f"  while PostgreSQL was down: {len(outage)} API requests, max latency {max(ms_down, default=0)} ms "
          f"(p50 {pct(ms_down, .5)} ms); readiness max {max(ready_down, default=0)} ms")
    print(f"  503 responses: {len(s503)}, without Retry-After: {len(no_retry)}"
          + (f" (Retry-After: {', '.join(retry_values)})" if retry_values else ""))
    print(f"  acknowledged writes found again: {len(acked) - len(missing)} of {len(acked)} through the API, "
          f"{len(acked) - len(missing_db)} of {len(acked)} in the database")
    print(f"  lost writes: {len(set(missing) | set(missing_db))}")
    print(f"  writes stored although not acknowledged (client saw an error; not a loss): {len(unacked_stored)}")

    if missing or missing_db:
        problems.append(f"{len(set(missing) | set(missing_db))} acknowledged writes are missing: "
                        + "; ".join((missing + missing_db)[:5]))
    if bad5xx:
        counts = {}
        for r in bad5xx:
            counts[r["status"]] = counts.get(r["status"], 0) + 1
        problems.append("5xx other than 503: " + ", ".join(f"{k}×{v}" for k, v in sorted(counts.items())))
    if no_retry:
        problems.append(f"{len(no_retry)} responses 503 without Retry-After")
    if noanswer:
        problems.append(f"{len(noanswer)} requests got no answer within {TIMEOUT:.0f} s "
                        f"(first: {noanswer[0]['error']})")
    if other4xx:
        problems.append(f"{len(other4xx)} unexpected 4xx (first: {other4xx[0]['status']} {other4xx[0]['key']})")
    if slow:
        problems.append(f"{len(slow)} requests took longer than {limit:.0f} ms while PostgreSQL was down "
                        f"(max {max(slow)} ms)")
    if not any(r["status"] == 503 for r in outage):
        problems.append("no request was answered 503 while PostgreSQL was down")
    print()
    if problems:
        print("FAILED:")
        for p in problems:
            print("  - " + p)
        return 1
    print("PASSED: fail-fast 503 + Retry-After while PostgreSQL was down, readiness DOWN then UP, "
          "recovery without restart, no acknowledged write lost")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["run", "report"])
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--run-id", default="x")
    ap.add_argument("--writers", type=int, default=4)
    ap.add_argument("--pace-ms", type=int, default=20)
    args = ap.parse_args()
    if args.command == "run":
        run(args)
        return 0
    return report(args)


if __name__ == "__main__":
    sys.exit(main())
