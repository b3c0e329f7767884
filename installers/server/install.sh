#!/usr/bin/env bash
# Installs (or upgrades) the Olympus server as a systemd service on this machine, as root:
#   bash installers/server/install.sh [--java=/path/to/bin/java] [path/to/olympus-server-exec.jar]
# The jar defaults to the one `mvn -pl server -am package -DskipTests` builds. Settings go to
# /etc/olympus/olympus.env (kept on upgrades); see docs/deploy.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar=""
for argument in "$@"; do
  case "$argument" in
    --java=*) OLYMPUS_JAVA="${argument#--java=}" ;;
    *) jar="$argument" ;;
  esac
done
jar="${jar:-$here/../../server/target/olympus-server-exec.jar}"
[ "$(id -u)" = 0 ] || { echo "Run as root" >&2; exit 1; }
id olympus >/dev/null 2>&1 || useradd --system --home-dir /var/lib/olympus --no-create-home --shell /usr/sbin/nologin olympus
install -d -m 0755 /opt/olympus
install -d -m 0750 -g olympus /etc/olympus
rm -rf /opt/olympus/app.new
java -Djarmode=tools -jar "$jar" extract --destination /opt/olympus/app.new >/dev/null
[ -f /etc/olympus/olympus.env ] || install -m 0640 -g olympus "$here/olympus.env" /etc/olympus/olympus.env
if systemctl is-active --quiet olympus-server; then systemctl stop olympus-server; fi
rm -rf /opt/olympus/app.previous
[ ! -d /opt/olympus/app ] || mv /opt/olympus/app /opt/olympus/app.previous
mv /opt/olympus/app.new /opt/olympus/app
# The Java the service runs: the system's /usr/bin/java, unless one is named with OLYMPUS_JAVA=/path or
# --java=/path (a Java 25 or later starts faster with its ahead-of-time cache). The link keeps the path as
# given, so /usr/bin/java follows the system's alternatives; the unit falls back to /usr/bin/java when the
# named Java is removed.
java="${OLYMPUS_JAVA:-/usr/bin/java}"
[ -x "$java" ] || { echo "No Java at $java; name one with OLYMPUS_JAVA=/path/to/bin/java or --java=/path/to/bin/java" >&2; exit 1; }
ln -sfn "$java" /opt/olympus/java
if [ "$(bash "$here/java-version.sh" "$java")" -ge 25 ]; then
  cache=/opt/olympus/olympus.aot cache_option="-XX:AOTCache=/opt/olympus/olympus.aot"
else
  cache=/opt/olympus/olympus.jsa cache_option="-XX:SharedArchiveFile=/opt/olympus/olympus.jsa"
fi
rm -f /opt/olympus/olympus.aot /opt/olympus/olympus.jsa
# The cache names the jars by their paths, so it is made where the jar now stays.
JAVA="$java" JAVA_OPTS="$(sed -nE 's/^Environment="JAVA_OPTS=(.*)"$/\1/p' "$here/olympus-server.service")" \
  bash "$here/cds.sh" /opt/olympus/app/olympus-server-exec.jar "$cache" olympus
echo "OLYMPUS_CLASS_CACHE=$cache_option" >/opt/olympus/java.env
echo "Java: $java ($("$java" -version 2>&1 | head -1)), class cache $cache"
install -m 0644 "$here/olympus-server.service" /etc/systemd/system/olympus-server.service
systemctl daemon-reload
systemctl enable --now olympus-server
echo "Started; follow with: journalctl -u olympus-server -f   (ready when curl -sf localhost:8080/health/readiness)"
