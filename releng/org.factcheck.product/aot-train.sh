#!/bin/sh
# Makes the JDK's ahead-of-time cache for a materialized product (JDK 25+): one training run of the headless
# command on the demo case (-XX:AOTCacheOutput) writes PRODUCT/aot/factcheck.aot, which the start script passes to
# the JVM (-XX:AOTCache) for the command line and the workbench. Run by the product's build (package phase) with
# the JDK that builds it; without a JDK 25 it does nothing. A failure leaves no cache and fails nothing: the cache
# is only a head start.
#   aot-train.sh PRODUCT_DIR JAVA_HOME
set -u
product=$1
jdk=$2
release="$jdk/release"
v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$release" 2>/dev/null | head -n 1)
if [ -z "$v" ] || [ "$v" -lt 25 ]; then
    echo "[aot] the build's JDK ($jdk) is older than 25: no AOT cache for the product"
    exit 0
fi
case_file=$(ls "$product"/demo/*/*.factcase 2>/dev/null | head -n 1)
[ -n "$case_file" ] || { echo "[aot] no demo case in $product: no AOT cache"; exit 0; }
work=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-aot.XXXXXX") || exit 0
trap 'rm -rf "$work"' EXIT
# The training run must not leave its OSGi caches in the product: it runs in a copy of the configuration.
cp -r "$product/configuration" "$work/configuration"
mkdir -p "$product/aot"
cache="$product/aot/factcheck.aot"
rm -f "$cache"
if JAVA_HOME="$jdk" FACTCHECK_AOT=off FACTCHECK_CONFIGURATION="$work/configuration" \
        FACTCHECK_VMARGS="-XX:AOTCacheOutput=$work/factcheck.aot -Xlog:aot=off" \
        "$product/factcheck" stats "$case_file" >"$work/out" 2>&1 && [ -s "$work/factcheck.aot" ]; then
    mv "$work/factcheck.aot" "$cache"
    echo "[aot] wrote $cache ($(( $(stat -c %s "$cache") / 1048576 )) MiB) with $jdk"
else
    rmdir "$product/aot" 2>/dev/null
    echo "[aot] the training run failed; the product has no AOT cache:"
    sed 's/^/[aot]   /' "$work/out"
fi
exit 0
