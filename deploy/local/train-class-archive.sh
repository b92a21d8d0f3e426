#!/usr/bin/env bash
# Records each packaged service's class-data archive (AppCDS) over a real start: the service is started once on a
# scratch database and topics of its own, probed and read from, and stopped; the JVM writes every class it loaded to
# target/quarkus-app/app-cds.jsa (JEP 350, -XX:ArchiveClassesAtExit), where the run, the benchmarks and the system
# tests look for it.
#
# Why: Quarkus's own archive is recorded before the runtime starts, so it misses what a start loads after that (the
# Kafka clients, Flyway, the JDBC driver, Jackson's databind): 4,376 of model-service's 11,375 classes came from it,
# 8,417 from a trained one, and the start to ready took 0.5 s less on 2 cores (docs/performance.md, "Start time").
# Resident memory is the same: the archive's pages replace metaspace.
#
#   deploy/local/train-class-archive.sh [module...]     (default: the four services)
#
# Needs PostgreSQL and the Kafka broker up (deploy/local/postgres.sh, kafka.sh). A module whose archive was trained
# from its current build is skipped. A training that fails leaves Quarkus's archive in place and says so: an archive
# is a start-time optimisation, never a reason not to run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MODULES=("$@")
[ ${#MODULES[@]} -gt 0 ] || MODULES=(census-service election-service model-service gateway)
# The reads that make a service load its request path; a 404 or a refused write loads most of it too.
declare -A READS=(
  [census-service]="/api/v1/units /api/v1/units/KZ-61 /api/v1/population-figures"
  [election-service]="/api/v1/bulletins /api/v1/councils /api/v1/caps"
  [model-service]="/api/v1/models /api/v1/recommendations /api/v1/recommendations/KZ-61 /api/v1/reproductions"
  [gateway]="/ /api/v1/recommendations /api/v1/units"
)

# The archive's checksum beside it: a new build replaces app-cds.jsa with Quarkus's, which no longer matches.
trained() {
  local app="$1"
  [ -f "$app/app-cds.jsa" ] && [ -f "$app/app-cds.trained" ] \
    && [ "$(sha256sum <"$app/app-cds.jsa")" = "$(cat "$app/app-cds.trained")" ]
}

train() {
  local module="$1" port="$2" app="$ROOT/$1/target/quarkus-app" db="" pid path i
  [ -f "$app/quarkus-run.jar" ] || { log "no packaged $module: nothing to train"; return 0; }
  if trained "$app"; then return 0; fi
  local env=(QUARKUS_HTTP_PORT="$port" SEATWISE_JWT_PUBLIC_KEY=NONE SEATWISE_CONSUMER_GROUP_PREFIX=seatwise-training-
    SEATWISE_KAFKA="127.0.0.1:$KAFKA_PORT")
  if [ "$module" != gateway ]; then
    local upper; upper=$(echo "${module%-service}" | tr a-z A-Z)
    db="seatwise_training_${module%-service}"
    PGOPTIONS="-c client_min_messages=warning" psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres \
      -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
    env+=("SEATWISE_${upper}_DB=$db")
  fi
  rm -f "$app/app-cds.training.jsa"
  # shellcheck disable=SC2046  # the options are words
  (cd "$app" && exec env "${env[@]}" java $(shipped_jvm_options "$module") \
      -XX:ArchiveClassesAtExit=app-cds.training.jsa -Dseatwise.topic-prefix=seatwise-training. -jar quarkus-run.jar) \
    >"$app/app-cds.training.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT INT TERM
  for ((i = 0; i < 120 * 4; i++)); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
    for path in ${READS[$module]} /q/health /q/metrics /q/openapi; do
      curl -s -o /dev/null "http://127.0.0.1:$port$path" || true
    done
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -n "$db" ]; then
    PGOPTIONS="-c client_min_messages=warning" psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
  fi
  if [ -s "$app/app-cds.training.jsa" ]; then
    mv "$app/app-cds.training.jsa" "$app/app-cds.jsa"
    sha256sum <"$app/app-cds.jsa" >"$app/app-cds.trained"
    log "$module: class-data archive trained over a start ($(du -m "$app/app-cds.jsa" | cut -f1) MB)"
  else
    log "$module: no trained class-data archive (see $app/app-cds.training.log); Quarkus's own stays in use"
  fi
}

# Two at a time on free ports: four JVMs starting at once on two cores take longer than two rounds of two.
ports=()
for ((p = 18180; ${#ports[@]} < ${#MODULES[@]} && p < 18280; p++)); do
  port_open "$p" || ports+=("$p")
done
[ ${#ports[@]} -eq ${#MODULES[@]} ] || die "no free ports for training class-data archives"
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
for ((m = 0; m < ${#MODULES[@]}; m += 2)); do
  train "${MODULES[$m]}" "${ports[$m]}" &
  if [ $((m + 1)) -lt ${#MODULES[@]} ]; then train "${MODULES[$((m + 1))]}" "${ports[$((m + 1))]}" & fi
  wait
done
