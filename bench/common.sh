# Shared by the bench scripts (sourced after they cd to the project's root).

# stops a process the script started: politely, then (a JVM still busy starting ignores it) for good after 20 s
stop() {
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 20); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# signs in at $1 as the bench user (BENCH_USER / BENCH_PASSWORD) with curl and prints the session cookie's value
sign_in() {
  local target=$1 cookies page csrf session
  cookies=$(mktemp); page=$(mktemp)
  curl -s -c "$cookies" -b "$cookies" "$target/login" -o "$page"
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$page" | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=${BENCH_USER:-bench}" \
    --data-urlencode "password=${BENCH_PASSWORD:-bench-password}" --data-urlencode "_csrf=$csrf" "$target/login"
  session=$(awk '$6 == "SESSION" { print $7 }' "$cookies")
  rm -f "$cookies" "$page"
  [ -n "$session" ] || { echo "no session cookie after signing in at $target" >&2; return 1; }
  echo "$session"
}

# the province in $DB (made by bench/province.sh when it is empty) and an app on it: starts the jar ($JAR, log $LOG) on
# $PORT unless $TARGET names one already running; sets VILLAGES, APP (the process started, for stop) and TARGET
province_app() {
  VILLAGES=$($QUERY -c "select count(*) from $SCHEMA.village" 2>/dev/null || echo 0)
  if [ "${VILLAGES:-0}" = 0 ]; then
    PORT=$PORT bash bench/province.sh
    VILLAGES=$($QUERY -c "select count(*) from $SCHEMA.village")
  fi
  if [ -z "${TARGET:-}" ]; then
    CUNWU_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=$SCHEMA" CUNWU_DB_SCHEMA=$SCHEMA \
      java -Xmx512m -jar "$JAR" --server.port="$PORT" --logging.level.root=WARN ${APP_ARGS:-} > "$LOG" 2>&1 &
    APP=$!
    for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
    TARGET="http://127.0.0.1:$PORT"
  fi
  curl -sf "$TARGET/actuator/health" >/dev/null || { echo "nothing answers at $TARGET, see $LOG" >&2; exit 1; }
}
