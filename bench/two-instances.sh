#!/usr/bin/env bash
# Two instances of the portal on one database behind HAProxy: starts the jar twice (PORT_A=8081, PORT_B=8082, both
# -Xmx512m, database bench_lists as bench/load.sh uses it) and HAProxy on BALANCER_PORT (8090, round robin, health
# checked on /actuator/health); shows that a session signed in on one instance is signed in on the other (sessions
# live in PostgreSQL); then runs bench/load.sh against one instance and through the balancer, and prints each page's
# req/s both ways and their ratio. Installs HAProxy (Debian) when missing.
#   bash bench/two-instances.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-bench_lists}
SCHEMA=cunwu
PORT_A=${PORT_A:-8081}
PORT_B=${PORT_B:-8082}
BALANCER_PORT=${BALANCER_PORT:-8090}
JAR=${JAR:-$(ls target/cunwu-*.jar | head -n 1)}
WORK=$(mktemp -d)
PIDS=()
source bench/common.sh   # stop PID
cleanup() {
  for pid in "${PIDS[@]}"; do stop "$pid"; done
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v haproxy >/dev/null || { apt-get install -y haproxy >/dev/null || { apt-get update >/dev/null && apt-get install -y haproxy >/dev/null; }; }
[ "$(psql -X -h 127.0.0.1 -U postgres -d "$DB" -tAc "select count(*) from $SCHEMA.village" 2>/dev/null || echo 0)" != 0 ] \
  || PORT=$PORT_A bash bench/province.sh

for port in "$PORT_A" "$PORT_B"; do
  CUNWU_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=$SCHEMA" CUNWU_DB_SCHEMA=$SCHEMA \
    java -Xmx512m -jar "$JAR" --server.port="$port" --logging.level.root=WARN > "target/bench-two-$port.log" 2>&1 &
  PIDS+=($!)
  # one after the other: Flyway's lock would make the second wait anyway
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "instance on $port did not start" >&2; exit 1; }
done

cat > "$WORK/haproxy.cfg" <<CFG
global
  maxconn 1024
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend portal
  bind 127.0.0.1:$BALANCER_PORT
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /actuator/health
  http-check expect status 200
  server a 127.0.0.1:$PORT_A check inter 2s
  server b 127.0.0.1:$PORT_B check inter 2s
CFG
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$BALANCER_PORT/actuator/health" >/dev/null && break; sleep 1; done

# signed in on A, then the same cookie on B
COOKIES=$WORK/cookies
curl -s -c "$COOKIES" -b "$COOKIES" "http://127.0.0.1:$PORT_A/login" -o "$WORK/login.html"
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "username=bench" --data-urlencode "password=bench-password" \
  --data-urlencode "_csrf=$CSRF" "http://127.0.0.1:$PORT_A/login"
for port in "$PORT_A" "$PORT_B" "$BALANCER_PORT" "$BALANCER_PORT"; do
  code=$(curl -s -b "$COOKIES" -o "$WORK/page.html" -w '%{http_code}' "http://127.0.0.1:$port/cadres")
  if [ "$code" = 200 ] && grep -q 'bench' "$WORK/page.html" && ! grep -q 'name="password"' "$WORK/page.html"; then
    echo "signed in on :$PORT_A, /cadres on :$port answers $code signed in as bench"
  else
    echo "signed in on :$PORT_A, but /cadres on :$port answers $code without the session" >&2; exit 1
  fi
done

echo
echo "== one instance (:$PORT_A) =="
RESULTS=$WORK/one.tsv TARGET="http://127.0.0.1:$PORT_A" bash bench/load.sh
echo
echo "== two instances through HAProxy (:$BALANCER_PORT) =="
RESULTS=$WORK/two.tsv TARGET="http://127.0.0.1:$BALANCER_PORT" bash bench/load.sh
echo
echo "== two instances ÷ one (req/s) =="
paste "$WORK/one.tsv" "$WORK/two.tsv" | awk -F '\t' '{ printf "%-34s %9.1f %9.1f %7.2f\n", $1, $2, $6, $6 / $2 }'
