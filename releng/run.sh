#!/bin/sh
# Builds the workbench if needed and starts it on the demo case.
#   releng/run.sh [case.factcase ...]
# The demo case is copied once to $FACTCHECK_DEMO_DIR (default: ~/factcheck-demo) so that your edits to it
# live outside the build output and survive rebuilds.
set -eu
. "$(dirname "$0")/common.sh"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: the workbench is a desktop application. Start it under a virtual display with" >&2
    echo "  xvfb-run -a -s '-screen 0 1600x1000x24' releng/run.sh" >&2
    echo "(apt-get install -y xvfb), or set DISPLAY." >&2
    exit 4
fi

find_build_jdk
ensure_system_packages $GUI_PACKAGES
if product_is_stale; then
    echo "Building the workbench (first build downloads the target platform from Maven Central: a few minutes)..."
    (cd "$root" && ./mvnw -B -q -DskipTests verify)
fi

if [ "$#" -eq 0 ]; then
    demo="${FACTCHECK_DEMO_DIR:-$HOME/factcheck-demo}"
    if [ ! -e "$demo/kremlin-borders.factcase" ]; then
        mkdir -p "$demo"
        cp -R "$product_dir/demo/kremlin-borders/." "$demo/"
        echo "Demo case copied to $demo"
    fi
    set -- "$demo/kremlin-borders.factcase"
fi
exec "$product_dir/factcheck" "$@"
