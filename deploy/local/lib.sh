# Shared by the deploy/local scripts: where state lives and how to talk to the infrastructure.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${SEATWISE_STATE:-$ROOT/.state}"
KAFKA_PORT="${SEATWISE_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${SEATWISE_KAFKA_CONTROLLER_PORT:-9093}"
PG_HOST="${SEATWISE_DB_HOST:-127.0.0.1}"
PG_PORT="${SEATWISE_DB_PORT:-5432}"
PG_USER="${SEATWISE_DB_USER:-postgres}"
mkdir -p "$STATE"

# Messages go to stderr and, when a script sets RUN_LOG, to that file too.
log() {
  local line; line=$(printf '[seatwise %s] %s' "$(date +%H:%M:%S)" "$*")
  printf '%s\n' "$line" >&2
  if [ -n "${RUN_LOG:-}" ]; then printf '%s\n' "$line" >>"$RUN_LOG"; fi
}
die() { log "ERROR: $*"; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Waits up to $2 seconds for $1 (a command) to succeed.
wait_for() {
  local what="$1" seconds="$2" i
  for ((i = 0; i < seconds * 4; i++)); do
    eval "$what" && return 0
    sleep 0.25
  done
  return 1
}

# Java 17+ and Maven, from Debian's packages where missing (a fresh machine may have neither).
ensure_tools() {
  local missing=()
  command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null 2>&1 || missing+=(maven)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || die "please install: ${missing[*]}"
    log "installing ${missing[*]} from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  ensure_java17
}

# The services are built for Java 17: an older java on the PATH fails early and says so.
ensure_java17() {
  local version major
  version=$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  major=${version%%.*}
  if [ "$major" = 1 ]; then major=$(echo "$version" | cut -d. -f2); fi
  if ! [[ "$major" =~ ^[0-9]+$ ]] || [ "$major" -lt 17 ]; then
    die "Java 17 or newer is needed; 'java' on the PATH ($(command -v java)) is ${version:-unknown} (apt-get install openjdk-17-jdk-headless, or set PATH)"
  fi
}

# The JVM options of service $1 (a module): its application.properties' quarkus.jib.jvm-additional-arguments (the
# image's too, so one line decides), the AppCDS archive when the build made one (it records the class path as
# "quarkus-run.jar": start the JVM in target/quarkus-app), then $SEATWISE_JVM_OPTIONS.
jvm_options() {
  local app="$ROOT/$1/target/quarkus-app"
  shipped_jvm_options "$1"
  if [ -f "$app/app-cds.jsa" ]; then printf ' %s' "-XX:SharedArchiveFile=app-cds.jsa"; fi
  printf ' %s\n' "${SEATWISE_JVM_OPTIONS:-}"
}

# The JVM options service $1 ships with: its application.properties' quarkus.jib.jvm-additional-arguments, as words.
shipped_jvm_options() {
  sed -n 's/^quarkus\.jib\.jvm-additional-arguments=//p' "$ROOT/$1/src/main/resources/application.properties" | tr ',' ' '
}

# PostgreSQL (started or installed if absent) and the Kafka broker, for the test and benchmark commands; a broker
# this call started is stopped when the calling script exits. Exports SEATWISE_KAFKA, which the services under test
# and the tests' own Kafka clients use.
start_infrastructure() {
  "$ROOT/deploy/local/postgres.sh"
  local started_kafka=false
  port_open "$KAFKA_PORT" || started_kafka=true
  "$ROOT/deploy/local/kafka.sh" start
  if $started_kafka; then
    trap '"$ROOT/deploy/local/kafka.sh" stop' EXIT
  fi
  export SEATWISE_KAFKA="127.0.0.1:$KAFKA_PORT"
}
