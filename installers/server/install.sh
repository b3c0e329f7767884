#!/usr/bin/env bash
# Installs (or upgrades) the Olympus server as a systemd service on this machine, as root:
#   bash installers/server/install.sh [path/to/olympus-server-exec.jar]
# The jar defaults to the one `mvn -pl server -am package -DskipTests` builds. Settings go to
# /etc/olympus/olympus.env (kept on upgrades); see docs/deploy.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:-$here/../../server/target/olympus-server-exec.jar}"
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
# The Java the service runs: OLYMPUS_JAVA if given, else the newest Java 25 or later installed in
# /usr/lib/jvm (its ahead-of-time cache starts the server faster), else the system's java.
java="${OLYMPUS_JAVA:-}"
if [ -z "$java" ]; then
  java="$(readlink -f "$(command -v java)")"
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    version="$(bash "$here/java-version.sh" "$candidate")"
    if [ "${version:-0}" -ge 25 ] && [ "$version" -ge "$(bash "$here/java-version.sh" "$java")" ]; then java="$candidate"; fi
  done
fi
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
