package org.factcheck.install.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.factcheck.install.internal.PluginException.Kind;

/** Picks the feature to install from a plugin's repository. */
final class Features {

    private Features() {
    }

    /**
     * @param repository the plugin's repository
     * @param featureId  the feature asked for (with or without {@code .feature.group}), or {@code null} for the
     *                   repository's only feature
     * @param source     the repository as the user named it, for messages
     * @return the newest version of the feature
     * @throws PluginException if it is not there, or none was asked for and there is not exactly one
     */
    static IInstallableUnit choose(IQueryable<IInstallableUnit> repository, String featureId, String source)
            throws PluginException {
        List<IInstallableUnit> groups = new ArrayList<>();
        repository.query(QueryUtil.createIUGroupQuery(), null).forEach(unit -> {
            if (!QueryUtil.isProduct(unit) && !QueryUtil.isCategory(unit)) {
                groups.add(unit);
            }
        });
        groups.sort(Comparator.comparing(IInstallableUnit::getId).thenComparing(IInstallableUnit::getVersion));
        List<String> ids = groups.stream().map(PluginInstaller::featureId).distinct().toList();
        if (featureId == null) {
            if (ids.isEmpty()) {
                throw new PluginException(Kind.INPUT, source + " is a p2 repository, but it has no feature to"
                        + " install. A plugin is installed as a feature (see docs/plugin-guide.md).");
            }
            if (ids.size() > 1) {
                throw new PluginException(Kind.INPUT, source + " has several features: " + String.join(", ", ids)
                        + ". Name the one to install: factcheck plugins install " + source + " FEATURE-ID");
            }
            return groups.get(groups.size() - 1);
        }
        String wanted = featureId.endsWith(PluginInstaller.FEATURE_GROUP) ? featureId
                : featureId + PluginInstaller.FEATURE_GROUP;
        return groups.stream().filter(u -> u.getId().equals(wanted)).reduce((a, b) -> b)
                .orElseThrow(() -> new PluginException(Kind.INPUT, source + " has no feature “" + featureId
                        + "”" + (ids.isEmpty() ? "." : "; it has " + String.join(", ", ids) + ".")));
    }
}
