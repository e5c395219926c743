#!/bin/sh
# The plugin process test: builds the sample third-party plugin in examples/ the way its authors would (outside
# this reactor, against the SDK repository the main build just made, with its own tests), installs it into a COPY
# of the materialized product with `factcheck plugins install`, checks that its export format, its case check and
# its rating scale are there, removes it and checks they are gone; removes it once more the way Help › Manage
# Plug-ins does (p2 in a process that runs it, which cannot delete its files) and checks that the next start of the
# product leaves plugins/, features/ and bundles.info as before the install. Also: sources that are not repositories, a
# corrupt zip and a plugin whose declared range excludes this workbench are refused with a message and a non-zero
# exit, and change nothing. And: the whole sample (its bundle, its tests, its feature and its installable p2
# repository) builds and passes against the SDK's Maven form alone (releng/org.factcheck.sdk.maven/target/repository
# through the Maven target template, with a local Maven repository that holds no workbench artifact), and the
# repository that build made installs into another copy of the product, works there and is removed again the same
# way. Run after the main build (releng/test.sh does):
#   releng/plugin-test.sh
# Prints "plugins: N passed, M failed" and exits non-zero when a check failed.
set -eu
. "$(dirname "$0")/common.sh"
find_build_jdk
sdk="$root/releng/org.factcheck.sdk/target/repository"
[ -f "$sdk/content.jar" ] || { echo "plugin-test: no SDK repository at $sdk; build the workbench first (releng/test.sh)." >&2; exit 3; }
[ -x "$product_dir/factcheck" ] || { echo "plugin-test: no product at $product_dir; build the workbench first." >&2; exit 3; }

sdk_maven="$root/releng/org.factcheck.sdk.maven/target/repository"
sdk_maven_target="$root/releng/org.factcheck.sdk/target/sdk/factcheck-plugin-maven.target"
[ -f "$sdk_maven_target" ] && [ -d "$sdk_maven/org/factcheck" ] || { echo "plugin-test: no SDK Maven repository at $sdk_maven; build the workbench first." >&2; exit 3; }

