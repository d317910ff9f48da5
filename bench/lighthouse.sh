#!/usr/bin/env bash
# Lighthouse (mobile preset: a mid-range phone on a slow 4G network, simulated) on the pages a village secretary opens
# on a phone, signed in as sec-chudun1 on the demo district: the home page, the reception form, the problems list and
# the village's notice board. Each page is measured twice in the same browser: a first visit (Lighthouse clears the
# cache) and a repeat visit (cache kept), printing the performance score, first contentful paint and bytes transferred.
# Starts the jar with the demo profile on port 18082 (PORT=) in a schema of its own (cunwu_bench_lighthouse in the
# database postgres; the portal's cunwu is never touched), stopped and dropped at the end.
# Needs the jar (./mvnw -DskipTests package), PostgreSQL on 127.0.0.1:5432, curl, Node 20 with npm; installs Debian's
# chromium when missing and lighthouse@12.2.3 into bench/.lighthouse (git-ignored). JSON reports stay in
# target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMA=cunwu_bench_lighthouse
PORT=${PORT:-18082}
DEBUG_PORT=${DEBUG_PORT:-19222}
BASE="http://127.0.0.1:$PORT"
PSQL="env PGOPTIONS=-cclient_min_messages=warning psql -X -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -o /dev/null"
QUERY="psql -X -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -tA"
JAR=$(ls target/cunwu-*.jar | head -n 1)
LOG=target/bench-lighthouse-app.log
OUT=target/lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
APP=
CHROME=
PROFILE=$(mktemp -d)
COOKIES=$(mktemp)

cleanup() {
  if [ -n "$CHROME" ]; then kill "$CHROME" 2>/dev/null || true; wait "$CHROME" 2>/dev/null || true; fi
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  $PSQL -c "drop schema if exists $SCHEMA cascade" || true
  rm -rf "$PROFILE" "$COOKIES"
}
trap cleanup EXIT

if [ ! -x "$CHROME_PATH" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
if [ ! -x bench/.lighthouse/node_modules/.bin/lighthouse ]; then
  mkdir -p bench/.lighthouse
  (cd bench/.lighthouse && [ -f package.json ] || echo '{"private": true}' > package.json)
  (cd bench/.lighthouse && npm i -E --no-audit --no-fund --loglevel=error lighthouse@12.2.3)
fi
LIGHTHOUSE=bench/.lighthouse/node_modules/.bin/lighthouse
mkdir -p "$OUT"

$PSQL -c "drop schema if exists $SCHEMA cascade"
# The availability log line says when the application runners (the demo loader) are done.
CUNWU_DB_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" CUNWU_DB_SCHEMA=$SCHEMA \
  java -Xmx512m -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --logging.level.root=WARN \
    --logging.level.org.springframework.boot.availability.ApplicationAvailabilityBean=DEBUG > "$LOG" 2>&1 &
APP=$!
STARTED=$(date +%s)
until grep -q 'ReadinessState changed to ACCEPTING_TRAFFIC' "$LOG"; do
  kill -0 "$APP" 2>/dev/null || { echo "the application stopped, see $LOG" >&2; exit 1; }
  [ $(( $(date +%s) - STARTED )) -lt 300 ] || { echo "the application is not ready after 300 s, see $LOG" >&2; exit 1; }
  sleep 1
done

curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" -o "$OUT/login.html"
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' "$OUT/login.html" | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "username=sec-chudun1" --data-urlencode "password=demo-password" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$COOKIES")
HOME_PAGE=$(curl -s -b "$COOKIES" "$BASE/")
grep -q '褚墩一村书记' <<< "$HOME_PAGE" || { echo "not signed in as sec-chudun1" >&2; exit 1; }
VILLAGE=$($QUERY -c "select id from $SCHEMA.village where name = '褚墩一村'")
HEADERS="{\"Cookie\": \"SESSION=$SESSION\"}"

# one browser for all runs, so the repeat visit finds what the first visit cached
"$CHROME_PATH" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-sync \
  --disable-background-networking --disable-component-update --user-data-dir="$PROFILE" \
  --remote-debugging-port="$DEBUG_PORT" about:blank > "$OUT/chromium.log" 2>&1 &
CHROME=$!
for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$DEBUG_PORT/json/version" >/dev/null && break; sleep 1; done

run() {
  local name=$1 visit=$2 path=$3 reset=
  [ "$visit" = repeat ] && reset=--disable-storage-reset
  "$LIGHTHOUSE" "$BASE$path" --port="$DEBUG_PORT" --only-categories=performance --form-factor=mobile $reset \
    --extra-headers="$HEADERS" --output=json --output-path="$OUT/$name-$visit.json" --quiet
  node -e '
    const r = require(process.argv[1]);
    const a = r.audits;
    const kb = a["total-byte-weight"].numericValue / 1024;
    const fcp = a["first-contentful-paint"].numericValue / 1000;
    const requests = a["network-requests"].details.items.filter(i => i.transferSize > 0).length;
    console.log(`${process.argv[2].padEnd(34)} ${process.argv[3].padEnd(6)}  score ${r.categories.performance.score.toFixed(2)}` +
      `   FCP ${fcp.toFixed(1)} s   LCP ${(a["largest-contentful-paint"].numericValue / 1000).toFixed(1)} s` +
      `   ${kb.toFixed(1)} KiB in ${requests} requests` + (r.finalDisplayedUrl.endsWith("/login") ? "   (SIGNED OUT!)" : ""));
  ' "$PWD/$OUT/$name-$visit.json" "$path" "$visit"
}

echo "Lighthouse 12.2.3, mobile preset, signed in as sec-chudun1 (demo district)"
for page in "home /" "reception-form /receptions/new" "problems /problems" "notice-board /villages/$VILLAGE/notice-board"; do
  set -- $page
  run "$1" first "$2"
  run "$1" repeat "$2"
done
