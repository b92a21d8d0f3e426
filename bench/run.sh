#!/usr/bin/env bash
# Runs one benchmark of seatwise against the four packaged services (started on free ports with fresh
# databases by system-tests' SeatwiseSystem) and the local Kafka broker; builds what it needs first.
#   bench/run.sh propagation [runs=3] [sizes=20,3500,10000,100000]   (then start time and RSS per service)
#   bench/run.sh gateway [runs=3] [seconds=30]
# Results: printed, and as Markdown in bench/target/results/; the plot in docs/performance-propagation.png.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/lib.sh"

ensure_tools
start_infrastructure

cd "$ROOT"
if [[ "${SEATWISE_BENCH_SKIP_BUILD:-}" != "true" ]]; then
  log "building the services and the benchmarks"
  mvn -B -ntp -q package -DskipTests -pl bench -am
fi
"$ROOT/deploy/local/train-class-archive.sh"
java -Xmx1g -Djava.awt.headless=true -Dseatwise.root="$ROOT" \
  -cp "bench/target/classes:bench/target/lib/*" org.seatwise.bench.Bench "$@"