work=$(mktemp -d "${TMPDIR:-/tmp}/factcheck-plugin-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0; failed=0

# The Maven form: a local repository without any workbench artifact (a hard-linked copy of this machine's, less
# org/factcheck and Tycho's index of installed artifacts; the small files Maven rewrites in place are real copies),
# so that the workbench's bundles can come from the SDK's Maven repository only.
echo "== Building the sample plugin (examples/: bundle, tests, feature, p2 repository) against the SDK's Maven artifacts $sdk_maven"
m2_home="${MAVEN_LOCAL_REPOSITORY:-$HOME/.m2/repository}"
if [ -d "$m2_home" ]; then
    cp -al "$m2_home" "$work/m2" 2>/dev/null || { rm -rf "$work/m2"; cp -a "$m2_home" "$work/m2"; } # another file system: a copy
else
    mkdir -p "$work/m2"
fi
rm -rf "$work/m2/org/factcheck" "$work/m2/.meta" "$work/m2/.cache"
find "$work/m2" -type f \( -name '_remote.repositories' -o -name '*.lastUpdated' -o -name 'maven-metadata*.xml' \
    -o -name 'resolver-status.properties' \) -print0 | xargs -0 -r sh -c 'for f; do cp -p "$f" "$f.copy" && mv -f "$f.copy" "$f"; done' sh
set +e
(cd "$root/examples" && ./mvnw -B clean verify -Dmaven.repo.local="$work/m2" -Dfactcheck.target="$sdk_maven_target") >"$work/maven-form.log" 2>&1
code=$?; set -e
rm -rf "$work/m2"
maven_built=$root/examples/com.example.factcheck.sample.repository/target
if [ "$code" = 0 ] && grep -Eq "^\[?(INFO\] )?Tests run: [1-9][0-9]*, Failures: 0, Errors: 0" "$work/maven-form.log" \
        && [ -f "$maven_built/repository/content.jar" ]; then
    passed=$((passed + 1)); echo "ok   the whole sample (bundle, tests, feature, p2 repository) builds and passes against the SDK's Maven artifacts alone"
    # the next build (the p2 form) cleans examples/: keep what this one made
    mkdir "$work/maven-form"
    cp -a "$maven_built/repository" "$work/maven-form/repository"
    cp -a "$maven_built"/com.example.factcheck.sample.repository-*.zip "$work/maven-form/"
else
    failed=$((failed + 1)); echo "FAIL the whole sample (bundle, tests, feature, p2 repository) builds and passes against the SDK's Maven artifacts alone (exit $code)"
    grep -E "ERROR|Tests run" "$work/maven-form.log" | head -n 20 | sed 's/^/     | /'
fi
for artifact in org.factcheck.core org.factcheck.feature; do
    if grep -q "Downloaded from factcheck-sdk: .*/$artifact-[0-9]" "$work/maven-form.log"; then
        passed=$((passed + 1)); echo "ok   the Maven-form build took $artifact from the SDK's Maven repository"
    else
        failed=$((failed + 1)); echo "FAIL the Maven-form build took $artifact from the SDK's Maven repository"
    fi
done

echo "== Building the sample plugin (examples/) against the SDK $sdk"
(cd "$root/examples" && ./mvnw -B clean verify -Dfactcheck.sdk="file:$sdk")
repo="$root/examples/com.example.factcheck.sample.repository/target/repository"
zip=$(ls "$root"/examples/com.example.factcheck.sample.repository/target/com.example.factcheck.sample.repository-*.zip)

product="$work/product"
cp -a "$product_dir" "$product"
fc="$product/factcheck"
demo="$product/demo/kremlin-borders/kremlin-borders.factcase"
ok() { passed=$((passed + 1)); echo "ok   $1"; }
nok() { failed=$((failed + 1)); echo "FAIL $1"; [ -f "$work/out" ] && sed 's/^/     | /' "$work/out" | head -n 20; return 0; }
run() { # run CMD...: runs the product's command line, output in $work/out, exit code in $code
    set +e; "$fc" "$@" >"$work/out" 2>&1; code=$?; set -e
}
expect() { # expect CODE TEXT DESCRIPTION: the last run exited CODE and printed TEXT (a grep -E pattern)
    if [ "$code" = "$1" ] && grep -Eq -- "$2" "$work/out"; then ok "$3"; else nok "$3 (exit $code, wanted $1 and /$2/)"; fi
}
lacks() { # lacks TEXT DESCRIPTION: the last run did not print TEXT
    if ! grep -Eq -- "$1" "$work/out"; then ok "$2"; else nok "$2"; fi
}
files() { # the bundles the configuration starts and the files of plugins/ and features/
    cat "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
    ls "$product/plugins" "$product/features"
}
state() { # what an install or removal changes: the bundles the configuration starts, the p2 profile's contents
    cat "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
    ls "$product/plugins" "$product/features"
    for f in "$product"/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/*.profile.gz; do
        gzip -dc "$f" | grep -v "^ *<property name='org.eclipse.equinox.p2.cache\|installFolder" || true
    done | cksum
}
unchanged() { # unchanged DESCRIPTION: the installation is as it was before
    state >"$work/after"
    if cmp -s "$work/before" "$work/after"; then ok "$1: nothing changed"; else nok "$1: the installation changed"; fi
}

run plugins list
expect 0 "No plugins are installed" "a fresh product lists no plugins"
run export --help
lacks "markdown-summary" "before installing, export does not offer markdown-summary"
state >"$work/before"
files >"$work/pristine"

run plugins install "$work/does-not-exist"
expect 3 "does not exist" "a missing source is refused"
mkdir "$work/empty"
run plugins install "$work/empty"
expect 3 "is not a p2 repository" "a folder that is no repository is refused"
head -c 3000 "$zip" >"$work/corrupt.zip"
run plugins install "$work/corrupt.zip"
expect 3 "is not a readable zip" "a corrupt zip is refused"
printf 'not a zip' >"$work/text.zip"
run plugins install "$work/text.zip"
expect 3 "is not a readable zip" "a text file named .zip is refused"
run plugins install "$repo" org.example.nothing
expect 3 "has no feature" "a feature the repository lacks is refused"

# A plugin made for another workbench version: the sample's repository with its feature's range of
# org.factcheck.feature changed to [9.0.0,10.0.0), as a plugin built for a future release would declare it.
cp -a "$repo" "$work/future"
(cd "$work/future" && "$JAVA_HOME/bin/jar" xf content.jar content.xml && rm -f content.jar content.xml.xz p2.index \
    && sed -i "s/name='org.factcheck.feature.feature.group' range='[^']*'/name='org.factcheck.feature.feature.group' range='[9.0.0,10.0.0)'/" content.xml)
if grep -q "range='\[9.0.0,10.0.0)'" "$work/future/content.xml"; then ok "the future plugin's repository declares [9.0.0,10.0.0)"; else nok "the future plugin's repository could not be made"; fi
run plugins install "$work/future"
expect 8 "does not fit this Fact-Check Workbench.*nothing was installed" "a plugin for another workbench version is refused"
grep -q "requires org.factcheck.feature (feature) \[9.0.0,10.0.0), but this Fact-Check Workbench has org.factcheck.feature (feature) 0\.1\." "$work/out" && ok "the refusal names the declared range" || nok "the refusal names the declared range"
unchanged "refused installs"

install_checks() { # the sample from $zip / $repo installs into $product and works there
    run plugins install "$zip"
    expect 0 "Installed com.example.factcheck.sample.feature 1\.0\.0" "${form}the sample installs from its zipped p2 repository"
    grep -q "restart" "$work/out" && ok "${form}install says when a restart is needed" || nok "${form}install says when a restart is needed"
    if ls "$product"/plugins/com.example.factcheck.sample_*.jar >/dev/null 2>&1; then ok "${form}install puts the bundle's jar into plugins/"; else nok "${form}install puts the bundle's jar into plugins/"; fi
    run plugins list
    expect 0 "^com.example.factcheck.sample.feature 1\.0\.0\.[0-9]+ +Example Newsroom tools \(Example Newsroom\)" "${form}list shows the plugin with its version"
    run plugins install "$repo"
    expect 3 "already installed" "${form}installing it twice is refused"
    run export --help
    expect 0 "markdown-summary +Markdown summary \(Example Newsroom\)" "${form}export --help lists the plugin's format"
    run export --format markdown-summary -o "$work/summary.md" "$demo"
    if [ "$code" = 0 ] && grep -q "^# " "$work/summary.md" && grep -q "claim(s)\.$" "$work/summary.md"; then ok "${form}the plugin's exporter writes the summary"; else nok "${form}the plugin's exporter writes the summary (exit $code)"; fi
    run validate "$demo"
    expect 0 "warning: claim .*Example Newsroom: sourced verdicts" "${form}validate runs the plugin's case check"
    rm -rf "$work/jar" && mkdir "$work/jar" && (cd "$work/jar" && "$JAVA_HOME/bin/jar" xf "$(ls "$product"/plugins/com.example.factcheck.sample_*.jar)" plugin.xml)
    grep -q 'scale id="com.example.factcheck.sample.scale"' "$work/jar/plugin.xml" && ok "${form}the installed bundle contributes its rating scale" \
        || nok "${form}the installed bundle contributes its rating scale"
}
removal_checks() { # removing the sample from $product leaves it as it was ($work/pristine)
    run plugins remove com.example.factcheck.sample.feature
    expect 0 "Removed com.example.factcheck.sample.feature" "${form}remove uninstalls the plugin"
    run plugins list
    expect 0 "No plugins are installed" "${form}after removing, list is empty"
    run export --help
    lacks "markdown-summary" "${form}after removing, export no longer offers markdown-summary"
    run validate "$demo"
    lacks "sourced verdicts" "${form}after removing, validate no longer runs the plugin's check"
    if grep -q "com.example.factcheck.sample" "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; then
        nok "${form}after removing, the bundle is no longer configured"; else ok "${form}after removing, the bundle is no longer configured"; fi
    if ls "$product"/plugins/com.example.factcheck.sample_* >/dev/null 2>&1; then
        nok "${form}after removing, the bundle's jar is gone from plugins/"; else ok "${form}after removing, the bundle's jar is gone from plugins/"; fi
    if ls -d "$product"/features/com.example.factcheck.sample.feature_* >/dev/null 2>&1; then
        nok "${form}after removing, the feature is gone from features/"; else ok "${form}after removing, the feature is gone from features/"; fi
    files >"$work/removed"
    if cmp -s "$work/pristine" "$work/removed"; then ok "${form}after removing, plugins/, features/ and the configuration are as before the install"; else
        nok "${form}after removing, plugins/, features/ and the configuration are as before the install"; diff "$work/pristine" "$work/removed" | head -n 20 | sed 's/^/     | /'; fi
    run plugins remove com.example.factcheck.sample.feature
    expect 3 "no plugin .* is installed" "${form}removing it again is refused"
}

form="p2 form: "
install_checks
state >"$work/before"
run plugins remove org.factcheck.feature
expect 3 "part of the Fact-Check Workbench itself" "the product's own feature cannot be removed"
run plugins remove org.eclipse.nothing
expect 3 "no plugin .* is installed" "removing what is not installed is refused"
unchanged "refused removals"
removal_checks
run plugins install "file:$repo/" com.example.factcheck.sample.feature
expect 0 "Installed com.example.factcheck.sample.feature" "the sample installs again, from a file: URI with its feature id"

# A removal the way the workbench's Help › Manage Plug-ins makes it: p2's planner and engine in a process that runs
# the plugin's bundles (here p2's director application on the product's profile, like the workbench a process of
# the product started with the plugin installed). p2's garbage collector keeps the files of the bundles a process
# runs, so they stay until the next start of the product, which collects them before any command or window.
launcher_jar=$(ls "$work"/product/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
set +e
"$JAVA_HOME/bin/java" -jar "$launcher_jar" -install "$work/product" -configuration "$work/product/configuration" \
    -data @none -nosplash -application org.eclipse.equinox.p2.director \
    -uninstallIU com.example.factcheck.sample.feature.feature.group >"$work/out" 2>&1
code=$?; set -e
expect 0 "Operation completed" "p2 removes the plugin in a process of the product that runs it (as Help › Manage Plug-ins does)"
if grep -q "com.example.factcheck.sample" "$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; then
    nok "that removal unconfigures the bundle"; else ok "that removal unconfigures the bundle"; fi
if ls "$work"/product/plugins/com.example.factcheck.sample_*.jar >/dev/null 2>&1; then
    echo "     (its jar is still in plugins/ after that removal, as after one in the workbench)"; fi
run plugins list
expect 0 "No plugins are installed" "the next start of the product lists no plugins"
files >"$work/removed"
if cmp -s "$work/pristine" "$work/removed"; then ok "after a removal in a running product and its next start, plugins/, features/ and the configuration are as before the install"; else
    nok "after a removal in a running product and its next start, plugins/, features/ and the configuration are as before the install"; diff "$work/pristine" "$work/removed" | head -n 20 | sed 's/^/     | /'; fi
run plugins list
expect 0 "No plugins are installed" "a start after that collects nothing more and still works"

# The repository built against the SDK's Maven form, into a fresh copy of the product: the same checks.
if [ -d "$work/maven-form/repository" ]; then
    echo "== Installing the sample built against the SDK's Maven artifacts into another copy of the product"
    form="Maven form: "
    repo="$work/maven-form/repository"
    zip=$(ls "$work"/maven-form/com.example.factcheck.sample.repository-*.zip)
    if (cd "$work/maven-form" && "$JAVA_HOME/bin/jar" xf "$repo/content.jar" content.xml) \
            && grep -q "name='org.factcheck.feature.feature.group' range='\[0.1.0,0.2.0)'" "$work/maven-form/content.xml"; then
        ok "${form}the sample's feature declares its range of org.factcheck.feature"; else nok "${form}the sample's feature declares its range of org.factcheck.feature"; fi
    rm -rf "$product"
    cp -a "$product_dir" "$product"
    files >"$work/pristine"
    install_checks
    removal_checks
else
    nok "Maven form: no repository was built, nothing to install"
fi

echo "plugins: $passed passed, $failed failed"
[ "$failed" = 0 ]
