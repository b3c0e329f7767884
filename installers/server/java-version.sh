#!/usr/bin/env bash
# Prints the feature version of a Java runtime (17, 21, 25, ...):  java-version.sh [JAVA]
set -euo pipefail
"${1:-java}" -XshowSettings:properties -version 2>&1 | sed -nE 's/^ *java\.specification\.version = ([0-9]+).*/\1/p'
