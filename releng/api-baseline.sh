#!/bin/sh
# The API baseline: keep a release's SDK repository, and compare a build's API with it.
#   releng/api-baseline.sh save DIR    copies the SDK repository of the last build (releng/org.factcheck.sdk/
#                                      target/repository) to DIR: do this for every release, and keep DIR
#   releng/api-baseline.sh check DIR [Maven arguments]
#                                      builds with -Dfactcheck.baseline=file:DIR (the api-baseline profile of
#                                      pom.xml, tycho-baseline-plugin): a change of an exported API package that
#                                      needs a higher version than it has fails the build, naming the package
#                                      and the version it needs. Runs offline against DIR; needs no network.
set -eu
. "$(dirname "$0")/common.sh"
find_build_jdk
cd "$root"
case "${1:-}" in
    save)
        [ $# -eq 2 ] || { echo "usage: $0 save DIR" >&2; exit 2; }
        sdk="$root/releng/org.factcheck.sdk/target/repository"
        [ -f "$sdk/content.jar" ] || { echo "no SDK repository at $sdk: build first (./mvnw -B verify -DskipTests)." >&2; exit 3; }
        mkdir -p "$2" && cp -a "$sdk/." "$2/"
        echo "Saved the API baseline in $2; check against it with: $0 check $2" ;;
    check)
        [ $# -ge 2 ] || { echo "usage: $0 check DIR [Maven arguments]" >&2; exit 2; }
        dir=$(cd "$2" && pwd); shift 2
        [ -f "$dir/content.jar" ] || { echo "$dir is not a saved baseline (no content.jar)." >&2; exit 3; }
        exec ./mvnw -B verify -DskipTests -Dfactcheck.baseline="file:$dir" "$@" ;;
    *)
        echo "usage: $0 save DIR | check DIR [Maven arguments]" >&2; exit 2 ;;
esac
