#!/usr/bin/env bash
# A real single-node Kafka broker in KRaft combined mode (broker + controller), from the Apache
# Kafka jars on Maven Central. Usage: kafka.sh start | stop | status. Idempotent: start returns at
# once when a broker already accepts produce requests on $SEATWISE_KAFKA_PORT (default 9092).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HOME_DIR="$STATE/kafka"
LIBS="$HOME_DIR/libs"
PID_FILE="$HOME_DIR/broker.pid"
CONFIG="$HOME_DIR/server.properties"
TOPICS="seatwise.census.v1,seatwise.election.v1,seatwise.recommendations.v1"

fetch_jars() {
  if [ -f "$LIBS/.complete" ]; then return 0; fi
  log "fetching the Kafka broker's jars from Maven Central"
  rm -rf "$LIBS"
  mvn -B -q -Dstyle.color=never -f "$ROOT/deploy/local/kafka/pom.xml" dependency:copy-dependencies -DoutputDirectory="$LIBS" \
    -DincludeScope=runtime >&2
  touch "$LIBS/.complete"
}

write_config() {
  mkdir -p "$HOME_DIR/data"
  cat > "$CONFIG" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$HOME_DIR/data
num.partitions=4
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
log.retention.hours=168
PROPS
}

ready() {
  java -cp "$LIBS/*" "$ROOT/deploy/local/KafkaReady.java" "127.0.0.1:$KAFKA_PORT" "$TOPICS" >/dev/null 2>&1
}

start() {
  if port_open "$KAFKA_PORT"; then
    fetch_jars
    ready || die "something listens on $KAFKA_PORT but does not accept Kafka produce requests"
    log "Kafka broker already running on 127.0.0.1:$KAFKA_PORT"
    return 0
  fi
  command -v java >/dev/null || die "java is not installed"
  fetch_jars
  write_config
  if [ ! -f "$HOME_DIR/data/meta.properties" ]; then
    java -cp "$LIBS/*" kafka.tools.StorageTool format -t "$(cat "$HOME_DIR/cluster-id" 2>/dev/null || \
      (head -c 16 /dev/urandom | base64 | tr '+/' '-_' | cut -c1-22 | tee "$HOME_DIR/cluster-id"))" \
      -c "$CONFIG" --standalone --ignore-formatted >"$HOME_DIR/format.log" 2>&1 \
      || die "kafka storage format failed: $(tail -n 5 "$HOME_DIR/format.log")"
  fi
  log "starting Kafka broker on 127.0.0.1:$KAFKA_PORT"
  nohup java -Xms128m -Xmx512m -XX:+UseSerialGC -Dlog4j2.level=WARN \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$LIBS/*" kafka.Kafka "$CONFIG" \
    >"$HOME_DIR/broker.log" 2>&1 &
  echo $! > "$PID_FILE"
  wait_for "port_open $KAFKA_PORT" 60 || die "broker did not open its port; see $HOME_DIR/broker.log"
  local i
  for i in 1 2 3 4 5 6; do ready && break; sleep 1; done
  ready || die "broker does not accept produce requests; see $HOME_DIR/broker.log"
  log "Kafka broker ready on 127.0.0.1:$KAFKA_PORT (pid $(cat "$PID_FILE"))"
}

stop() {
  if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    local pid; pid=$(cat "$PID_FILE")
    kill "$pid"
    wait_for "! kill -0 $pid 2>/dev/null" 30 || kill -9 "$pid"
    log "Kafka broker stopped"
  fi
  rm -f "$PID_FILE"
}

status() {
  if port_open "$KAFKA_PORT"; then echo "running on 127.0.0.1:$KAFKA_PORT"; else echo "stopped"; return 1; fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: kafka.sh start | stop | status" ;;
esac
