# Shared by run.sh and test.sh: finds a JDK 21+ for the build and knows where the product lands.
# Sourced, not executed.
root=$(cd "$(dirname "$0")/.." && pwd)
product_dir="$root/releng/org.factcheck.product/target/products/org.factcheck.product/linux/gtk/x86_64/factcheck-workbench"

java_feature_version() { # the feature version (21, 25, ...) of the JDK at $1, or nothing
    [ -x "$1/bin/javac" ] || return 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_build_jdk() { # sets JAVA_HOME to a JDK (with javac) of version 21 or later, preferring the newest
    best=""; best_version=0
    for home in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*; do
        [ -d "$home" ] || continue
        v=$(java_feature_version "$home")
        if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_version" ]; then
            best="$home"; best_version="$v"
        fi
    done
    if [ -z "$best" ]; then
        echo "No JDK 21 or later found (looked at JAVA_HOME and /usr/lib/jvm/*)." >&2
        echo "The build needs one (the current Eclipse platform requires Java 21; JDK 25 is what this project is tested with)." >&2
        echo "Install one (e.g. Eclipse Temurin 21 or 25 from adoptium.net, unpacked under /usr/lib/jvm; Debian 12 itself ships only 17)" >&2
        echo "or set JAVA_HOME to a JDK 21+." >&2
        exit 3
    fi
    export JAVA_HOME="$best"
}

product_is_stale() { # true when there is no product yet or a source file is newer than it
    # p2 keeps the root files' own dates, so the configuration it writes tells when the product was built
    marker="$product_dir/configuration/config.ini"
    [ -x "$product_dir/factcheck" ] && [ -f "$marker" ] || return 0
    [ -n "$(find "$root/pom.xml" "$root/bundles" "$root/features" "$root/targetplatform" "$root/releng/org.factcheck.product" \
        -newer "$marker" -type f -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}

ensure_system_packages() { # installs the Debian packages named in "$@" that are missing (as root), or says how
    missing=""
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing system packages the workbench needs:$missing"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "The workbench needs these system packages:$missing" >&2
        echo "Install them with: sudo apt-get install -y$missing" >&2
        exit 5
    fi
}

# GTK 3 for SWT, and a font: the workbench's runtime needs on a Debian machine.
GUI_PACKAGES="libgtk-3-0 fonts-dejavu-core"
