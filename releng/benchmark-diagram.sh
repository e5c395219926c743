#!/bin/sh
# Runs the argument diagram benchmark: ELK layout and GEF first paint of a generated case of 2,000 claims and
# 5,000 relations, with Graphviz dot on the same graph as the baseline. Prints the figures and writes them to
# tests/org.factcheck.diagram.benchmarks/target/benchmark-diagram.txt. Not part of the normal build.
#   releng/benchmark-diagram.sh [-Dbenchmark.claims=N] [-Dbenchmark.relations=M] [-Dbenchmark.runs=R]
set -eu
. "$(dirname "$0")/common.sh"
find_build_jdk
ensure_system_packages $GUI_PACKAGES
if ! command -v dot >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] && ensure_system_packages graphviz
    command -v dot >/dev/null 2>&1 || echo "Graphviz dot is not installed (apt-get install -y graphviz): no baseline." >&2
fi
cd "$root"
run() {
    if [ -z "${DISPLAY:-}" ]; then
        [ "$(id -u)" = 0 ] && ensure_system_packages xvfb xauth
        xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
    else
        "$@"
    fi
}
run ./mvnw -B verify -Pdiagram-benchmark -DskipTests "$@" | grep -E '^\[benchmark\]|BUILD (SUCCESS|FAILURE)|^\[ERROR\]'
cat tests/org.factcheck.diagram.benchmarks/target/benchmark-diagram.txt
