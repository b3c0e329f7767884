#!/usr/bin/env bash
# The server's container image, built without a Docker daemon, into server/target/jib-image.tar:
#   bash installers/server/image.sh                      # on a registry's base image (eclipse-temurin:17-jre)
#   bash installers/server/image.sh --local-base         # on a base made here (base-image.sh), no registry needed
# Load it with `docker load -i server/target/jib-image.tar` (or podman load) and run it with
# `docker run -p 8080:8080 -v olympus-data:/var/lib/olympus olympus-server:<version>`.
# With --local-base the image also carries a class cache for a faster start (/app/olympus.aot, an
# ahead-of-time cache, when the base's Java is 25 or later; else /app/olympus.jsa, a class data archive):
# the image is unpacked, its own Java starts the server once in a chroot as a training run, and the
# image is built again with the archive. (With a registry's base that step needs the base's Java;
# it is skipped, and the image starts without an archive.)
set -euo pipefail
cd "$(dirname "$0")/../.."
target="$(pwd)/server/target"
mvn -B -q -pl server -am package -DskipTests
rm -rf "$target/jib-cds" && mkdir -p "$target/jib-cds"
from=()
if [ "${1:-}" = "--local-base" ]; then
  [ -f "$target/base-image.tar" ] || bash installers/server/base-image.sh
  from=("-Djib.from.image=tar://$target/base-image.tar")
fi
mvn -B -q -pl server jib:buildTar "${from[@]}"
[ "${1:-}" = "--local-base" ] || { ls -l "$target/jib-image.tar"; exit 0; }

# Unpack the image (base layer, then Jib's) and make the archive with the image's own Java and paths.
root="$target/jib-root"
rm -rf "$root" && mkdir -p "$root/image"
tar -C "$root/image" -xf "$target/jib-image.tar"
mkdir -p "$root/fs"
for layer in $(sed -E 's/.*"Layers":\[([^]]*)\].*/\1/; s/[",]/ /g' "$root/image/manifest.json"); do
  tar -C "$root/fs" -xf "$root/image/$layer"
done
# A container runtime gives the container its /etc/hosts; the chroot needs one for "localhost".
[ -s "$root/fs/etc/hosts" ] || printf '127.0.0.1 localhost\n::1 localhost\n' >"$root/fs/etc/hosts"
mount -t proc proc "$root/fs/proc"
mount --bind /dev "$root/fs/dev"
trap 'umount "$root/fs/proc" "$root/fs/dev" 2>/dev/null || true' EXIT
flags=$(sed -nE 's/.*"Entrypoint":\["java",(.*),"-cp".*/\1/p' "$root/image/config.json" | tr -d '"' | tr ',' ' ' | sed 's/-Xshare:auto//')
# Java 25 and later: an ahead-of-time cache (classes loaded and linked, method profiles); before: CDS.
if [ "$(bash installers/server/java-version.sh "$root/fs/opt/java/openjdk/bin/java")" -ge 25 ]; then
  output=-XX:AOTCacheOutput=/tmp/olympus.cache cache=olympus.aot option=-XX:AOTCache=/app/olympus.aot
else
  output=-XX:ArchiveClassesAtExit=/tmp/olympus.cache cache=olympus.jsa option=-XX:SharedArchiveFile=/app/olympus.jsa
fi
chroot="$(command -v chroot)"
# shellcheck disable=SC2086
env -i PATH=/opt/java/openjdk/bin:/usr/bin:/bin OLYMPUS_DATA_DIR=/tmp/training PORT=0 \
  "$chroot" --userspec=1000:1000 "$root/fs" java $flags $output -Xlog:cds=error \
  -Dspring.context.exit=onRefresh -cp @/app/jib-classpath-file cloud.olympus.server.OlympusServer >"$root/training.log" 2>&1 \
  || { tail -30 "$root/training.log"; exit 1; }
# The training run ends with the context up; stop its PostgreSQL.
pid_file="$root/fs/tmp/training/pgdata/postmaster.pid"
if [ -f "$pid_file" ]; then
  kill -INT "$(head -1 "$pid_file")" 2>/dev/null || true
  for _ in $(seq 1 100); do [ -f "$pid_file" ] || break; sleep 0.1; done
fi
cp "$root/fs/tmp/olympus.cache" "$target/jib-cds/$cache"
mvn -B -q -pl server jib:buildTar "${from[@]}" -Dolympus.image.cds="$option"
ls -l "$target/jib-image.tar" "$target/jib-cds/$cache"
