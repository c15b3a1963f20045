#!/usr/bin/env bash
# Every shell example of the README and docs/*.md, run as printed against the packaged jar.
#
#   scripts/docs-test.sh
#
# Each ```sh block of README.md and docs/*.md is run by bash (errexit, pipefail) against the
# jar started on a private port with a fresh database and the seeds loaded, with
# `localhost:8080` pointed at that port and tokens from scripts/dev-token.sh. A block fails
# when it exits non-zero, prints nothing, or prints a problem+json error (a "status" of 4xx or
# 5xx). Blocks that cannot run here (they start the service or the test suite, need Docker or
# a cluster) carry the line `<!-- docs-test: skip NAME: why -->` just before them; the run lists
# each one it skipped, and a marker that names no block fails the run.
#
# Settings (environment): DOCS_TEST_PORT (8099) first port tried, DOCS_TEST_DB
# (industry_plans_docs) the database dropped and created for the run. Logs: target/docs-test/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

OUT=target/docs-test
JAR="${DOCS_TEST_JAR:-target/quarkus-app/quarkus-run.jar}"
DB="${DOCS_TEST_DB:-industry_plans_docs}"

. scripts/lib/ports.sh
. scripts/lib/ready.sh
PORT=$(first_free_port "${DOCS_TEST_PORT:-8099}")

INDUSTRYPLANS_EXTRA_DATABASES="$DB" scripts/prepare-postgres.sh >/dev/null
psql -h 127.0.0.1 -U postgres -qtA -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER industry_plans"
scripts/dev-token.sh --init
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
rm -rf "$OUT" && mkdir -p "$OUT/blocks" "$OUT/work"

# The blocks, one file each, named after their file and line; skip markers apply to the next block.
python3 - "$OUT/blocks" README.md docs/*.md <<'PY'
import pathlib, re, sys
out = pathlib.Path(sys.argv[1])
marker = re.compile(r'<!--\s*docs-test:\s*skip\s+([\w.-]+)\s*:\s*(.+?)\s*-->')
for name in sys.argv[2:]:
    lines = pathlib.Path(name).read_text(encoding='utf-8').splitlines()
    pending, block, start = None, None, 0
    for n, line in enumerate(lines, 1):
        if block is not None:
            if line.startswith('```'):
                tag = name.replace('/', '_') + '-' + str(start)
                if pending:
                    (out / (tag + '.skip')).write_text(pending[0] + ': ' + pending[1] + '\n', encoding='utf-8')
                    pending = None
                else:
                    (out / (tag + '.sh')).write_text('\n'.join(block) + '\n', encoding='utf-8')
                block = None
            else:
                block.append(line)
            continue
        m = marker.search(line)
        if m:
            if pending:
                sys.exit(f'{name}:{n}: skip marker {pending[0]} is not followed by a sh block')
            pending = (m.group(1), m.group(2))
        elif re.match(r'```(sh|bash)\s*$', line):
            block, start = [], n
        elif line.startswith('```') and pending:
            sys.exit(f'{name}:{n}: skip marker {pending[0]} is followed by a block that is not sh')
    if pending:
        sys.exit(f'{name}: skip marker {pending[0]} names no block')
PY

started=$(date +%s)
# Longer waits than in production (a connection, the seed-loading transaction): on a busy CI
# machine the first start may take more than the service allows itself.
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_HTTP_PORT="$PORT" \
  QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=30S QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=600S \
  java -jar "$JAR" >"$OUT/jar.log" 2>&1 &
JAVA_PID=$!
cleanup() { kill "$JAVA_PID" 2>/dev/null; wait "$JAVA_PID" 2>/dev/null || true; }
trap cleanup EXIT
wait_ready "http://127.0.0.1:$PORT" "$JAVA_PID" "$OUT/jar.log" || exit 1

# A work directory that sees the repository's scripts and development keys, so examples that
# write files (values.csv) leave the checkout alone.
ln -s "$ROOT/scripts" "$OUT/work/scripts"
ln -s "$ROOT/.dev-keys" "$OUT/work/.dev-keys"

failed=0 ran=0
for f in "$OUT"/blocks/*.skip; do
  [ -e "$f" ] || continue
  echo "SKIP $(basename "$f" .skip) — $(cat "$f")"
done
for f in "$OUT"/blocks/*.sh; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .sh)
  ran=$((ran + 1))
  sed "s/localhost:8080/localhost:$PORT/g" "$f" > "$OUT/$name.run"
  if (cd "$OUT/work" && bash -e -o pipefail "$ROOT/$OUT/$name.run") >"$OUT/$name.out" 2>"$OUT/$name.err"; then
    if [ ! -s "$OUT/$name.out" ]; then
      echo "FAIL $name: printed nothing"; failed=$((failed + 1))
    elif grep -Eq '"status" *: *[45][0-9][0-9]' "$OUT/$name.out"; then
      echo "FAIL $name: answered an error: $(head -c 300 "$OUT/$name.out")"; failed=$((failed + 1))
    else
      echo "ok   $name ($(wc -c <"$OUT/$name.out") bytes)"
    fi
  else
    echo "FAIL $name: exit status $? — $(tail -n 3 "$OUT/$name.err" | tr '\n' ' ')"; failed=$((failed + 1))
  fi
done
echo "docs test: $ran examples run, $failed failed, $(( $(date +%s) - started )) s with the jar up"
[ "$ran" -gt 0 ] && [ "$failed" -eq 0 ]
