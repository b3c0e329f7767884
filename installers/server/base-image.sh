#!/usr/bin/env bash
# A base image for the server's container, made without a registry or a Docker daemon: Debian
# bookworm (debootstrap, minimal, from Debian's package mirror) with a Java runtime made by jlink from
# a JDK of this machine (25 or later where installed, see below) in /opt/java/openjdk and the user olympus (1000), saved as an image tarball:
#   bash installers/server/base-image.sh        -> server/target/base-image.tar
# Then: mvn -pl server jib:buildTar -Djib.from.image=tar://$PWD/server/target/base-image.tar
# (installers/server/image.sh does both). Needs root and the debootstrap package.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(pwd)/server/target/base-image"
[ "$(id -u)" = 0 ] || { echo "Run as root (debootstrap and chroot need it)" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
rm -rf "$work" && mkdir -p "$work"
rootfs="$work/rootfs"
debootstrap --variant=minbase bookworm "$rootfs" >"$work/debootstrap.log"

# The Java runtime, from OLYMPUS_IMAGE_JDK if given, else the newest JDK 25 or later in /usr/lib/jvm
# (its ahead-of-time cache starts the server faster; image.sh makes it), else this machine's JDK:
# what the server uses of the JDK, plus jcmd for heap dumps and diagnostics.
jdk="${OLYMPUS_IMAGE_JDK:-}"
if [ -z "$jdk" ]; then
  jdk="$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")"
  for candidate in /usr/lib/jvm/*/bin/jlink; do
    [ -x "$candidate" ] || continue
    version="$(bash installers/server/java-version.sh "$(dirname "$candidate")/java")"
    if [ "${version:-0}" -ge 25 ] && [ "$version" -ge "$(bash installers/server/java-version.sh "$jdk/bin/java")" ]; then
      jdk="$(dirname "$(dirname "$candidate")")"
    fi
  done
fi
java_version="$(bash installers/server/java-version.sh "$jdk/bin/java")"
"$jdk/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.management,jdk.management.agent,jdk.jfr,jdk.jcmd,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.naming.dns,jdk.net \
  --strip-debug --no-man-pages --no-header-files --output "$rootfs/opt/java/openjdk"
# The JDK's own class data archive, for the JVM's classes (the server's own come with the image).
"$rootfs/opt/java/openjdk/bin/java" -Xshare:dump >/dev/null

echo 'olympus:x:1000:1000:Olympus:/var/lib/olympus:/usr/sbin/nologin' >>"$rootfs/etc/passwd"
echo 'olympus:x:1000:' >>"$rootfs/etc/group"
echo 'olympus:!:19000::::::' >>"$rootfs/etc/shadow"
printf '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n' >"$rootfs/etc/hosts"
install -d -m 0755 -o 1000 -g 1000 "$rootfs/var/lib/olympus"
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/*

# The image tarball: one layer, its configuration, and the manifest that names them.
tar --numeric-owner --sort=name --mtime='2026-01-01 00:00Z' -C "$rootfs" -cf "$work/layer.tar" .
diff_id="sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]}}
JSON
printf '[{"Config":"config.json","RepoTags":["olympus-base:%s"],"Layers":["layer.tar"]}]\n' "$java_version" >"$work/manifest.json"
tar -C "$work" -cf server/target/base-image.tar manifest.json config.json layer.tar
ls -l server/target/base-image.tar
