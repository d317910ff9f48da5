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
