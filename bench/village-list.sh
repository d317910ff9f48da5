#!/usr/bin/env bash
# Benchmark of /villages at province scale: 70,000 villages in 400 towns, in a schema of its own
# (cunwu_bench in the database postgres), never the portal's. Needs the jar (./mvnw -DskipTests package),
# PostgreSQL on 127.0.0.1:5432 and curl (no other tools). Prints the median and worst of 15 timed requests per page.
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMA=cunwu_bench
PORT=${PORT:-18080}
RUNS=${RUNS:-15}
PSQL="psql -X -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -o /dev/null"
JAR=$(ls target/cunwu-*.jar | head -n 1)

$PSQL -c "drop schema if exists $SCHEMA cascade"
CUNWU_DB_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" CUNWU_DB_SCHEMA=$SCHEMA \
CUNWU_ADMIN_USERNAME=bench CUNWU_ADMIN_PASSWORD=bench-password \
  java -Xmx512m -jar "$JAR" --server.port=$PORT --logging.level.root=WARN > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done

echo "Generating 70,000 villages ..."
$PSQL <<SQL
set search_path = $SCHEMA;
insert into district (name, code) values ('基准区', '990000');
insert into town (name, kind, code, district_id)
  select '基准镇' || g, 'TOWN', lpad((990000000 + g)::text, 9, '0') || '000', (select id from district where code = '990000')
  from generate_series(1, 400) g;
insert into village (name, kind, code, town_id, population, households, farmland_mu, collective_income, rectification, demonstration)
  select (array['前','后','东','西','南','北','大','小'])[1 + g % 8] || (array['王','李','张','刘','陈','杨','赵','黄'])[1 + (g / 8) % 8]
           || (array['庄','屯','村','埠','湖','岭'])[1 + (g / 64) % 6] || g || (case when g % 5 = 0 then '社区' else '村' end),
         case when g % 5 = 0 then 'COMMUNITY' else 'VILLAGE' end,
         lpad((990000000 + 1 + g % 400)::text, 9, '0') || lpad((g / 400)::text, 3, '0'),
         (select min(id) from town) + g % 400, 500 + (g * 37) % 5000, 150 + (g * 11) % 1500,
         (g * 13) % 3000, (g * 7919) % 2000000, g % 37 = 0, g % 53 = 0
  from generate_series(1, 70000) g;
analyze;
SQL

COOKIES=$(mktemp)
curl -s -c "$COOKIES" -b "$COOKIES" "http://127.0.0.1:$PORT/login" -o /tmp/bench-login.html
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/bench-login.html | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "username=bench" --data-urlencode "password=bench-password" \
  --data-urlencode "_csrf=$CSRF" "http://127.0.0.1:$PORT/login"

# the figures mean nothing unless the session is signed in and the page lists villages
# (read the whole page first: grep -q stops at the first match, and with pipefail curl's broken pipe would fail the check)
LIST=$(curl -s -b "$COOKIES" "http://127.0.0.1:$PORT/villages")
grep -q '70,000' <<< "$LIST" || { echo "not signed in, or the list is wrong" >&2; exit 1; }

measure() {
  local label=$1 path=$2
  curl -s -o /dev/null -b "$COOKIES" "http://127.0.0.1:$PORT$path"   # warm-up
  local times
  times=$(for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -b "$COOKIES" -w '%{time_total}\n' "http://127.0.0.1:$PORT$path"; done | sort -n)
  local median worst
  median=$(echo "$times" | sed -n "$(( (RUNS + 1) / 2 ))p")
  worst=$(echo "$times" | tail -n 1)
  awk -v l="$label" -v m="$median" -v w="$worst" 'BEGIN { printf "%-44s median %6.0f ms   worst %6.0f ms\n", l, m * 1000, w * 1000 }' 
}

echo "Timing (${RUNS} requests each, after one warm-up):"
measure "list, first page (default sort)" "/villages"
measure "list, page 1000" "/villages?page=1000"
measure "search q=王庄 (substring)" "/villages?q=%E7%8E%8B%E5%BA%84"
measure "filter town + kind" "/villages?townId=$(psql -X -h 127.0.0.1 -U postgres -d postgres -tAc "select min(id) + 17 from $SCHEMA.town")&kind=COMMUNITY"
measure "filter rectification, sort income desc" "/villages?rectification=true&sort=collectiveIncome,desc"
measure "sort population desc" "/villages?sort=population,desc"
measure "sort town name" "/villages?sort=town,asc"
RUNS=3 measure "export all 70,000 as csv" "/villages?format=csv"
RUNS=3 measure "export all 70,000 as xlsx" "/villages?format=xlsx"
$PSQL -c "drop schema if exists $SCHEMA cascade"
