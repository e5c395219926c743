package org.factcheck.install.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * Checks, before p2 plans anything, that what a plugin requires of the installed product is in the ranges it
 * declares: a feature's {@code requires} on {@code org.factcheck.feature}, a bundle's {@code Require-Bundle} on
 * {@code org.factcheck.core}, an {@code Import-Package} of an API package. A requirement on something this product
 * has, but in another version, makes the plugin incompatible; the message names both versions.
 */
final class Compatibility {

    private Compatibility() {
    }

    /**
     * @param root       the plugin's feature group
     * @param repository the plugin's repository (its own bundles and libraries)
     * @param profile    the installed product
     * @return one line per requirement the product does not meet; empty when the plugin fits
     */
    static List<String> problems(IInstallableUnit root, IQueryable<IInstallableUnit> repository, IProfile profile) {
        List<String> problems = new ArrayList<>();
        for (IInstallableUnit unit : closure(root, repository)) {
            for (IRequirement requirement : unit.getRequirements()) {
                String problem = check(unit, requirement, repository, profile);
                if (problem != null) {
                    problems.add(problem);
                }
            }
        }
        return problems;
    }

    /** The root and every unit of the repository it needs, directly or through others. */
    private static Set<IInstallableUnit> closure(IInstallableUnit root, IQueryable<IInstallableUnit> repository) {
        Set<IInstallableUnit> seen = new LinkedHashSet<>();
        Deque<IInstallableUnit> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            IInstallableUnit unit = todo.pop();
            if (!seen.add(unit)) {
                continue;
            }
            for (IRequirement requirement : unit.getRequirements()) {
                repository.query(QueryUtil.createMatchQuery(requirement.getMatches()), null).forEach(todo::push);
            }
        }
        return seen;
    }

    private static String check(IInstallableUnit unit, IRequirement requirement,
            IQueryable<IInstallableUnit> repository, IProfile profile) {
        if (requirement.getMin() == 0) {
            return null; // optional: p2 installs the plugin without it
        }
        Object[] parameters = requirement.getMatches().getParameters();
        if (parameters.length < 2 || !(parameters[0] instanceof String name)
                || !(parameters[1] instanceof String namespace)) {
            return null; // not a plain "namespace; name range" requirement: left to the planner
        }
        if (!profile.query(QueryUtil.createMatchQuery(requirement.getMatches()), null).isEmpty()
                || !repository.query(QueryUtil.createMatchQuery(requirement.getMatches()), null).isEmpty()) {
            return null;
        }
        var installed = profile.query(QueryUtil.createMatchQuery(
                "providedCapabilities.exists(x | x.name == $0 && x.namespace == $1)", name, namespace), null);
        if (installed.isEmpty()) {
            return null; // something the product does not have at all: the planner says what is missing
        }
        List<String> versions = new ArrayList<>();
        installed.forEach(iu -> versions.add(display(iu.getId()) + " " + iu.getVersion()));
        return display(unit.getId()) + " " + unit.getVersion() + " requires " + describe(requirement) + ", but this"
                + " Fact-Check Workbench has " + String.join(", ", versions);
    }

    /** "org.factcheck.core [0.2.0,0.3.0)" rather than p2's "osgi.bundle; org.factcheck.core [0.2.0,0.3.0)". */
    private static String describe(IRequirement requirement) {
        String text = requirement.toString();
        int semicolon = text.indexOf("; ");
        text = semicolon >= 0 ? text.substring(semicolon + 2) : text;
        int filter = text.indexOf(", filter=");
        return display(filter >= 0 ? text.substring(0, filter) : text);
    }

    /** p2 names a feature "ID.feature.group": people know it as the feature ID. */
    private static String display(String text) {
        return text.replace(PluginInstaller.FEATURE_GROUP, " (feature)");
    }
}
