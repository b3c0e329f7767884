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
echo "Server ready. Till login: tenant bella-cucina, cashier@bella-cucina.example, password olympus-demo"
java -cp "client-desktop/target/classes:$(cat client-desktop/target/classpath.txt)" cloud.olympus.desktop.Launcher \
  --tenant=bella-cucina --email=cashier@bella-cucina.example "$@"
