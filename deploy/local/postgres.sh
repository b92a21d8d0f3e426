#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on $SEATWISE_DB_HOST:$SEATWISE_DB_PORT (default 127.0.0.1:5432)
# and that each service's database exists. Uses the server that runs; where none is installed,
# installs Debian's package and starts it. Idempotent.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# SEATWISE_TEST_DB_SUFFIX gives a run its own test databases (the services' test profiles append it too),
# so that two runs of one module's tests on one server do not clean each other's schema.
SUFFIX="${SEATWISE_TEST_DB_SUFFIX:-}"
# The local run's databases (run.sh may name others through SEATWISE_CENSUS_DB and the like).
DATABASES=("${SEATWISE_CENSUS_DB:-seatwise_census}" "${SEATWISE_ELECTION_DB:-seatwise_election}" "${SEATWISE_MODEL_DB:-seatwise_model}"
           "seatwise_census_test$SUFFIX" "seatwise_election_test$SUFFIX" "seatwise_model_test$SUFFIX")

psql_admin() {
  if psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@" 2>/dev/null; then
    return 0
  fi
  # Local fallback: the postgres OS user over the socket (peer auth), when we are root.
  [ "$(id -u)" = 0 ] && su postgres -c "psql -p $PG_PORT -d postgres -v ON_ERROR_STOP=1 -qAt $(printf '%q ' "$@")"
}

ensure_server() {
  if pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null; then
    return 0
  fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed; run as root or install it (apt-get install postgresql)"
    log "installing PostgreSQL from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster "$version" main >/dev/null
  fi
  local hba="/etc/postgresql/$version/main/pg_hba.conf"
  # A server this script set up trusts loopback connections, as on our development machines.
  if [ -f "$hba" ] && ! grep -q '^# seatwise: trust loopback' "$hba"; then
    { echo '# seatwise: trust loopback'; echo 'host all all 127.0.0.1/32 trust'; echo 'host all all ::1/128 trust'; cat "$hba"; } > "$hba.new"
    mv "$hba.new" "$hba"
    chown postgres:postgres "$hba"
  fi
  log "starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster "$version" main reload
  wait_for "pg_isready -q -h $PG_HOST -p $PG_PORT" 30 || die "PostgreSQL did not come up on $PG_HOST:$PG_PORT"
}

ensure_databases() {
  local db
  for db in "${DATABASES[@]}"; do
    if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
      psql_admin -c "CREATE DATABASE $db" >/dev/null
      log "created database $db"
    fi
  done
}

# The outbox is a queue: every event row is inserted, then deleted once published. Without autovacuum its dead
# rows pile up (900,000 after three 100,000-unit bulletins) and every relay read, and each bulletin after,
# gets slower (docs/performance.md, "Cost grows with history"); so do the plans, never re-analysed. Some
# machine images turn it off (a conf.d file); seatwise's databases need it, as any production server has it.
ensure_autovacuum() {
  if [ "$(psql_admin -c "SHOW autovacuum")" = off ]; then
    psql_admin -c "ALTER SYSTEM SET autovacuum = on" >/dev/null
    psql_admin -c "SELECT pg_reload_conf()" >/dev/null
    log "autovacuum was off on this server: turned on (ALTER SYSTEM; the outbox tables need it)"
  fi
}

# A bulletin is a burst of writes: 100,000 units write about 1 GB of WAL (rows, index entries and four event
# payloads per unit). Debian's defaults (128 MB of shared buffers, 4 MB of WAL buffers, a checkpoint every 1 GB)
# made backends write out dirty pages and WAL themselves and took checkpoints within one bulletin, each followed by
# full-page images of every page touched again. Measured on 2026-12-04, one run each, the same code: 51.5 s end to
# end for 100,000 units as shipped, 43.4 s with max_wal_size and wal_compression, 40.5 s with the buffers too
# (docs/performance.md). Reloadable settings are set at once; the two that need a restart are set only on a server
# of this machine (pg_lsclusters), restarted then, before any service connects. deploy/k8s sets the same for its
# CloudNativePG clusters. SEATWISE_DB_TUNE=false leaves the server as found.
ensure_tuning() {
  [ "${SEATWISE_DB_TUNE:-true}" = true ] || return 0
  local changed=() restart=() name want have
  local compression=lz4
  psql_admin -c "SELECT 1 FROM pg_settings WHERE name = 'wal_compression' AND 'lz4' = ANY (enumvals)" | grep -q 1 || compression=on
  for setting in "max_wal_size=4096" "wal_compression=$compression"; do
    name=${setting%%=*} want=${setting#*=}
    have=$(psql_admin -c "SELECT setting FROM pg_settings WHERE name = '$name'")
    if [ "$have" != "$want" ]; then
      psql_admin -c "ALTER SYSTEM SET $name = '$want'" >/dev/null
      changed+=("$name $have -> $want")
    fi
  done
  [ ${#changed[@]} -eq 0 ] || psql_admin -c "SELECT pg_reload_conf()" >/dev/null
  # In 8 kB pages: 1 GB of shared buffers, 64 MB of WAL buffers, where the machine has the memory (>= 8 GB).
  local memory_kb; memory_kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo 2>/dev/null || echo 0)
  if [ "${memory_kb:-0}" -ge 8000000 ] && command -v pg_lsclusters >/dev/null 2>&1; then
    for setting in "shared_buffers=131072" "wal_buffers=8192"; do
      name=${setting%%=*} want=${setting#*=}
      have=$(psql_admin -c "SELECT setting FROM pg_settings WHERE name = '$name'")
      if [ "$have" -lt "$want" ] 2>/dev/null; then
        psql_admin -c "ALTER SYSTEM SET $name = '$((want * 8))kB'" >/dev/null
        restart+=("$name $((have * 8 / 1024)) MB -> $((want * 8 / 1024)) MB")
      fi
    done
  fi
  if [ ${#restart[@]} -gt 0 ]; then
    # The cluster of this machine that listens on our port (pg_lsclusters: version, name, port, status, …).
    local cluster
    cluster=$(pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$3 == port && $4 ~ /^online/ { print $1 " " $2; exit }')
    if [[ "$PG_HOST" =~ ^(127\.0\.0\.1|localhost|::1)$ ]] && [ -n "$cluster" ] \
        && pg_ctlcluster --skip-systemctl-redirect $cluster restart 2>/dev/null \
        && wait_for "pg_isready -q -h $PG_HOST -p $PG_PORT" 30; then
      changed+=("${restart[@]}")
    else
      log "PostgreSQL not restarted for ${restart[*]}: set, they apply at its next restart"
    fi
  fi
  [ ${#changed[@]} -eq 0 ] || log "PostgreSQL tuned for bursts of writes: $(printf '%s; ' "${changed[@]}")"
}

ensure_server
ensure_autovacuum
ensure_tuning
ensure_databases
log "PostgreSQL ready on $PG_HOST:$PG_PORT"
