#!/usr/bin/env bash
# Makes the class cache the server starts faster with: a training run starts the server's whole
# context on a throwaway data folder (its own embedded PostgreSQL), and the JVM writes what it loaded
# into the cache as it exits. On Java 17 to 24 that is a class data archive (CDS,
# -XX:ArchiveClassesAtExit; start with -XX:SharedArchiveFile=ARCHIVE); on Java 25 and later an
# ahead-of-time cache (-XX:AOTCacheOutput: the classes loaded and linked, and the profiles of the
# methods the start ran; start with -XX:AOTCache=ARCHIVE). Run again after every upgrade of the jar
# or of Java: a JVM given a cache that does not match says so and starts without it.
#   cds.sh JAR ARCHIVE [USER]     e.g. cds.sh /opt/olympus/app/olympus-server-exec.jar /opt/olympus/olympus.jsa olympus
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java cds.sh JAR /opt/olympus/olympus.aot olympus
# The jar must be the extracted one (java -Djarmode=tools -jar olympus-server-exec.jar extract):
# classes inside the nested jars of the fat jar cannot be archived.
set -euo pipefail
jar="$1" archive="$2" user="${3:-}"
java="${JAVA:-java}"
scratch="$(mktemp -d)"
as_user() { if [ -n "$user" ]; then runuser -u "$user" -- "$@"; else "$@"; fi; }
[ -z "$user" ] || chown "$user" "$scratch"
cleanup() {
  # The training run ends as soon as the context is up, before the embedded PostgreSQL is stopped.
  if [ -f "$scratch/data/pgdata/postmaster.pid" ]; then
    kill -INT "$(head -1 "$scratch/data/pgdata/postmaster.pid")" 2>/dev/null || true
    for _ in $(seq 1 100); do [ -f "$scratch/data/pgdata/postmaster.pid" ] || break; sleep 0.1; done
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT
if [ "$(bash "$(dirname "$0")/java-version.sh" "$java")" -ge 25 ]; then
  output=(-XX:AOTCacheOutput="$scratch/olympus.cache") kind="Ahead-of-time cache"
else
  output=(-XX:ArchiveClassesAtExit="$scratch/olympus.cache") kind="Class data archive"
fi
# shellcheck disable=SC2086
OLYMPUS_DATA_DIR="$scratch/data" PORT=0 as_user "$java" ${JAVA_OPTS:-} "${output[@]}" \
  -Xlog:cds=error -Dspring.context.exit=onRefresh -jar "$jar" >"$scratch/training.log" 2>&1 \
  || { cat "$scratch/training.log" >&2; exit 1; }
install -m 0644 "$scratch/olympus.cache" "$archive"
echo "$kind: $archive ($(du -h "$archive" | cut -f1))"
