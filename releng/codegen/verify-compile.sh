#!/usr/bin/env bash
# Quick check, without Tycho, that the model and edit bundles compile (src-gen/ + src/) against the EMF jars
# the generator tool resolved (same versions as the target platform). Run generate.sh first.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bundles=$(cd "$here/../../bundles" && pwd)
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
classpath=$(cat "$here/target/classpath.txt")
out="$here/target/verify"
rm -rf "$out" && mkdir -p "$out/model" "$out/edit"

sources() { find "$@" -name '*.java' 2>/dev/null | sort; }
# dangling-doc-comments: EMF puts the copyright header in a /** */ comment before the package declaration.
lint=-Xlint:all,-dangling-doc-comments

"$javac" --release 21 -encoding UTF-8 $lint -Werror -d "$out/model" -cp "$classpath" \
  $(sources "$bundles/org.factcheck.model/src-gen" "$bundles/org.factcheck.model/src")
"$javac" --release 21 -encoding UTF-8 $lint -Werror -d "$out/edit" -cp "$out/model:$classpath" \
  $(sources "$bundles/org.factcheck.model.edit/src-gen" "$bundles/org.factcheck.model.edit/src")
echo "model: $(find "$out/model" -name '*.class' | wc -l) classes, edit: $(find "$out/edit" -name '*.class' | wc -l) classes"
