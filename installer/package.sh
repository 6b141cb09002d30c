#!/usr/bin/env bash
# Builds a self-contained LeaveDesk: an app image (a folder with its own Java runtime) by default,
# or a Debian package with `installer/package.sh deb`. Needs a JDK 17+ with jpackage on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
TYPE="${1:-app-image}"

# The version comes from the pom itself: `mvn help:evaluate` prints terminal colour codes around it even with
# -q -B (0.1.0-SNAPSHOT\e[0m), which dpkg-deb then refuses in the file name, and it needs the help plugin,
# which a clean machine must first download. jpackage wants digits and dots only, so -SNAPSHOT goes.
project_version() {
  sed -n '/<artifactId>leavedesk<\/artifactId>/,/<\/version>/ s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1
}
VERSION="$(project_version | sed 's/-SNAPSHOT$//' | LC_ALL=C tr -cd '0-9.')"
if ! [[ "$VERSION" =~ ^[0-9]+(\.[0-9]+){0,3}$ ]]; then
  echo "package.sh: cannot read the version from pom.xml (got \"$VERSION\")" >&2
  exit 2
fi

# LEAVEDESK_SKIP_BUILD=1 packages the jar already in target/ (the integration test builds it first).
if [[ "${LEAVEDESK_SKIP_BUILD:-}" != 1 ]]; then
  mvn -q -B -DskipTests package
fi
rm -rf target/jpackage-input target/installer
mkdir -p target/jpackage-input target/installer
cp target/leavedesk.jar target/jpackage-input/

# Class-data sharing (docs/decisions/0025-startup-class-data-sharing.md). A training run records which classes the
# client loads until its register is usable; the image's own Java later dumps those classes into an archive
# (lib/app/leavedesk.jsa) that the launcher maps at every start. Java 17 accepts an archive only for the absolute path
# of the jar it was dumped with, so it is dumped where the jar will run: here for the app image, by the package's
# postinst at /opt/leavedesk for the .deb. A missing or foreign archive is ignored without a word and the client
# starts as it would without one. The training run needs a display: $DISPLAY, Xvfb, or the Monocle jar named by
# LEAVEDESK_TRAINING_MONOCLE (the integration test's way, headless); with none of them the image has no archive.
CLASS_LIST=target/jpackage-input/leavedesk.classlist
train_class_list() {
  local work; work=$(mktemp -d)
  local display_args=() classpath=target/leavedesk.jar xvfb=""
  if [[ -n "${LEAVEDESK_TRAINING_MONOCLE:-}" ]]; then
    classpath="$classpath:$LEAVEDESK_TRAINING_MONOCLE"
    display_args=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true)
  elif [[ -z "${DISPLAY:-}" ]]; then
    command -v Xvfb >/dev/null || { rm -rf "$work"; return 1; }
    export DISPLAY=":$((200 + RANDOM % 400))"
    Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
  fi
  # an office with people opens on the register (a new file would stop at the first-run page)
  java -jar target/leavedesk.jar --db "$work/train.db" import \
    src/test/resources/examples/wuhan-mayor-abroad-two-countries.json >/dev/null
  timeout 120 java -Xshare:off -XX:DumpLoadedClassList="$CLASS_LIST" -Dleavedesk.home="$work/home" \
    -Dleavedesk.exitWhenReady=true "${display_args[@]}" -cp "$classpath" cn.leavedesk.Launcher \
    --db "$work/train.db" >/dev/null 2>&1 || true
  [[ -z "$xvfb" ]] || kill "$xvfb" 2>/dev/null || true
  local ready; ready=$(grep -c 'Register usable' "$work/home/logs/leavedesk.log" 2>/dev/null || true)
  rm -rf "$work"
  [[ "$ready" -ge 1 && -s "$CLASS_LIST" ]]
}
# dump_archive JAVA JAR — the archive beside the jar, for that jar's path
dump_archive() {
  local app; app=$(cd "$(dirname "$2")" && pwd -P)
  "$1" -Xshare:dump -XX:SharedClassListFile="$app/leavedesk.classlist" -XX:SharedArchiveFile="$app/leavedesk.jsa" \
    -cp "$app/$(basename "$2")" >/dev/null
}
if train_class_list; then
  echo "class list for the class-data archive: $(wc -l < "$CLASS_LIST") classes"
else
  rm -f "$CLASS_LIST"
  echo "package.sh: no display for the training run (set DISPLAY, install Xvfb or name LEAVEDESK_TRAINING_MONOCLE):" \
    "the package has no class-data archive and starts slower" >&2
fi

args=(
  --name LeaveDesk
  --app-version "$VERSION"
  --vendor "LeaveDesk"
  --description "请销假管理 — absences of city leaders checked against the work rules"
  --input target/jpackage-input
  --main-jar leavedesk.jar
  --main-class cn.leavedesk.Launcher
  --icon installer/leavedesk.png
  --dest target/installer
  --add-modules "$(tr -d ' \n' < installer/modules.txt)"
  --jlink-options "--strip-debug --no-man-pages --no-header-files --include-locales=en,zh"
  --java-options "-Dfile.encoding=UTF-8"
  --java-options "-Xmx1g"
  # $APPDIR is lib/app; the launcher expands it. Without the file there the JVM starts without the archive.
  --java-options '-XX:SharedArchiveFile=$APPDIR/leavedesk.jsa'
)
case "$TYPE" in
  app-image)
    jpackage --type app-image "${args[@]}"
    if [[ -f "$CLASS_LIST" ]]; then
      dump_archive target/installer/LeaveDesk/lib/runtime/bin/java target/installer/LeaveDesk/lib/app/leavedesk.jar
      echo "class-data archive: target/installer/LeaveDesk/lib/app/leavedesk.jsa (valid while the image stays here)"
    fi
    echo "app image: target/installer/LeaveDesk (start with target/installer/LeaveDesk/bin/LeaveDesk)"
    ;;
  deb)
    # jpackage's dependency scan misses GTK and a CJK font: declare them.
    # the postinst dumps the class-data archive at the installed path; the prerm removes it (dpkg did not install it)
    jpackage --type deb "${args[@]}" --resource-dir installer/debian \
      --linux-package-name leavedesk --linux-shortcut --linux-menu-group "Office;Utility" \
      --linux-app-category office \
      --linux-package-deps "libgtk-3-0, libgl1, fonts-wqy-microhei"
    ls -l target/installer/*.deb
    ;;
  *)
    echo "usage: installer/package.sh [app-image|deb]" >&2
    exit 2
    ;;
esac
