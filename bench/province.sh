#!/usr/bin/env bash
# A province-sized data set for the load benchmarks: SCALE=140 gives 70,000 villages in about 1,800 towns (39 a town)
# and, at VOLUME=100, about 30 million records over 2022–2024 (per village what bench/reports.sh's district has:
# 8 cadres, 4 projects, 12 representatives with 36 households, 100 commitments, 80 receptions, 160 problems …).
# VOLUME (percent) scales only the commitments, receptions and problems, for a machine where the full volume takes
# too long. Built with set-based SQL (bench/province.sql) in the schema cunwu of the database bench_lists (DB=),
# which is dropped and migrated again by the jar first: never the portal's own database.
# Needs the jar (./mvnw -DskipTests package), PostgreSQL on 127.0.0.1:5432 (user postgres) and curl.
#   SCALE=140 VOLUME=10 bash bench/province.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-140}
VOLUME=${VOLUME:-100}
DB=${DB:-bench_lists}
SCHEMA=cunwu
PORT=${PORT:-8081}
VILLAGES=$(( SCALE * 500 ))
TOWNS=$(( (VILLAGES + 38) / 39 ))
PSQL="env PGOPTIONS=-cclient_min_messages=warning psql -X -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
JAR=$(ls target/cunwu-*.jar | head -n 1)
LOG=target/bench-province-app.log
APP=
source bench/common.sh   # stop PID
cleanup() { if [ -n "$APP" ]; then stop "$APP"; fi; }
trap cleanup EXIT

case "$DB" in postgres|test) echo "refusing to generate into the database $DB" >&2; exit 1 ;; esac
$PSQL -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1 || $PSQL -d postgres -c "create database $DB"
$PSQL -d "$DB" -c "drop schema if exists $SCHEMA cascade"

# the jar's own migrations make the schema (and the account bench/bench-password, an administrator)
CUNWU_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=$SCHEMA" CUNWU_DB_SCHEMA=$SCHEMA \
CUNWU_ADMIN_USERNAME=bench CUNWU_ADMIN_PASSWORD=bench-password \
  java -Xmx512m -jar "$JAR" --server.port="$PORT" --logging.level.root=WARN > "$LOG" 2>&1 &
APP=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "the application did not start, see $LOG" >&2; exit 1; }
# health answers once the web server is up, before the start-up runners: wait for the administrator they create
for _ in $(seq 1 120); do [ "$($PSQL -d "$DB" -tAc "select count(*) from $SCHEMA.app_user")" != 0 ] && break; sleep 1; done
[ "$($PSQL -d "$DB" -tAc "select count(*) from $SCHEMA.app_user")" != 0 ] || { echo "no account was created, see $LOG" >&2; exit 1; }
stop "$APP"; APP=

echo "Generating $VILLAGES villages in $TOWNS towns, record volume $VOLUME % ..."
START=$(date +%s)
$PSQL -d "$DB" -o /dev/null -v villages="$VILLAGES" -v towns="$TOWNS" -v volume="$VOLUME" \
  -c "set search_path = $SCHEMA, public" -f bench/province.sql
echo "Generation took $(( $(date +%s) - START )) s"

$PSQL -d "$DB" -tA -F ' ' <<SQL | awk '{ printf "  %-28s %10d\n", $1, $2; total += $2 } END { printf "  %-28s %10d\n", "total", total }'
select relname, n_live_tup from pg_stat_user_tables
where schemaname = '$SCHEMA' and n_live_tup > 0 and relname not like 'flyway%' and relname not like 'spring_session%'
order by n_live_tup desc
SQL
