#!/usr/bin/env bash
# Every list and a record of each kind at province scale, one user at a time: each page's bytes and its slowest and
# median time of RUNS requests (after one unmeasured request), signed in as the district's `bench` user. It finds the
# pages that read or draw the whole province (a count of every household, a campaign's 70,000 villages, an unpaged
# list of 1,800 towns) before a load test would: see docs/benchmark.md "Every page at province scale".
#
#   DB=bench_pages PORT=8083 bash bench/pages.sh      (a copy of bench_province: createdb -T bench_province bench_pages)
#   TARGET=http://127.0.0.1:8080 bash bench/pages.sh  (an app already running on a province)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-bench_pages}
SCHEMA=cunwu
PORT=${PORT:-8083}
RUNS=${RUNS:-3}
SLOW_MS=${SLOW_MS:-1000}
JAR=${JAR:-$(ls target/cunwu-*.jar | head -n 1)}
LOG=target/bench-pages-app-$PORT.log
QUERY="psql -X -h 127.0.0.1 -U postgres -d $DB -tA"
APP=
PAGE=$(mktemp)
source bench/common.sh   # stop PID, sign_in TARGET, province_app
cleanup() {
  if [ -n "$APP" ]; then stop "$APP"; fi
  rm -f "$PAGE"
}
trap cleanup EXIT

province_app

SESSION=$(sign_in "$TARGET")

one() { $QUERY -c "select id from $SCHEMA.$1 order by id offset ${2:-0} limit 1"; }
PAGES=(
  / /villages /towns /clusters /zones /projects /campaigns /campaigns/tasks /representatives /receptions /visits
  /problems /commitments /cadres /cadres/cohorts /talent/pool /talent/partners /ledgers /evaluations /inbox
  "/search?q=%E7%8E%8B" "/search?q=%E7%8E%8B%E5%BA%84"
  "/villages/$(one village 100)" "/towns/$(one town 17)" "/projects/$(one project 1000)"
  "/representatives/$(one representative 1000)" "/problems/$(one problem 500)" "/cadres/$(one person 500)"
  "/campaigns/$(one campaign)"
)

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $TARGET, $VILLAGES villages, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-40s %6s %10s %9s %9s\n" page status bytes median slowest
for path in "${PAGES[@]}"; do
  curl -s -o /dev/null -H "Cookie: SESSION=$SESSION" "$TARGET$path"
  times=()
  for _ in $(seq 1 "$RUNS"); do
    read -r code bytes seconds < <(curl -s -o "$PAGE" -w '%{http_code} %{size_download} %{time_total}\n' \
      -H "Cookie: SESSION=$SESSION" "$TARGET$path")
    times+=("$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }')")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(sed -n "$(( (RUNS + 1) / 2 ))p" <<< "$sorted")
  slowest=$(tail -n 1 <<< "$sorted")
  mark=""; [ "$median" -lt "$SLOW_MS" ] || mark="  <- over ${SLOW_MS} ms"
  printf "%-40s %6s %10s %6s ms %6s ms%s\n" "$path" "$code" "$bytes" "$median" "$slowest" "$mark"
done
