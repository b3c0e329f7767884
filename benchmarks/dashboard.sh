#!/usr/bin/env bash
# The dashboard of a business with a year of orders (1,000,000 by default), warm and cold through HTTP,
# against the naive aggregate query over the orders; writes docs/benchmarks.md.
# Options as system properties after the command, e.g. -Dbench.orders=20000 -Dbench.calls=50;
# a last argument ending in .md writes the section there instead.
set -euo pipefail
cd "$(dirname "$0")/.."
report="$(pwd)/docs/benchmarks.md"
props=()
for arg in "$@"; do
  case "$arg" in
    *.md) report="$arg" ;;
    *) props+=("$arg") ;;
  esac
done
classpath="$(pwd)/server/target/bench.classpath"
mvn -q -B -pl server -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
java -Xmx2g "${props[@]}" \
  -cp "server/target/test-classes:server/target/classes:$(cat "$classpath")" \
  cloud.olympus.server.bench.DashboardBenchmark "$report"
