#!/usr/bin/env bash
# Start-up side by side: a bare JavaFX window (one label) against LeaveDesk on an empty database and, with
# --office, on a large office's file (e.g. the one `leavedesk bench --db FILE --keep` leaves). Each program is
# started RUNS times from the same jar with the same JVM; the figures are what each logs as "First frame … ms"
# and "Register usable … ms" after its process started. Needs Xvfb (or a DISPLAY) and `mvn -DskipTests package`.
#
#   src/bench/startup.sh [--office FILE.db] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/leavedesk.jar
office=""
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --office) office="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 [--office FILE.db] [--runs N]" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 2; }

if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:77
  Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
fi

# figures LABEL COMMAND… — runs the command RUNS times, each in a fresh data folder, and prints the logged
# first-frame and register-usable times of each run
figures() {
  local label="$1"; shift
  local frames=() ready=()
  for _ in $(seq "$runs"); do
    local home; home=$(mktemp -d)
    timeout 120 java -Dleavedesk.home="$home" -Dleavedesk.exitWhenReady=true "$@" >/dev/null 2>&1 || true
    local log="$home/logs/leavedesk.log"
    frames+=("$(grep -ho 'First frame [0-9]* ms' "$log" 2>/dev/null | grep -o '[0-9]*' | head -1 || true)")
    # a new database opens on its first-run page, which has no register: that page being usable counts instead
    ready+=("$(grep -hoE '(Register|First-run page) usable [0-9]* ms' "$log" 2>/dev/null | grep -o '[0-9]*' | head -1 \
      || true)")
    rm -rf "$home"
  done
  printf '%-34s first frame: %s\n' "$label" "${frames[*]}"
  [ -n "$(printf %s "${ready[@]}")" ] && printf '%-34s usable (register or first-run page): %s\n' "$label" \
    "${ready[*]}"
  return 0
}

echo "Start-up, ms after the process started, $runs runs each ($(nproc) cores, $(java -version 2>&1 | head -1))"
figures "bare JavaFX window" -cp "$jar" cn.leavedesk.ui.BareWindow
empty_dir=$(mktemp -d)
figures "LeaveDesk, empty database" -jar "$jar" --db "$empty_dir/empty.db"
rm -rf "$empty_dir"
if [ -n "$office" ]; then
  figures "LeaveDesk, $(basename "$office")" -jar "$jar" --db "$office"
fi
