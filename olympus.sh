#!/usr/bin/env bash
# Runs Olympus on this machine: the server with its embedded PostgreSQL and demo data, and the
# desktop till, ready for the demo cashier. Closing the till stops the server.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p target
mvn -q -B install -DskipTests
mvn -q -B -pl client-desktop dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
# The server's shipped JVM options (installers/server/olympus-server.service; docs/benchmarks.md, "Server start-up").
java -XX:+UseSerialGC -Xss512k -XX:MaxRAMPercentage=40 -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=256m \
  -jar server/target/olympus-server-exec.jar --spring.profiles.active=demo > target/olympus-server.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
echo "Starting the server on http://localhost:8080 (log: target/olympus-server.log)..."
until { command -v curl >/dev/null && curl -sf http://localhost:8080/health >/dev/null; } \
      || { ! command -v curl >/dev/null && (exec 3<>/dev/tcp/localhost/8080) 2>/dev/null; }; do
  kill -0 "$server" 2>/dev/null || { echo "The server stopped; see target/olympus-server.log"; exit 1; }
  sleep 1
done
# A cash drawer is kept by a registered till: the demo manager registers this till once, as F9 on the till does,
# and again only when the server refuses the token it keeps (a fresh demo database); the manager's session ends after.
till_dir="${OLYMPUS_TILL_DIR:-$HOME/.olympus-till}"
for arg in "$@"; do case "$arg" in --till-dir=*) till_dir="${arg#--till-dir=}" ;; esac; done
register=no
if command -v curl >/dev/null; then
  if [ -s "$till_dir/device-token" ] && [ -s "$till_dir/device-id" ]; then
    known=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Device-Token: $(cat "$till_dir/device-token")" \
      http://localhost:8080/api/v1/auth/pin/staff || true)
    [ "$known" = 401 ] && register=yes
  else
    register=yes
  fi
fi
if [ "$register" = yes ]; then
  tokens=$(curl -sf -H 'Content-Type: application/json' http://localhost:8080/api/v1/auth/login \
    -d '{"tenant_slug":"bella-cucina","email":"manager@bella-cucina.example","password":"olympus-demo"}' || true)
  access=$(printf '%s' "$tokens" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  refresh=$(printf '%s' "$tokens" | sed -n 's/.*"refresh_token":"\([^"]*\)".*/\1/p')
  device=$(curl -sf -H "Authorization: Bearer $access" -H 'Content-Type: application/json' \
    http://localhost:8080/api/v1/devices -d '{"name":"Front till"}' || true)
  id=$(printf '%s' "$device" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
  token=$(printf '%s' "$device" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  if [ -n "$refresh" ]; then
    curl -sf -o /dev/null -H 'Content-Type: application/json' http://localhost:8080/api/v1/auth/logout \
      -d "{\"refresh_token\":\"$refresh\"}" || true
  fi
  if [ -n "$id" ] && [ -n "$token" ]; then
    mkdir -p "$till_dir"
    (umask 077 && printf '%s\n' "$token" > "$till_dir/device-token" && printf '%s\n' "$id" > "$till_dir/device-id")
    echo "This till is registered as \"Front till\" of Bella Cucina: its cash drawer works, and people switch in with a PIN."
  else
    echo "The till could not be registered; a manager registers it with F9 on the till."
  fi
fi
echo "Server ready. Till login: tenant bella-cucina, cashier@bella-cucina.example, password olympus-demo"
java -cp "client-desktop/target/classes:$(cat client-desktop/target/classpath.txt)" cloud.olympus.desktop.Launcher \
  --tenant=bella-cucina --email=cashier@bella-cucina.example "$@"
