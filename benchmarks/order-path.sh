#!/usr/bin/env bash
# Order creation and till sales through the full stack against the same SQL through pgbench; writes docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pgbench >/dev/null; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql-client
fi
mvn -q -B install -DskipTests
mvn -q -B -pl server org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
  -Dexec.mainClass=cloud.olympus.server.bench.OrderPathBenchmark -Dexec.classpathScope=test \
  -Dexec.args="$(pwd)/docs/benchmarks.md" "$@"
