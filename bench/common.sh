# Shared by the bench scripts (sourced after they cd to the project's root).

# stops a process the script started: politely, then (a JVM still busy starting ignores it) for good after 20 s
stop() {
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 20); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
