#!/usr/bin/env bash
# Builds the installers of the Olympus apps with jpackage (JDK 17 or later):
#   olympus-desktop (till and console), olympus-manager and olympus-watch,
# each as an app image and as this system's installer: .deb on Linux (needs dpkg-deb and fakeroot),
# .msi on Windows (needs the WiX Toolset 3), .dmg on macOS. Into installers/target/packages.
#   bash installers/build.sh                 # every app, app image and installer
#   bash installers/build.sh desktop         # one app
#   bash installers/build.sh --type deb watch
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package dependency:copy-dependencies -DincludeScope=runtime -DskipTests \
  -pl client-desktop,client-mobile,client-watch,installers -am
java -Djava.awt.headless=true -cp installers/target/classes cloud.olympus.installers.Packager "$@"
ls -l installers/target/packages
