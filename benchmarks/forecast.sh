#!/usr/bin/env bash
# The sales forecast's backtest on each demo business against the 7-day moving average, and its
# interval coverage; writes docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
classpath="$(pwd)/server/target/bench.classpath"
mvn -q -B -pl server -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
java -Xmx1g -XX:+UseSerialGC "$@" \
  -cp "server/target/test-classes:server/target/classes:$(cat "$classpath")" \
  cloud.olympus.server.bench.ForecastBenchmark "$(pwd)/docs/benchmarks.md"
