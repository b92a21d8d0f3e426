#!/usr/bin/env bash
# Runs the whole of seatwise on this machine: PostgreSQL (installed if absent), the Kafka broker, the
# four services with their embedded defaults, and Kazakhstan's data (regions, councils, the CEC roll of
# 1 January 2023). Prints where to look; Ctrl-C stops every process it started.
#
#   deploy/local/run.sh            start (in the foreground; Ctrl-C stops)
#   deploy/local/run.sh stop       stop a run started from another terminal (the same as its Ctrl-C)
#   deploy/local/run.sh status     say whether a run is up
#   deploy/local/run.sh reset      clear the state folder and drop the run's databases (when stopped)
#
# Everything it keeps is under one folder, $SEATWISE_STATE (default .state/): the broker, keys, logs, pids.
# Overrides, all optional: SEATWISE_STATE, SEATWISE_KAFKA_PORT / SEATWISE_KAFKA_CONTROLLER_PORT (9092/9093),
# SEATWISE_GATEWAY_PORT / _CENSUS_PORT / _ELECTION_PORT / _MODEL_PORT (8080-8083), SEATWISE_CENSUS_DB /
# _ELECTION_DB / _MODEL_DB (seatwise_census, ...), SEATWISE_BUILD=never (use the packaged jars as they are).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SERVICES=(census-service election-service model-service gateway)
declare -A PORT=(
  [census-service]="${SEATWISE_CENSUS_PORT:-8081}" [election-service]="${SEATWISE_ELECTION_PORT:-8082}"
  [model-service]="${SEATWISE_MODEL_PORT:-8083}" [gateway]="${SEATWISE_GATEWAY_PORT:-8080}")
export SEATWISE_CENSUS_DB="${SEATWISE_CENSUS_DB:-seatwise_census}"
export SEATWISE_ELECTION_DB="${SEATWISE_ELECTION_DB:-seatwise_election}"
export SEATWISE_MODEL_DB="${SEATWISE_MODEL_DB:-seatwise_model}"
LOGS="$STATE/logs"
PIDS="$STATE/pids"
RUN_PID="$STATE/run.pid"
GATEWAY="http://localhost:${PORT[gateway]}"

