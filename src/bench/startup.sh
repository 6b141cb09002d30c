#!/usr/bin/env bash
# Start-up side by side: a bare JavaFX window (one label) against LeaveDesk on an empty database and, with
# --office, on a large office's file (e.g. the one `leavedesk bench --db FILE --keep` leaves). Each program is
# started RUNS times from the same jar with the same JVM, the programs taking turns so that a busy moment of the
# machine falls on all of them alike; the figures are what each logs as "First frame … ms" and "Register usable
# … ms" (or "First-run page usable … ms" for a new database) after its process started, then the median of each and
# its ratio to the bare window's median. Needs Xvfb (or a DISPLAY) and `mvn -DskipTests package`.
#
#   src/bench/startup.sh [--office FILE.db] [--runs N] [--cold] [--cds] [--image DIR]
#
# --office  the file is copied once into a temporary folder and only the copy is opened (opening migrates a file
#           and the client writes its daily backup beside it); the original is never touched.
# --cold    before each run on the office, the copy's pages are dropped from the operating system's cache (for that
#           file only, posix_fadvise), so each run reads it from disk as the first start of a day does.
# --cds     also times LeaveDesk with an AppCDS archive of its classes (docs/decisions/0025-startup-class-data-
#           sharing.md): a class list is recorded while the client starts on a one-scenario office, dumped into
#           an archive for this jar, and the client started again with -XX:SharedArchiveFile. JDK 17 ties the archive
#           to the jar's absolute path, so it is made here for target/leavedesk.jar and deleted afterwards.
# --image   also times the packaged client (`installer/package.sh` builds target/installer/LeaveDesk) through its
#           own launcher, with the class-data archive it ships and without (-Xshare:off).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar="$PWD/target/leavedesk.jar"
office=""
runs=5
cold=false
cds=false
image=""
while [ $# -gt 0 ]; do
  case "$1" in
    --office) office="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --cold) cold=true; shift ;;
    --cds) cds=true; shift ;;
    --image) image="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "usage: $0 [--office FILE.db] [--runs N] [--cold] [--cds] [--image DIR]" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
[ -z "$office" ] || [ -f "$office" ] || { echo "no such file: $office" >&2; exit 2; }

work=$(mktemp -d)
cleanup() {
  rm -rf "$work"
  [ -z "${xvfb:-}" ] || kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:77
  Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
fi

if [ -n "$office" ]; then
  mkdir -p "$work/office"
  cp "$office" "$work/office/office.db"
  sync "$work/office/office.db"
fi

# drop_cache FILE — evicts the file's pages from the page cache (written pages were synced first)
drop_cache() {
  python3 -c 'import os, sys
for name in sys.argv[1:]:
    if os.path.exists(name):
        fd = os.open(name, os.O_RDONLY)
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)' "$@"
}

if $cds; then
  # an office with people opens on the register (a new file would stop at the first-run page), so its classes are
  # listed; the same training as installer/package.sh
  java -jar "$jar" --db "$work/train.db" import src/test/resources/examples/wuhan-mayor-abroad-two-countries.json \
    >/dev/null
  mkdir -p "$work/train-home"
  timeout 120 java -Xshare:off -XX:DumpLoadedClassList="$work/leavedesk.classlist" \
    -Dleavedesk.home="$work/train-home" -Dleavedesk.exitWhenReady=true -jar "$jar" --db "$work/train.db" \
    >/dev/null 2>&1 || true
  java -Xshare:dump -XX:SharedClassListFile="$work/leavedesk.classlist" -XX:SharedArchiveFile="$work/leavedesk.jsa" \
    -cp "$jar" >/dev/null 2>&1
  cds_option="-XX:SharedArchiveFile=$work/leavedesk.jsa"
fi

