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
)
case "$TYPE" in
  app-image)
    jpackage --type app-image "${args[@]}"
    echo "app image: target/installer/LeaveDesk (start with target/installer/LeaveDesk/bin/LeaveDesk)"
    ;;
  deb)
    # jpackage's dependency scan misses GTK and a CJK font: declare them.
    jpackage --type deb "${args[@]}" \
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