running_pid() {
  local pid
  pid=$(cat "$RUN_PID" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q 'run.sh' "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

# A pid from our pid files, only while it is still the process we started (pids are reused).
ours() {
  local pid="$1" mark="$2"
  kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$mark"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    echo "seatwise is running (pid $pid): $(cat "$STATE/run.url" 2>/dev/null || echo "$GATEWAY/")"
  else
    echo "seatwise is not running"
    return 1
  fi
}

cmd_stop() {
  local pid
  if ! pid=$(running_pid); then
    log "seatwise is not running (no live run in $RUN_PID)"
    stop_leftovers
    return 0
  fi
  log "stopping the run with pid $pid"
  # TERM runs the same handler as Ctrl-C (INT) in the run's terminal; INT may be ignored in a background run.
  kill -TERM "$pid"
  wait_for "! kill -0 $pid 2>/dev/null" 60 || { log "the run did not stop in 60 s; ending it"; kill -KILL "$pid" 2>/dev/null || true; }
  stop_leftovers
  log "stopped"
}

# Processes of an earlier run whose script was killed outright (kill -9): ours by pid file and command line.
stop_leftovers() {
  local f pid s
  for f in "$PIDS"/*.pid; do
    [ -f "$f" ] || continue
    pid=$(cat "$f"); s=$(basename "$f" .pid)
    if ours "$pid" "quarkus-run.jar" && [ "$(readlink "/proc/$pid/cwd")" = "$ROOT/$s/target/quarkus-app" ]; then
      log "ending $s (pid $pid) left by an earlier run"
      kill "$pid" 2>/dev/null || true
    fi
    rm -f "$f"
  done
  if [ -f "$STATE/kafka/started-by-run" ]; then
    "$ROOT/deploy/local/kafka.sh" stop
    rm -f "$STATE/kafka/started-by-run"
  fi
}

cmd_reset() {
  if running_pid >/dev/null; then die "seatwise is running: stop it first (deploy/local/run.sh stop)"; fi
  stop_leftovers
  local db
  for db in "$SEATWISE_CENSUS_DB" "$SEATWISE_ELECTION_DB" "$SEATWISE_MODEL_DB"; do
    if psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qAt -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1; then
      log "dropped database $db"
    else
      log "could not drop database $db (is PostgreSQL up?); the next run keeps its data"
    fi
  done
  # Only what the local run keeps there, so that a mistaken SEATWISE_STATE clears nothing else.
  rm -rf "${STATE:?}/kafka" "$STATE/keys" "$STATE/logs" "$STATE/pids" "$STATE/run.pid" "$STATE/run.url"
  rmdir "$STATE" 2>/dev/null || log "left $STATE itself: it holds files the run did not make"
  log "cleared $STATE"
}

# ---- start ----

pids=()
started_kafka=false
stopping=false

stop_all() {
  $stopping && return 0
  stopping=true
  log "stopping"
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -f "$PIDS"/*.pid
  if $started_kafka; then
    "$ROOT/deploy/local/kafka.sh" stop
    rm -f "$STATE/kafka/started-by-run"
  fi
  rm -f "$RUN_PID" "$STATE/run.url"
  log "stopped every process this run started"
}

on_signal() { stop_all; exit 0; }
on_exit() { local rc=$?; stop_all; exit "$rc"; }

build_needed() {
  [ "${SEATWISE_BUILD:-auto}" = never ] && return 1
  local s
  for s in "${SERVICES[@]}"; do
    local jar="$ROOT/$s/target/quarkus-app/quarkus-run.jar"
    [ -f "$jar" ] || return 0
    [ -n "$(find "$ROOT/$s/src/main" "$ROOT/platform/src/main" "$ROOT/contracts/src/main" -newer "$jar" -type f 2>/dev/null | head -n 1)" ] && return 0
  done
  return 1
}

# Fails with the service's log when it exits or does not become ready.
await_ready() {
  local s="$1" pid="$2" port="${PORT[$1]}" i
  for ((i = 0; i < 180 * 4; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      die "$s exited before it was ready; its log $LOGS/$s.log ends with:
$(tail -n 15 "$LOGS/$s.log" 2>/dev/null)"
    fi
    curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && return 0
    sleep 0.25
  done
  die "$s (port $port) was not ready within 180 s; see $LOGS/$s.log"
}

cmd_start() {
  mkdir -p "$LOGS" "$PIDS"
  local pid
  if pid=$(running_pid); then
    log "seatwise is already running (pid $pid) at $(cat "$STATE/run.url" 2>/dev/null || echo "$GATEWAY/")"
    log "stop it with Ctrl-C in its terminal or: deploy/local/run.sh stop"
    exit 3
  fi
  RUN_LOG="$LOGS/run.log"
  : >"$RUN_LOG"
  stop_leftovers
  log "checking the tools (Java 17, Maven, curl)"
  ensure_tools
  local s
  for s in "${SERVICES[@]}"; do
    if port_open "${PORT[$s]}"; then
      die "port ${PORT[$s]} ($s) is in use by another program; free it or choose another port (SEATWISE_$(echo "${s%-service}" | tr a-z A-Z)_PORT=...). Log: $RUN_LOG"
    fi
  done
  local free_mb
  free_mb=$(df -Pm "$STATE" | awk 'NR == 2 { print $4 }')
  if [ "${free_mb:-0}" -lt 1024 ]; then
    die "only ${free_mb} MB free under $STATE; the broker and the logs need about 1 GB. Log: $RUN_LOG"
  fi

  echo $$ >"$RUN_PID"
  trap on_signal INT TERM
  trap on_exit EXIT

  log "checking PostgreSQL and the databases $SEATWISE_CENSUS_DB, $SEATWISE_ELECTION_DB, $SEATWISE_MODEL_DB"
  "$ROOT/deploy/local/postgres.sh" 2>&1 | tee -a "$RUN_LOG" >&2 || die "PostgreSQL is not ready; see $RUN_LOG"
  if ! port_open "$KAFKA_PORT"; then started_kafka=true; fi
  "$ROOT/deploy/local/kafka.sh" start 2>&1 | tee -a "$RUN_LOG" >&2 \
    || die "the Kafka broker did not start; see $STATE/kafka/broker.log and $RUN_LOG"
  if $started_kafka; then touch "$STATE/kafka/started-by-run"; fi
  export SEATWISE_KAFKA="127.0.0.1:$KAFKA_PORT"

  if build_needed; then
    log "building the services (mvn package, tests skipped; deploy/local/test.sh runs them); log $LOGS/build.log"
    (cd "$ROOT" && mvn -B -ntp -DskipTests package >"$LOGS/build.log" 2>&1) || die "the build failed; see $LOGS/build.log"
  fi
  # Each service's class-data archive recorded over one real start (about 40 s after a build; kept until the next):
  # every later start is about 0.5 s shorter.
  "$ROOT/deploy/local/train-class-archive.sh" "${SERVICES[@]}" 2>&1 | tee -a "$RUN_LOG" >&2 \
    || log "no class-data archives trained; the services start with Quarkus's own"

  # Writes need an analyst's token: a key pair made on this machine (never committed) verifies them.
  export SEATWISE_JWT_PUBLIC_KEY="$("$ROOT/deploy/local/keys.sh" public-key)"
  local token
  token="$("$ROOT/deploy/local/keys.sh")"
  export SEATWISE_CENSUS_PORT="${PORT[census-service]}" SEATWISE_ELECTION_PORT="${PORT[election-service]}"
  export SEATWISE_MODEL_PORT="${PORT[model-service]}" SEATWISE_GATEWAY_PORT="${PORT[gateway]}"
  export SEATWISE_CENSUS_URL="http://127.0.0.1:${PORT[census-service]}"
  export SEATWISE_ELECTION_URL="http://127.0.0.1:${PORT[election-service]}"
  export SEATWISE_MODEL_URL="http://127.0.0.1:${PORT[model-service]}"

  # Four JVMs and a broker starting together on a small machine: give a database connection more than
  # Agroal's default 5 s before Flyway gives up.
  export QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT="${QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT:-30S}"
  for s in "${SERVICES[@]}"; do
    # shellcheck disable=SC2046  # the options are words
    (cd "$ROOT/$s/target/quarkus-app" && exec java $(jvm_options "$s") -jar quarkus-run.jar) >"$LOGS/$s.log" 2>&1 &
    pids+=($!)
    echo $! >"$PIDS/$s.pid"
    log "started $s on port ${PORT[$s]} (pid $!, log $LOGS/$s.log)"
  done
  local i=0
  for s in "${SERVICES[@]}"; do
    log "waiting for $s to be ready"
    await_ready "$s" "${pids[$i]}"
    i=$((i + 1))
  done
  log "all services ready; waiting for Kazakhstan's recommendations"
  wait_for "curl -sf -o /dev/null http://127.0.0.1:${PORT[gateway]}/api/v1/recommendations/KZ-61" 120 \
    || log "no recommendation for KZ-61 yet; see $LOGS/model-service.log"
  echo "$GATEWAY/" >"$STATE/run.url"

  cat <<MSG

  seatwise is running.
    Dashboard and API   $GATEWAY/
    A recommendation    curl -s $GATEWAY/api/v1/recommendations/KZ-61
    All of them         curl -s '$GATEWAY/api/v1/recommendations?model=cube-root&rounding=nearest'
    Live events (SSE)   curl -sN $GATEWAY/api/v1/recommendations/stream
    OpenAPI             $GATEWAY/q/openapi (all services) · UI $GATEWAY/q/swagger-ui/
    Analyst token       (for writes, valid 12 h; deploy/local/keys.sh makes a new one)
      export TOKEN=$token
      curl -s -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: text/csv' \\
        --data-binary @bulletin.csv '$GATEWAY/api/v1/bulletins?issuer=CEC&rollDate=2023-01-01'
    Logs                $LOGS
  Ctrl-C (or deploy/local/run.sh stop) stops everything this command started; deploy/local/run.sh reset clears its state.

MSG
  set +e
  wait -n "${pids[@]}"
  local rc=$?
  set -e
  $stopping && exit 0
  die "a service exited (status $rc); see the logs in $LOGS"
}

case "${1:-start}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  *) die "usage: deploy/local/run.sh [start|stop|status|reset]" ;;
esac
