#!/usr/bin/env bash
# Runs the whole of seatwise on this machine: PostgreSQL (installed if absent), the Kafka broker, the
# four services with their embedded defaults, and Kazakhstan's data (regions, councils, the CEC roll of
# 1 January 2023). Prints where to look; Ctrl-C stops every process it started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SERVICES=(census-service election-service model-service gateway)
LOGS="$STATE/logs"
mkdir -p "$LOGS"
pids=()
started_kafka=false

stop_all() {
  trap - INT TERM EXIT
  log "stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if $started_kafka; then "$ROOT/deploy/local/kafka.sh" stop; fi
  log "stopped"
  exit 0
}

build_needed() {
  local s
  for s in "${SERVICES[@]}"; do
    local jar="$ROOT/$s/target/quarkus-app/quarkus-run.jar"
    [ -f "$jar" ] || return 0
    [ -n "$(find "$ROOT/$s/src/main" "$ROOT/platform/src/main" "$ROOT/contracts/src/main" -newer "$jar" -type f 2>/dev/null | head -n 1)" ] && return 0
  done
  return 1
}

ensure_tools
"$ROOT/deploy/local/postgres.sh"
port_open "$KAFKA_PORT" || started_kafka=true
"$ROOT/deploy/local/kafka.sh" start
trap stop_all INT TERM EXIT

for port in 8080 8081 8082 8083; do
  port_open "$port" && die "port $port is in use: is seatwise already running? (stop it, or free the port)"
done

if build_needed; then
  log "building the services (mvn package, tests skipped; deploy/local/test.sh runs them)"
  (cd "$ROOT" && mvn -B -q -ntp -DskipTests package) || die "build failed"
fi

# Writes need an analyst's token: a key pair made on this machine (never committed) verifies them.
export SEATWISE_JWT_PUBLIC_KEY="$("$ROOT/deploy/local/keys.sh" public-key)"
TOKEN="$("$ROOT/deploy/local/keys.sh")"

for s in "${SERVICES[@]}"; do
  java -Xmx256m -XX:+UseSerialGC -jar "$ROOT/$s/target/quarkus-app/quarkus-run.jar" >"$LOGS/$s.log" 2>&1 &
  pids+=($!)
  log "started $s (pid $!, log $LOGS/$s.log)"
done

for port in 8081 8082 8083 8080; do
  wait_for "curl -sf -o /dev/null http://127.0.0.1:$port/q/health/ready" 180 \
    || die "the service on port $port did not become ready; see $LOGS"
done
log "all services ready; waiting for Kazakhstan's recommendations"
wait_for "curl -sf -o /dev/null http://127.0.0.1:8080/api/v1/recommendations/KZ-61" 120 \
  || log "no recommendation for KZ-61 yet; see $LOGS/model-service.log"

cat <<MSG

  seatwise is running.
    Dashboard and API   http://localhost:8080/
    A recommendation    curl -s localhost:8080/api/v1/recommendations/KZ-61
    All of them         curl -s 'localhost:8080/api/v1/recommendations?model=cube-root&rounding=nearest'
    Live events (SSE)   curl -sN localhost:8080/api/v1/recommendations/stream
    OpenAPI             http://localhost:8080/q/openapi (all services) · UI http://localhost:8080/q/swagger-ui/
    Analyst token       (for writes, valid 12 h; deploy/local/keys.sh makes a new one)
      export TOKEN=$TOKEN
      curl -s -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: text/csv' \\
        --data-binary @bulletin.csv 'localhost:8080/api/v1/bulletins?issuer=CEC&rollDate=2023-01-01'
    Logs                $LOGS
  Ctrl-C stops everything this command started.

MSG
wait -n "${pids[@]}" || true
log "a service exited; see $LOGS"