declare -A frames ready
labels=()
# one LABEL COMMAND… — one start of the command in a fresh data folder; keeps its two logged figures
one() {
  local label="$1"; shift
  [[ " ${labels[*]-} " == *" $label "* ]] || labels+=("$label")
  local home; home=$(mktemp -d "$work/home.XXXX")
  if [ "$1" = --launcher ]; then
    # the packaged launcher takes JVM options from its .cfg; JAVA_TOOL_OPTIONS adds ours
    local launcher="$2" extra="$3"; shift 3
    JAVA_TOOL_OPTIONS="-Dleavedesk.home=$home -Dleavedesk.exitWhenReady=true $extra" timeout 120 "$launcher" "$@" \
      >/dev/null 2>&1 || true
  else
    timeout 120 java -Dleavedesk.home="$home" -Dleavedesk.exitWhenReady=true "$@" >/dev/null 2>&1 || true
  fi
  local log="$home/logs/leavedesk.log"
  frames[$label]+="$(grep -ho 'First frame [0-9]* ms' "$log" 2>/dev/null | grep -o '[0-9]*' | head -1 || true) "
  # a new database opens on its first-run page, which has no register: that page being usable counts instead
  ready[$label]+="$(grep -hoE '(Register|First-run page) usable [0-9]* ms' "$log" 2>/dev/null | grep -o '[0-9]*' \
    | head -1 || true) "
  # the office's backup folder stays: with today's backup in it the next run does not copy the file again on exit
  rm -rf "$home" "$work/empty"
}

median() {
  tr ' ' '\n' | awk 'NF' | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2];
    else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

echo "Start-up, ms after the process started, $runs runs each ($(nproc) cores, $(java -version 2>&1 | head -1))"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  one "bare-window" -cp "$jar" cn.leavedesk.ui.BareWindow
  mkdir -p "$work/empty"
  one "empty-database" -jar "$jar" --db "$work/empty/empty.db"
  if [ -n "$office" ]; then
    ! $cold || drop_cache "$work/office/office.db" "$work/office/office.db-wal"
    one "office" -jar "$jar" --db "$work/office/office.db"
  fi
  if $cds; then
    mkdir -p "$work/empty"
    one "empty-database+AppCDS" "$cds_option" -jar "$jar" --db "$work/empty/empty.db"
    if [ -n "$office" ]; then
      ! $cold || drop_cache "$work/office/office.db" "$work/office/office.db-wal"
      one "office+AppCDS" "$cds_option" -jar "$jar" --db "$work/office/office.db"
    fi
  fi
  if [ -n "$image" ]; then
    for variant in "" "-Xshare:off"; do
      label="image$([ -z "$variant" ] && echo +AppCDS || echo ,no-archive)"
      mkdir -p "$work/empty"
      one "$label,empty" --launcher "$image/bin/LeaveDesk" "$variant" --db "$work/empty/empty.db"
      if [ -n "$office" ]; then
        ! $cold || drop_cache "$work/office/office.db" "$work/office/office.db-wal"
        one "$label,office" --launcher "$image/bin/LeaveDesk" "$variant" --db "$work/office/office.db"
      fi
    done
  fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "$office" ] || echo "office: $(basename "$office") ($(du -h "$office" | cut -f1)), $($cold && echo cold || echo warm) cache"

bare=$(echo "${frames[bare-window]}" | median)
printf '%-24s %-40s %-8s %-6s | %-40s %-8s %s\n' what "first frame, each run" median ratio \
  "usable (register or first-run page)" median ratio
for label in "${labels[@]}"; do
  f=$(echo "${frames[$label]}" | median)
  r=$(echo "${ready[$label]}" | median)
  ratio() { [ "$1" = - ] || [ "$bare" = - ] && echo - || awk -v a="$1" -v b="$bare" 'BEGIN { printf "%.2f", a / b }'; }
  printf '%-24s %-40s %-8s %-6s | %-40s %-8s %s\n' "$label" "${frames[$label]}" "$f" "$(ratio "$f")" \
    "${ready[$label]}" "$r" "$(ratio "$r")"
done
