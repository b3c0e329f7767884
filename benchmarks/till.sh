#!/usr/bin/env bash
# The till's speed with a 50,000-item catalogue; writes its section of docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests
mvn -q -B -pl client-desktop dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -Xmx2g -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
  -cp "client-desktop/target/test-classes:client-desktop/target/classes:$(cat client-desktop/target/test-classpath.txt)" \
  cloud.olympus.desktop.bench.TillBenchmark "$(pwd)/docs/benchmarks.md"
