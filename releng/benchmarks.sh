#!/bin/sh
# Runs every benchmark of the project in one build and prints one table: case-file persistence (save and load
# against EMF's binary format), the document editor (open, adding a span, caret moves and commands, with the default
# perspective's views open), the argument diagram (ELK layout + first paint against Graphviz dot, one edit in a
# diagram of 2,000 claims) and start-up (releng/benchmark-startup.sh: the product with the demo case against the
# same product bare, the headless command, both with and without the JDK's AOT cache). Needs a display: uses
# xvfb-run when there is none. Asserts no timings; takes about 15 minutes on 2 cores, 40 when other builds share them.
#   releng/benchmarks.sh [--quick] [extra Maven arguments]
#   releng/benchmarks.sh --table-from LOG     only the table, from the Maven log of an earlier run
# --quick: fewer rounds everywhere (for checking a change, not for figures to publish).
# The table is also written to releng/benchmark-results/benchmarks.md, the whole Maven log beside it.
set -eu
. "$(dirname "$0")/common.sh"
find_build_jdk
ensure_system_packages $GUI_PACKAGES
cd "$root"
out="$root/releng/benchmark-results" # not under target/: "clean" would delete it mid-run
mkdir -p "$out"
log="$out/maven.log"

rounds=""
startup_rounds=9
from_log=""
if [ "${1:-}" = "--table-from" ]; then # only the table, from the Maven log of an earlier run
    [ $# -ge 2 ] || { echo "--table-from needs the log of an earlier run" >&2; exit 2; }
    from_log=$2
    shift 2
fi
if [ "${1:-}" = "--quick" ]; then
    shift
    rounds="-Dbenchmark.runs=3 -Dbenchmark.warmup=1 -Dfactcheck.benchmark.rounds=10 -Dbenchmark.dot=false"
    startup_rounds=3
fi
case "${1:-}" in
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
if ! command -v dot >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] && ensure_system_packages graphviz
    command -v dot >/dev/null 2>&1 || echo "Graphviz dot is not installed (apt-get install -y graphviz): no diagram baseline." >&2
fi

# The bundles, the features and the three benchmark modules; no other tests. Listing the modules works in this
# manifest-first reactor (-am does not).
modules=targetplatform,bundles/org.factcheck.model,bundles/org.factcheck.model.edit,bundles/org.factcheck.gef.compat
modules=$modules,bundles/org.factcheck.core,bundles/org.factcheck.slf4j.silent,tests/org.factcheck.testing,bundles/org.factcheck.exchange
modules=$modules,bundles/org.factcheck.install,bundles/org.factcheck.cli,bundles/org.factcheck.ui,bundles/org.factcheck.diagram
modules=$modules,bundles/org.factcheck.detect.opennlp
modules=$modules,features/org.factcheck.runtime.feature,features/org.factcheck.feature,releng/org.factcheck.product
modules=$modules,tests/org.factcheck.benchmarks,tests/org.factcheck.ui.benchmarks,tests/org.factcheck.diagram.benchmarks
set -- -B -Pbenchmark,editor-benchmark,diagram-benchmark verify -pl "$modules" \
    -Dtest='EditorBenchmark,DiagramBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfactcheck.failIfNoTests=false $rounds "$@"
status=0
if [ -n "$from_log" ]; then
    [ -r "$from_log" ] || { echo "Cannot read $from_log" >&2; exit 2; }
    log=$from_log
elif [ -z "${DISPLAY:-}" ]; then
    echo "Building and running the benchmarks (the whole Maven log: $log)"
    [ "$(id -u)" = 0 ] && ensure_system_packages xvfb xauth
    xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw "$@" >"$log" 2>&1 || status=$?
else
    echo "Building and running the benchmarks (the whole Maven log: $log)"
    ./mvnw "$@" >"$log" 2>&1 || status=$?
fi
if [ "$status" = 0 ] && [ -z "$from_log" ]; then # the start-up benchmark runs the product the build made
    echo "Start-up benchmark ($startup_rounds rounds of each kind)"
    "$root/releng/benchmark-startup.sh" "$startup_rounds" >>"$log" 2>&1 || status=$?
fi
if [ "$status" != 0 ]; then
    tail -n 60 "$log" >&2
    echo "The benchmark build failed (whole output: $log)." >&2
    exit "$status"
fi

table="$out/benchmarks.md"
{
    echo "| part | what | wall clock (median) | CPU, benchmark thread (median) | target or baseline |"
    echo "|---|---|---:|---:|---|"
    # persistence: the rows of its own table (.factcase, then EMF binary as the baseline in the same run)
    # (its CPU medians are in its list of all runs: "  save_case  median 763 ms  cpu 700 ms ...")
    cpu_of() { grep -a "^  $1 *median" "$log" | sed 's/.* cpu *\([0-9,]* ms\).*/\1/' | head -n 1; }
    save_cpu=$(cpu_of save_case); load_cpu=$(cpu_of load_case)
    save_binary_cpu=$(cpu_of save_binary); load_binary_cpu=$(cpu_of load_binary)
    sed -n '/^## Case-file persistence benchmark/,/^Load average/p' "$log" | awk -F'|' \
        -v sc="$save_cpu" -v lc="$load_cpu" -v sbc="$save_binary_cpu" -v lbc="$load_binary_cpu" '
        /^\| (save \(atomic|load \(checked)/ {
            gsub(/^ +| +$/, "", $2); gsub(/^ +| +$/, "", $3); gsub(/^ +| +$/, "", $4); gsub(/^ +| +$/, "", $5)
            gsub(/^ +| +$/, "", $6)
            saving = $2 ~ /^save/
            printf "| case files | %s: 200 documents, 100,000 spans, 20,000 claims | %s | %s | EMF binary in the same run %s (CPU %s), ratio %s; %s |\n", \
                $2, $3, saving ? sc : lc, $4, saving ? sbc : lbc, $5, $6
        }'
    grep '^BENCHMARK-ROW|' "$log" | awk -F'|' '{ printf "| %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6 }'
    echo
    grep -m1 'load average at start' "$log" | sed 's/^\[benchmark\] /Machine: /' || true
} >"$table"
cat "$table"
echo "(also in $table; Maven's whole output in $log)"
