#!/bin/sh
# Benchmarks the document editor on a generated 1 MB article with 20,000 spans and prints the figures
# (time to open with all highlights, to repaint after adding a span, after a caret move, Next Span and a mark through
# their commands, re-anchoring). Needs a display: uses xvfb-run when there is none. Takes a few minutes (it builds
# the workbench first). Asserts no timings.
#   releng/benchmark-editor.sh [-Dfactcheck.benchmark.rounds=N] [extra Maven arguments]
set -eu
. "$(dirname "$0")/common.sh"
find_build_jdk
ensure_system_packages $GUI_PACKAGES
cd "$root"
out="$root/tests/org.factcheck.ui.benchmarks/results" # not under target/: "clean" would delete it mid-run
mkdir -p "$out"
set -- -B -Peditor-benchmark clean verify -Dtest=EditorBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfactcheck.failIfNoTests=false "$@"
if [ -z "${DISPLAY:-}" ]; then
    [ "$(id -u)" = 0 ] && ensure_system_packages xvfb xauth
    status=0; xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw "$@" > "$out/maven.log" 2>&1 || status=$?
else
    status=0; ./mvnw "$@" > "$out/maven.log" 2>&1 || status=$?
fi
if [ "$status" != 0 ]; then
    tail -60 "$out/maven.log"
    echo "The benchmark build failed (whole output: $out/maven.log)." >&2
    exit "$status"
fi
grep 'EDITOR-BENCHMARK' "$out/maven.log" | sed 's/^EDITOR-BENCHMARK //' | tee "$out/benchmark.txt"
echo "(figures also in $out/benchmark.txt; Maven's whole output in $out/maven.log)"
