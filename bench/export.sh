#!/usr/bin/env bash
# List exports at province scale: downloads the problems list (about 1.1 million rows from bench/province.sh) and the
# village list (70,000) as CSV and as XLSX, signed in as the administrator "bench" (who sees the whole province), with
# the app limited to a 256 MB heap. Prints per download: rows, seconds, rows/s, time to first byte, and the heap the
# garbage collector found in use during the download (the largest figure before and after a collection, from the GC
# log). Then it aborts a problems download after 2 s (as a user closing the tab) and checks that the database is
# running no export query 3 s later, and that the app logged no error for it.
# Starts the jar on PORT (18091) against the database bench_exports (DB=; a copy of bench/province.sh's, e.g.
# `createdb -h 127.0.0.1 -U postgres -T bench_province bench_exports`); never postgres or test.
# Needs the jar (./mvnw -DskipTests package), PostgreSQL on 127.0.0.1:5432 (user postgres), curl and python3.
#   bash bench/export.sh
#   DB=bench_lists PORT=8081 bash bench/export.sh
#   DOWNLOADS="/villages?format=csv /villages?format=csv" bash bench/export.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-bench_exports}
SCHEMA=cunwu
PORT=${PORT:-18091}
HEAP=${HEAP:-256m}
# the downloads, in this order (a path again times it with the code warm)
DOWNLOADS=${DOWNLOADS:-"/problems?format=csv /problems?format=xlsx /villages?format=csv /villages?format=xlsx"}
JAR=${JAR:-$(ls target/cunwu-*.jar | head -n 1)}
LOG=target/bench-export-app-$PORT.log
GCLOG=target/bench-export-gc-$PORT.log
QUERY="psql -X -h 127.0.0.1 -U postgres -d $DB -tA"
TARGET="http://127.0.0.1:$PORT"
APP=
PAGE=$(mktemp)
FILE=$(mktemp)
case "$DB" in postgres|test) echo "refusing to run against the database $DB" >&2; exit 1 ;; esac
source bench/common.sh   # stop PID, sign_in TARGET
cleanup() {
  if [ -n "$APP" ]; then stop "$APP"; fi
  rm -f "$PAGE" "$FILE"
}
trap cleanup EXIT

PROBLEMS=$($QUERY -c "select count(*) from $SCHEMA.problem" 2>/dev/null || echo 0)
VILLAGES=$($QUERY -c "select count(*) from $SCHEMA.village" 2>/dev/null || echo 0)
[ "${PROBLEMS:-0}" != 0 ] || { echo "no problems in $DB: copy bench/province.sh's database first" >&2; exit 1; }

CUNWU_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=$SCHEMA&ApplicationName=cunwu-bench-export" CUNWU_DB_SCHEMA=$SCHEMA \
  java -Xmx"$HEAP" -Xlog:gc:file="$GCLOG" -jar "$JAR" --server.port="$PORT" --logging.level.root=WARN > "$LOG" 2>&1 &
APP=$!
for _ in $(seq 1 300); do curl -sf "$TARGET/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$TARGET/actuator/health" >/dev/null || { echo "the app did not start, see $LOG" >&2; exit 1; }

SESSION=$(sign_in "$TARGET")

# data rows of a download: CSV records after the header; XLSX rows of every sheet after each sheet's header
rows() {
  python3 - "$1" "$2" <<'EOF'
import csv, io, re, sys, zipfile
path, kind = sys.argv[1], sys.argv[2]
if kind == 'csv':
    with open(path, encoding='utf-8-sig', newline='') as f:
        print(sum(1 for _ in csv.reader(f)) - 1)
else:
    total = 0
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r'xl/worksheets/sheet\d+\.xml$', name):
                with z.open(name) as sheet:
                    text = io.TextIOWrapper(sheet, encoding='utf-8')
                    total += sum(line.count('<row ') for line in text) - 1
    print(total)
EOF
}
# the largest heap in use before and after a collection in the GC log lines after line $1 ("150M->40M(256M)")
heap() {
  tail -n +"$(( $1 + 1 ))" "$GCLOG" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' |
    awk -F'[M>(-]+' '{ if ($1 > b) b = $1; if ($2 > a) a = $2; if ($3 > c) c = $3 } END { printf "%d MB / %d MB (of %d MB)", b, a, c }'
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $DB: $VILLAGES villages, $PROBLEMS problems; java -Xmx$HEAP; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-22s %9s %8s %9s %8s %9s  %s\n" download rows seconds rows/s "1st byte" MB "heap in use before / after GC"
for path in $DOWNLOADS; do
  kind=${path##*=}
  mark=$(wc -l < "$GCLOG")
  out=$(curl -s -o "$FILE" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' -H "Cookie: SESSION=$SESSION" "$TARGET$path")
  read -r code first total size <<< "$out"
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
  n=$(rows "$FILE" "$kind")
  awk -v p="$path" -v n="$n" -v t="$total" -v f="$first" -v s="$size" -v h="$(heap "$mark")" \
    'BEGIN { printf "%-22s %9d %8.1f %9.0f %6.2f s %9.1f  %s\n", p, n, t, n / t, f, s / 1048576, h }'
done

# for scale on a busy machine: the database alone reading the same rows (COPY to nowhere), as the export reads them
# (only the columns written) and as it read them before (every column of the problem, its village, town and category)
copy_rate() {
  local start
  start=$(date +%s.%N)
  $QUERY -c "copy ($2) to stdout" > /dev/null
  awk -v s="$start" -v e="$(date +%s.%N)" -v n="$PROBLEMS" -v what="$1" \
    'BEGIN { printf "%-22s %9d %8.1f %9.0f   (the database alone: psql COPY of %s)\n", "problems, SQL only", n, e - s, n / (e - s), what }'
}
copy_rate "the export's query" "select v.name, p.title, p.source, c.name_zh, c.name_en, p.petition, p.reported_on, p.status,
  p.resolved_on, p.resolution_note from $SCHEMA.problem p left join $SCHEMA.village v on v.id = p.village_id
  left join $SCHEMA.problem_category c on c.id = p.category_id order by p.reported_on desc, p.id desc"
copy_rate "whole rows, as before" "select p.*, v.*, t.*, c.* from $SCHEMA.problem p left join $SCHEMA.village v on v.id = p.village_id
  left join $SCHEMA.town t on t.id = v.town_id left join $SCHEMA.problem_category c on c.id = p.category_id
  order by p.reported_on desc, p.id desc"

# a user who closes the tab: the download is cut after 2 s; 3 s later no backend may still run (or hold open) the query
LINES=$(wc -l < "$LOG")
curl -s -o /dev/null --max-time 2 -H "Cookie: SESSION=$SESSION" "$TARGET/problems?format=csv" || true
sleep 3
BUSY=$($QUERY -c "select count(*) from pg_stat_activity where application_name = 'cunwu-bench-export'
  and state <> 'idle' and query ilike '%from problem%'")
ERRORS=$(tail -n +"$(( LINES + 1 ))" "$LOG" | grep -c -E ' ERROR |Exception|^\s+at ' || true)
echo "aborted download (curl --max-time 2): $BUSY backends still running or holding the export query 3 s later; $ERRORS errors or exceptions in the app's log"
[ "$BUSY" = 0 ] && [ "$ERRORS" = 0 ] || { echo "the aborted export did not stop cleanly, see $LOG" >&2; exit 1; }
