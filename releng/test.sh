#!/bin/sh
# Builds everything and runs every test (model, core, UI), then the plugin process test (releng/plugin-test.sh:
# the sample plugin in examples/ built against the fresh SDK, installed into a copy of the product and removed).
# UI tests need a display: without one this uses xvfb-run when it is installed (apt-get install -y xvfb).
#   releng/test.sh [extra Maven arguments]
set -eu
. "$(dirname "$0")/common.sh"
find_build_jdk
ensure_system_packages $GUI_PACKAGES
# Real git for the tests of merging cases through git (merge driver, rebase, cherry-pick); skipped without it.
if [ "$(id -u)" = 0 ]; then
    ensure_system_packages git || echo "git could not be installed: the tests of merging through git will be skipped." >&2
fi
# Headless Chromium checks the HTML report; its test is skipped without it.
if [ "$(id -u)" = 0 ]; then
    ensure_system_packages chromium || echo "Chromium could not be installed: the HTML report's browser test will be skipped." >&2
fi
cd "$root"
if [ -z "${DISPLAY:-}" ]; then
    [ "$(id -u)" = 0 ] && ensure_system_packages xvfb xauth
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify "$@"
        exec releng/plugin-test.sh
    fi
    echo "No display and no xvfb-run: the UI tests need one. Install it with 'apt-get install -y xvfb' or set DISPLAY." >&2
    exit 4
fi
./mvnw -B clean verify "$@"
exec releng/plugin-test.sh
