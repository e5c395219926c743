#!/bin/sh
# Runs the case-file persistence benchmark (tests/org.factcheck.benchmarks) and prints its table: save and load
# times of a generated case (200 documents, 100,000 text spans, 20,000 claims) as a .factcase file and in EMF's
# binary format, file sizes and heap. It builds only the bundles it needs and runs no tests.
#   releng/benchmark.sh [--runs N] [--warmup N] [--seed N] [--documents N] [--spans N] [--claims N]
#                       [--relations N] [--heap 4g]
# The table is also written to tests/org.factcheck.benchmarks/target/benchmark/report.md.
# Timings depend on the machine and on what else runs on it: the report gives the load average.
set -eu
. "$(dirname "$0")/common.sh"
find_build_jdk
cd "$root"

properties=""
while [ $# -gt 0 ]; do
    case "$1" in
        --runs|--warmup|--seed|--documents|--spans|--claims|--relations|--heap)
            [ $# -ge 2 ] || { echo "$1 needs a value" >&2; exit 2; }
            properties="$properties -Dbenchmark.${1#--}=$2"
            shift 2 ;;
        -h|--help)
            sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
            exit 0 ;;
        *)
            echo "Unknown argument $1 (see releng/benchmark.sh --help)" >&2
            exit 2 ;;
    esac
done

out="$root/tests/org.factcheck.benchmarks/target/benchmark"
mkdir -p "$out"
log="$out/benchmark.log"
status="$out/exit-status"
echo "Building the model, the core and the benchmark bundle, then running the benchmark (the whole Maven log: $log)"
# Only the modules the benchmark needs: listing them works in this manifest-first reactor (-am does not).
# shellcheck disable=SC2086
if ./mvnw -B -Pbenchmark -DskipTests $properties verify \
        -pl targetplatform,bundles/org.factcheck.model,bundles/org.factcheck.core,tests/org.factcheck.benchmarks 2>&1; then
    echo 0 >"$status"
else
    echo $? >"$status"
fi | tee "$log" | sed -u -n '/^Generated [0-9,]* objects/,/^\[INFO\] -----/{/^\[INFO\]/d;p;}'
if [ "$(cat "$status")" != 0 ]; then
    tail -n 40 "$log" >&2
    echo "The benchmark failed; the whole log is $log" >&2
    exit 1
fi
sed -n '/^## Case-file persistence benchmark/,/^\[INFO\] -----/{/^\[INFO\]/d;p;}' "$log" >"$out/report.md"
echo "The table is also in $out/report.md"
