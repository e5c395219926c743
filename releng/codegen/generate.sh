#!/usr/bin/env bash
# Regenerates the EMF model code (bundles/org.factcheck.model/src-gen) and edit code
# (bundles/org.factcheck.model.edit/src-gen, plugin.properties, icons) from
# bundles/org.factcheck.model/model/factcheck.genmodel with EMF's own generator, run outside Eclipse.
#
# Usage: releng/codegen/generate.sh          (from anywhere; needs JDK 21+ and access to Maven Central)
#
# src-gen/ and the edit bundle's plugin.properties are deleted first: they are entirely generated, so the result
# depends only on the model files. Icons are only created when missing, so that drawn icons are kept.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
genmodel=org.factcheck.model/model/factcheck.genmodel

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# Maven 3.9 on JDK 24+ warns about sun.misc.Unsafe; the warning is harmless.
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"

"$root/mvnw" -q -B -f "$here/pom.xml" compile dependency:build-classpath \
  -Dmdep.outputFile="$here/target/classpath.txt"

rm -rf "$root/bundles/org.factcheck.model/src-gen" \
       "$root/bundles/org.factcheck.model.edit/src-gen" \
       "$root/bundles/org.factcheck.model.edit/plugin.properties"

"$java" -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" \
  org.factcheck.releng.codegen.GenerateModelCode "$root/bundles" "$genmodel"
