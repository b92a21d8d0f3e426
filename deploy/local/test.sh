#!/usr/bin/env bash
# Runs every test of seatwise: the domain specifications, each service's tests against the real
# PostgreSQL and Kafka broker, and the end-to-end tests of the four packaged services.
# Starts what it needs (PostgreSQL if absent, the Kafka broker) and stops the broker if it started it.
# Extra arguments go to Maven, e.g. deploy/local/test.sh -pl model-service -am
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The dashboard's browser tests (system-tests' DashboardBrowserIT) drive Debian's headless Chromium through
# chromedriver. Installed here when absent and we are root; otherwise those tests skip, except in CI (CI=true),
# where they fail and say why.
ensure_browser() {
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" != 0 ]; then
    log "chromium or chromedriver is missing and we are not root: the browser tests will skip (fail in CI); apt-get install chromium chromium-driver"
    return 0
  fi
  log "installing chromium and chromium-driver from Debian's packages (the dashboard's browser tests)"
  { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } \
    >"$STATE/apt-chromium.log" 2>&1 || log "could not install chromium (see $STATE/apt-chromium.log): the browser tests will skip (fail in CI)"
}

ensure_tools
ensure_browser
start_infrastructure

cd "$ROOT"
start=$(date +%s)
mvn -B -ntp verify "$@"
log "all tests passed in $(( $(date +%s) - start )) s"
