#!/usr/bin/env bash
# Server start-up: the median of 5 cold starts of the packaged jar per way of starting it, against a
# data folder that is already initialised (the embedded PostgreSQL's cluster and the schema exist; no
# demo data), and the server's memory (RSS) once idle. Prints a table for docs/benchmarks.md,
# "Server start-up". Each start is timed in three phases: JVM and Spring context until the embedded
# PostgreSQL's start begins, PostgreSQL's own start (on a thread of its own, beside the context), and
# the rest until /health/readiness answers UP.
#   bash benchmarks/startup.sh            # every variant, 5 starts each (about 10 minutes)
#   RUNS=3 VARIANTS="jar cds" bash benchmarks/startup.sh
# The aot variants need a Java 25 or later (JAVA25, else the newest in /usr/lib/jvm); without one they are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
VARIANTS=${VARIANTS:-jar extracted cds tuned cds-tuned lazy aot-tuned}
PORT=${PORT:-18089}
IDLE=${IDLE:-20}
work="$(pwd)/server/target/startup-bench"
jar="$(pwd)/server/target/olympus-server-exec.jar"

[ "${SKIP_BUILD:-}" = 1 ] || mvn -q -B -pl server -am package -DskipTests
rm -rf "$work" && mkdir -p "$work"
# The layout the systemd service and the container image run: the jar's classes and libraries as
# plain files (a CDS archive cannot map classes from jars nested in the fat jar).
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
app="$work/app/olympus-server-exec.jar"
export OLYMPUS_DATA_DIR="$work/data" PORT OLYMPUS_DEMO=false

# The shipped defaults (installers/server/olympus-server.service and the container image), on a
# machine of the unit's MemoryMax (1536 MB): the JVM sizes its heap from that limit.
TUNED="$(sed -nE 's/^Environment="JAVA_OPTS=(.*)"$/\1/p' installers/server/olympus-server.service) -XX:MaxRAM=1536m"

# A Java 25 or later for the ahead-of-time cache (JEP 483/514/515), as the systemd unit and the image use where present.
JAVA25=${JAVA25:-}
if [ -z "$JAVA25" ]; then
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] && [ "$(bash installers/server/java-version.sh "$candidate")" -ge 25 ] && JAVA25=$candidate
  done
fi
if [[ "$VARIANTS" == *aot* && -z "$JAVA25" ]]; then
  echo "No Java 25 or later: leaving out the aot variants" >&2
  VARIANTS=$(tr ' ' '\n' <<<"$VARIANTS" | grep -v aot | tr '\n' ' ')
fi

ms() { date +%s%3N; }
log_ms() { date -d "$1" +%s%3N; }

# start LOG COMMAND... : runs the server until ready; sets READY_MS, CPU_MS (the JVM's processor time
# until ready, which other work on the machine hardly changes), PG_BEGIN_MS, PG_MS and RSS_KB.
start() {
  local log="$1"; shift
  local t0; t0=$(ms)
  "$@" >"$log" 2>&1 &
  local pid=$!
  until curl -sf "localhost:$PORT/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "the server stopped; see $log" >&2; exit 1; }
    sleep 0.05
  done
  READY_MS=$(( $(ms) - t0 ))
  CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  local line; line=$(grep -m1 'Embedded PostgreSQL on port' "$log" || true)
  if [ -n "$line" ]; then
    PG_MS=$(sed -E 's/.*durable, ([0-9]+) ms.*/\1/;s/.*not durable, ([0-9]+) ms.*/\1/' <<<"$line")
    PG_BEGIN_MS=$(( $(log_ms "${line%% *}") - PG_MS - t0 ))
  else
    PG_MS=0; PG_BEGIN_MS=0
  fi
  sleep "$IDLE"
  RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "Initialising the data folder (first start: initdb, migrations)..."
start "$work/init.log" java -jar "$jar"

variant_command() {
  case "$1" in
    jar) echo "java -jar $jar" ;;
    extracted) echo "java -jar $app" ;;
    cds) echo "java -XX:SharedArchiveFile=$work/olympus.jsa -jar $app" ;;
    tuned) echo "java $TUNED -jar $app" ;;
    cds-tuned) echo "java $TUNED -XX:SharedArchiveFile=$work/olympus.jsa -jar $app" ;;
    lazy) echo "java $TUNED -XX:SharedArchiveFile=$work/olympus.jsa -jar $app --spring.main.lazy-initialization=true" ;;
    aot-tuned) echo "$JAVA25 $TUNED -XX:AOTCache=$work/olympus.aot -jar $app" ;;
  esac
}

if [[ "$VARIANTS" == *cds* || "$VARIANTS" == *lazy* ]]; then
  echo "Training run for the CDS archive (starts the context, then exits)..."
  java -XX:ArchiveClassesAtExit="$work/olympus.jsa" -Xlog:cds=error -Dspring.context.exit=onRefresh -jar "$app" >"$work/training.log" 2>&1
  # The training run leaves its PostgreSQL running; a start stops it, outside the measured starts.
  start "$work/settle.log" java -jar "$app"
fi
if [[ "$VARIANTS" == *aot* ]]; then
  echo "Training run for the ahead-of-time cache ($JAVA25)..."
  # shellcheck disable=SC2086
  "$JAVA25" $TUNED -XX:AOTCacheOutput="$work/olympus.aot" -Dspring.context.exit=onRefresh -jar "$app" >"$work/training-aot.log" 2>&1
  start "$work/settle-aot.log" java -jar "$app"
fi

# Round robin (each variant once, then each again), so that what else the machine does weighs on all alike.
for run in $(seq 1 "$RUNS"); do
  for variant in $VARIANTS; do
    [ "$run" -gt 1 ] || : >"$work/$variant.times"
    # shellcheck disable=SC2046
    start "$work/$variant-$run.log" $(variant_command "$variant")
    echo "$READY_MS $PG_BEGIN_MS $PG_MS $RSS_KB $CPU_MS $(cut -d' ' -f1 /proc/loadavg)" >>"$work/$variant.times"
    echo "  $variant run $run: ready in $READY_MS ms (JVM processor time $CPU_MS ms), RSS $((RSS_KB / 1024)) MB" >&2
  done
done

printf '\n| start | JVM + context to PostgreSQL | PostgreSQL | then to ready | total to ready | JVM processor time to ready | idle RSS |\n|---|---|---|---|---|---|---|\n'
for variant in $VARIANTS; do
  total=$(cut -d' ' -f1 "$work/$variant.times" | median)
  before=$(cut -d' ' -f2 "$work/$variant.times" | median)
  pg=$(cut -d' ' -f3 "$work/$variant.times" | median)
  rss=$(cut -d' ' -f4 "$work/$variant.times" | median)
  cpu=$(cut -d' ' -f5 "$work/$variant.times" | median)
  printf '| %s | %.1f s | %.1f s | %.1f s | **%.1f s** | %.1f s | %d MB |\n' "$variant" \
    "$(bc -l <<<"$before/1000")" "$(bc -l <<<"$pg/1000")" "$(bc -l <<<"($total-$before-$pg)/1000")" \
    "$(bc -l <<<"$total/1000")" "$(bc -l <<<"$cpu/1000")" $(( rss / 1024 ))
done
echo
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); JVM: $(java -version 2>&1 | head -1)"
