#!/usr/bin/env bash
# Live event delivery: 1,000 WebSocket subscribers of one business, orders at a steady rate, commit to
# receipt, with one server instance and with two sharing the database; writes docs/benchmarks.md.
# Options as system properties after the command, e.g. -Dbench.rate=20 -Dbench.seconds=60.
set -euo pipefail
cd "$(dirname "$0")/.."
classpath="$(pwd)/server/target/bench.classpath"
mvn -q -B -pl server -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
java -Xmx2g -XX:+UseSerialGC "$@" \
  -cp "server/target/test-classes:server/target/classes:$(cat "$classpath")" \
  cloud.olympus.server.bench.RealtimeBenchmark "$(pwd)/docs/benchmarks.md"
