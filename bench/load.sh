#!/usr/bin/env bash
# Load benchmark of the list pages at province scale: wrk with 32 connections for 10 s per page (after a warm-up),
# signed in, reporting req/s, p50 and p99 per page and each page's throughput as a ratio to /login's in the same run
# (ratios survive a noisy machine; absolute numbers do not).
# Starts the jar (-Xmx512m) on PORT (8081) against the database bench_lists (DB=; built by bench/province.sh when it
# holds no villages yet, with SCALE= and VOLUME=). With TARGET=http://host:port it starts nothing and measures that
# address (bench/two-instances.sh measures through the balancer this way).
# Needs the jar (./mvnw -DskipTests package), PostgreSQL on 127.0.0.1:5432, curl and wrk (installed when missing).
#   bash bench/load.sh
#   DURATION=20s CONNECTIONS=64 bash bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-bench_lists}
SCHEMA=cunwu
PORT=${PORT:-8081}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-10s}
# The JIT compiler keeps a core busy for minutes after start (measured: a fifth of the app's CPU after 3 s a page), so
# every page is warmed up several rounds before anything is measured: the figures are the steady state's.
WARMUP=${WARMUP:-5s}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-4}
JAR=${JAR:-$(ls target/cunwu-*.jar | head -n 1)}
LOG=target/bench-load-app-$PORT.log
QUERY="psql -X -h 127.0.0.1 -U postgres -d $DB -tA"
APP=
PAGE=$(mktemp)
source bench/common.sh   # stop PID, sign_in TARGET, province_app
cleanup() {
  if [ -n "$APP" ]; then stop "$APP"; fi
  rm -f "$PAGE"
}
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }

province_app

SESSION=$(sign_in "$TARGET")

TOWN=$($QUERY -c "select id from $SCHEMA.town order by code offset 17 limit 1")
VILLAGE=$($QUERY -c "select id from $SCHEMA.village where rectification order by code offset 100 limit 1")
PAGES=(
  "/login"
  "/villages"
  "/villages?q=%E7%8E%8B%E5%BA%84"
  "/villages?townId=$TOWN"
  "/villages?page=1000"
  "/villages?sort=population,desc"
  "/villages/$VILLAGE"
  "/problems"
  "/commitments"
  "/cadres"
  "/login"
)
LABELS=("/login" "/villages" "/villages?q=王庄" "/villages?townId= (a town)" "/villages?page=1000" "/villages?sort=population,desc"
        "/villages/{id} (dossier)" "/problems" "/commitments" "/cadres" "/login (again, for drift)")

# every page must answer 200 signed in (not the login page) before it is measured
for path in "${PAGES[@]}"; do
  [ "$path" != /login ] || continue
  code=$(curl -s -o "$PAGE" -w '%{http_code}' -H "Cookie: SESSION=$SESSION" "$TARGET$path")
  if [ "$code" != 200 ] || grep -q 'name="password"' "$PAGE"; then echo "$path answered $code or asked to sign in" >&2; exit 1; fi
done
PROBLEMS=$($QUERY -c "select count(*) from $SCHEMA.problem")
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $TARGET, $VILLAGES villages, $PROBLEMS problems, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION per page after $WARMUP_ROUNDS rounds of a $WARMUP warm-up of every page"

for _ in $(seq 1 "$WARMUP_ROUNDS"); do
  for path in "${PAGES[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: SESSION=$SESSION" "$TARGET$path" >/dev/null
  done
done

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.0f", n }'; }
printf "%-34s %9s %9s %9s %9s %s\n" page req/s p50 p99 "÷login" errors
LOGIN_RPS=
for i in "${!PAGES[@]}"; do
  path=${PAGES[$i]}
  cookie="Cookie: SESSION=$SESSION"
  [ "$path" = /login ] && cookie="X-Signed-In: no"   # the login page as a stranger sees it
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -H "$cookie" "$TARGET$path")
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<< "$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<< "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")")
  errors=$(awk '/Non-2xx|Socket errors/ { $1 = $1; printf "%s; ", $0 }' <<< "$out")
  [ -n "$LOGIN_RPS" ] || LOGIN_RPS=$rps
  [ "${LOGIN_RPS:-0}" != 0.00 ] || LOGIN_RPS=1
  awk -v l="${LABELS[$i]}" -v r="$rps" -v a="$p50" -v b="$p99" -v base="$LOGIN_RPS" -v e="$errors" \
    'BEGIN { printf "%-34s %9.1f %6d ms %6d ms %8.0f%% %s\n", l, r, a, b, 100 * r / base, e }'
  [ -z "${RESULTS:-}" ] || printf '%s\t%s\t%s\t%s\n' "${LABELS[$i]}" "$rps" "$p50" "$p99" >> "$RESULTS"
done
