#!/usr/bin/env bash
# Runs every test of seatwise: the domain specifications, each service's tests against the real
# PostgreSQL and Kafka broker, and the end-to-end tests of the four packaged services.
# Starts what it needs (PostgreSQL if absent, the Kafka broker) and stops the broker if it started it.
# Extra arguments go to Maven, e.g. deploy/local/test.sh -pl model-service -am
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_tools
"$ROOT/deploy/local/postgres.sh"
started_kafka=false
port_open "$KAFKA_PORT" || started_kafka=true
"$ROOT/deploy/local/kafka.sh" start
if $started_kafka; then
  trap '"$ROOT/deploy/local/kafka.sh" stop' EXIT
fi

# The services under test and the tests' own Kafka clients all use this broker.
export SEATWISE_KAFKA="127.0.0.1:$KAFKA_PORT"

cd "$ROOT"
start=$(date +%s)
mvn -B -ntp verify "$@"
log "all tests passed in $(( $(date +%s) - start )) s"
