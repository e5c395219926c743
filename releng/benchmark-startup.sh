#!/bin/sh
# Start-up benchmark of the built product, all in one run so that the ratios compare like with like:
#  - the workbench: wall clock from starting the product to its first window painted with the demo case open (the
#    fact-checking perspective, its views, the case explorer), against the same product started bare (a window
#    without any perspective, no case, no views), alternating round by round;
#  - the headless command: `factcheck stats` on the demo case, start to exit;
#  - all of it without and with the JDK's ahead-of-time cache the product's build made (aot/factcheck.aot, JDK 25+;
#    FACTCHECK_AOT=off leaves it out).
# Every round uses a new workspace and a fresh copy of the demo; one warm-up round of each kind comes first (the
# OSGi framework's first start in a configuration builds its caches). Asserts nothing.
# The ratio of a kind is the median of the rounds' own ratios (demo / bare of the same round, started one after the
# other): on a shared VM the speed of the machine drifts by more than the margin of the target within minutes, and
# a round's two starts see the same machine. Its quartiles are printed with it.
#   releng/benchmark-startup.sh [ROUNDS]      (default 9; needs the built product: releng/run.sh or test.sh)
# Prints a table and BENCHMARK-ROW| lines, which releng/benchmarks.sh puts into its table.
set -eu
. "$(dirname "$0")/common.sh"
find_build_jdk
rounds=${1:-9}
[ -x "$product_dir/factcheck" ] || { echo "No product at $product_dir: build it first (releng/run.sh)." >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null 2>&1 || { echo "No DISPLAY and no xvfb-run (apt-get install -y xvfb)." >&2; exit 4; }
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT
# A product of our own: the start writes the OSGi configuration, and the AOT cache is tied to the paths.
cp -r "$product_dir" "$work/product"
fc="$work/product/factcheck"
demo_case=$(cd "$work/product/demo" && ls */*.factcase | head -n 1)
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# workbench KIND VMARGS: prints the milliseconds from start to the first window painted
workbench() {
    run=$(mktemp -d "$work/run.XXXXXX")
    cp -r "$work/product/demo" "$run/demo"
    set -- -Dfactcheck.startup.report="$run/shown" -Dfactcheck.startup.exit=true $2 $([ "$1" = bare ] && echo -Dfactcheck.startup.bare=true)
    start=$(now_ms)
    FACTCHECK_AOT=${aot_mode:-off} FACTCHECK_VMARGS="$*" timeout 120 "$fc" -data "$run/workspace" "$run/demo/$demo_case" >"$run/log" 2>&1 || true
    if [ -s "$run/shown" ]; then
        echo $(( $(cat "$run/shown") - start ))
    else
        echo "The workbench did not report its first window; its output:" >&2; cat "$run/log" >&2; exit 5
    fi
    rm -rf "$run"
}

# headless VMARGS: prints the milliseconds of `factcheck stats` on the demo
headless() {
    start=$(now_ms)
    FACTCHECK_AOT=${aot_mode:-off} FACTCHECK_VMARGS="$1" "$fc" stats "$work/product/demo/$demo_case" >"$work/stats.out" 2>&1 \
        || { cat "$work/stats.out" >&2; exit 5; }
    echo $(( $(now_ms) - start ))
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# ratios "DEMO_ROUNDS" "BARE_ROUNDS": prints the median of the rounds' ratios, then its lower and upper quartile
ratios() {
    echo "$1|$2" | awk -F'|' '{
        n = split($1, d, " "); split($2, b, " ")
        for (i = 1; i <= n; i++) r[i] = d[i] / b[i]
        for (i = 2; i <= n; i++) { x = r[i]; j = i - 1; while (j > 0 && r[j] > x) { r[j + 1] = r[j]; j-- } r[j + 1] = x }
        m = (n % 2) ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2
        printf "%.2f %.2f %.2f\n", m, r[int((n + 3) / 4)], r[int((3 * n + 3) / 4)]
    }'
}

echo "[startup] load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds" >&2
workbench bare "" >/dev/null; workbench demo "" >/dev/null; headless "" >/dev/null # warm-up
bare="" demo="" stats=""
i=0
while [ "$i" -lt "$rounds" ]; do
    bare="$bare $(workbench bare "")"
    demo="$demo $(workbench demo "")"
    stats="$stats $(headless "")"
    i=$((i + 1))
done

aot_demo="" aot_stats="" aot_bare=""
if [ -s "$work/product/aot/factcheck.aot" ]; then
    aot_mode=on
    workbench demo "" >/dev/null # warm-up
    i=0
    while [ "$i" -lt "$rounds" ]; do
        aot_bare="$aot_bare $(workbench bare "")"
        aot_demo="$aot_demo $(workbench demo "")"
        aot_stats="$aot_stats $(headless "")"
        i=$((i + 1))
    done
    aot_mode=off
else
    echo "[startup] the product has no AOT cache (built with a JDK older than 25?); those rows are left out" >&2
fi

m_bare=$(echo "$bare" | median); m_demo=$(echo "$demo" | median); m_stats=$(echo "$stats" | median)
set -- $(ratios "$demo" "$bare"); ratio=$1 ratio_q="$2–$3"
echo "| start-up | what | median (ms) | all rounds (ms) |"
echo "|---|---|---:|---|"
echo "| workbench, bare (no perspective, no case) | first window painted | $m_bare | $bare |"
echo "| workbench with the demo case | first window painted | $m_demo | $demo |"
echo "| headless \`factcheck stats\` on the demo | start to exit | $m_stats | $stats |"
echo "BENCHMARK-ROW|start-up|workbench with the demo case, start to first window painted|$m_demo ms|–|bare workbench of the same product $m_bare ms in the same run: ratio $ratio, quartiles $ratio_q (median of the rounds' ratios; target ≤ 1.3)|"
echo "BENCHMARK-ROW|start-up|headless \`factcheck stats\` on the demo, start to exit|$m_stats ms|–|target ≤ 1500 ms|"
if [ -n "$aot_demo" ]; then
    m_aot_demo=$(echo "$aot_demo" | median); m_aot_stats=$(echo "$aot_stats" | median); m_aot_bare=$(echo "$aot_bare" | median)
    set -- $(ratios "$aot_demo" "$aot_bare"); aot_ratio=$1 aot_ratio_q="$2–$3"
    echo "| workbench, bare, JDK AOT cache | first window painted | $m_aot_bare | $aot_bare |"
    echo "| workbench with the demo case, JDK AOT cache | first window painted | $m_aot_demo | $aot_demo |"
    echo "| headless \`factcheck stats\`, JDK AOT cache | start to exit | $m_aot_stats | $aot_stats |"
    echo "BENCHMARK-ROW|start-up|the same with the product's JDK AOT cache (as shipped)|$m_aot_demo ms|–|without it $m_demo ms: ratio $(awk -v a="$m_aot_demo" -v b="$m_demo" 'BEGIN { printf "%.2f", a / b }'); bare with it $m_aot_bare ms: ratio $aot_ratio, quartiles $aot_ratio_q (median of the rounds' ratios; target ≤ 1.3)|"
    echo "BENCHMARK-ROW|start-up|\`factcheck stats\` with the JDK's AOT cache|$m_aot_stats ms|–|without it $m_stats ms: ratio $(awk -v a="$m_aot_stats" -v b="$m_stats" 'BEGIN { printf "%.2f", a / b }')|"
fi
