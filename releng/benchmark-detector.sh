#!/bin/sh
# Runs the claim detector's benchmark (tests/org.factcheck.detect.opennlp.tests, DetectorBenchmarkTest) inside OSGi
# and prints its report: precision and recall per kind (direct, indirect, check-worthy, reported speech) and
# speaker accuracy against the hand labels of the demo case's four articles, the misses, and the time for a 1 MB
# article (wall clock and CPU of the detecting thread, median of 5 runs after a first run that loads the models).
# Asserts nothing. Builds only the bundles it needs; the other tests of the module run too (they take seconds).
#   releng/benchmark-detector.sh [extra Maven arguments, for example -o]
# The report is also written to tests/org.factcheck.detect.opennlp.tests/target/detector-benchmark.md.
set -eu
. "$(dirname "$0")/common.sh"
find_build_jdk
cd "$root"
case "${1:-}" in
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
out="$root/tests/org.factcheck.detect.opennlp.tests/target"
mkdir -p "$out"
log="$out/detector-benchmark.log"
modules=targetplatform,bundles/org.factcheck.model,bundles/org.factcheck.core
modules=$modules,bundles/org.factcheck.detect.opennlp,tests/org.factcheck.detect.opennlp.tests
status=0
./mvnw -B verify -pl "$modules" -Dfactcheck.detector.benchmark=true "$@" >"$log" 2>&1 || status=$?
if [ "$status" != 0 ]; then
    tail -n 60 "$log" >&2
    echo "The benchmark build failed (whole output: $log)." >&2
    exit "$status"
fi
sed -n '/^## Claim detector/,/^1 MB article/p' "$log" | tee "$out/detector-benchmark.md"
