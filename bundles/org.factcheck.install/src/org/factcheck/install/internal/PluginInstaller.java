package org.factcheck.install.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.factcheck.install.internal.PluginException.Kind;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Lists, installs and removes plugins of the running product through p2's planner (the director) and engine, in the
 * product's own p2 profile. A plugin is a feature; installing it makes it a root of the profile, so that removing it
 * takes away what it brought and nothing else. Every check is made before anything is written: a failed install or
 * removal leaves the installation as it was.
 */
public final class PluginInstaller {

    /** The IU id suffix p2 gives a feature. */
    static final String FEATURE_GROUP = ".feature.group";

    /** The features the product includes: a plugin can never be one of them. */
    private static final Set<String> PRODUCT_FEATURES = Set.of("org.factcheck.feature" + FEATURE_GROUP,
            "org.factcheck.runtime.feature" + FEATURE_GROUP);

    /** p2's garbage collector: its bundle and the name of its agent service (p2 has no API constant for either). */
    private static final String GARBAGE_COLLECTOR_BUNDLE = "org.eclipse.equinox.p2.garbagecollector";
    private static final String GARBAGE_COLLECTOR_SERVICE =
            "org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector";

    private final IProvisioningAgent agent;
    private final String profileId;

    /**
     * @param agent     the p2 agent of the installation
     * @param profileId its profile ({@link IProfileRegistry#SELF} for the running product)
     */
    public PluginInstaller(IProvisioningAgent agent, String profileId) {
        this.agent = agent;
        this.profileId = profileId;
    }

    /**
     * @return the installer of the running product
     * @throws PluginException if the product is not a p2-managed installation
     */
    public static PluginInstaller forRunningProduct() throws PluginException {
        Bundle self = FrameworkUtil.getBundle(PluginInstaller.class);
        Bundle core = FrameworkUtil.getBundle(IProvisioningAgent.class);
        try {
            core.start(Bundle.START_TRANSIENT); // registers the agent of eclipse.p2.data.area
        } catch (BundleException e) {
            throw new PluginException(Kind.NOT_MANAGED, "p2 cannot start: " + e.getMessage());
        }
        var context = self.getBundleContext();
        var reference = context == null ? null : context.getServiceReference(IProvisioningAgent.class);
        IProvisioningAgent agent = reference == null ? null : context.getService(reference);
        if (agent == null) {
            throw new PluginException(Kind.NOT_MANAGED, "this installation has no p2 data area"
                    + " (eclipse.p2.data.area in configuration/config.ini), so plugins cannot be installed into it.");
        }
        return new PluginInstaller(agent, IProfileRegistry.SELF);
    }

    /** @return the plugins installed beyond the product's own features, by id */
    public List<InstalledPlugin> list() throws PluginException {
        IProfile profile = profile();
        List<InstalledPlugin> plugins = new ArrayList<>();
        for (IInstallableUnit unit : plugins(profile)) {
            plugins.add(new InstalledPlugin(featureId(unit), unit.getVersion().toString(),
                    property(unit, IInstallableUnit.PROP_NAME, featureId(unit)),
                    property(unit, IInstallableUnit.PROP_PROVIDER, "")));
        }
        plugins.sort(Comparator.comparing(InstalledPlugin::id));
        return plugins;
    }

    /**
     * Installs a plugin's feature, with what it needs from its repository.
     *
     * @param source    a p2 repository folder, {@code file:} URI or zip
     * @param featureId the feature to install; may be {@code null} when the repository has only one
     * @param monitor   progress, may be {@code null}
     * @return the plugin as installed
     * @throws PluginException if the source is no repository, the feature is missing, ambiguous, incompatible with
     *                         this product or cannot be resolved; nothing is changed then
     */
    public InstalledPlugin install(String source, String featureId, IProgressMonitor monitor) throws PluginException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        IProfile profile = profile();
        try (RepositorySource repository = RepositorySource.of(source);
                Repositories loaded = new Repositories(agent)) {
            IMetadataRepository metadata = loaded.load(repository.location(), source, progress);
            IInstallableUnit feature = Features.choose(metadata, featureId, source);
            List<String> problems = Compatibility.problems(feature, metadata, profile);
            if (!problems.isEmpty()) {
                throw new PluginException(Kind.INCOMPATIBLE, featureId(feature) + " " + feature.getVersion()
                        + " does not fit this Fact-Check Workbench (" + productVersion(profile) + "); nothing was"
                        + " installed:\n  " + String.join("\n  ", problems));
            }
            if (!profile.query(QueryUtil.createIUQuery(feature), null).isEmpty()) {
                throw new PluginException(Kind.INPUT, featureId(feature) + " " + feature.getVersion()
                        + " is already installed.");
            }
            IPlanner planner = service(IPlanner.class);
            IProfileChangeRequest request = planner.createChangeRequest(profile);
            request.add(feature);
            request.setInstallableUnitProfileProperty(feature, IProfile.PROP_PROFILE_ROOT_IU, "true");
            ProvisioningContext context = new ProvisioningContext(agent);
            context.setMetadataRepositories(repository.location());
            context.setArtifactRepositories(repository.location());
            perform(planner.getProvisioningPlan(request, context, progress), "install " + featureId(feature),
                    progress);
            return new InstalledPlugin(featureId(feature), feature.getVersion().toString(),
                    property(feature, IInstallableUnit.PROP_NAME, featureId(feature)),
                    property(feature, IInstallableUnit.PROP_PROVIDER, ""));
        }
    }

    /**
     * Removes an installed plugin and whatever it brought that nothing else needs.
     *
     * @param id      the plugin's feature id (as {@link #list()} shows it)
     * @param monitor progress, may be {@code null}
     * @return the plugin that was removed
     * @throws PluginException if no such plugin is installed (the product's own features cannot be removed)
     */
    public InstalledPlugin remove(String id, IProgressMonitor monitor) throws PluginException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        IProfile profile = profile();
        String wanted = id.endsWith(FEATURE_GROUP) ? id.substring(0, id.length() - FEATURE_GROUP.length()) : id;
        IInstallableUnit unit = plugins(profile).stream().filter(u -> featureId(u).equals(wanted)).findFirst()
                .orElseThrow(() -> new PluginException(Kind.NOT_INSTALLED, "no plugin “" + id + "” is installed"
                        + (profile.query(QueryUtil.createIUQuery(wanted + FEATURE_GROUP), null).isEmpty() ? ""
                                : " (it is part of the Fact-Check Workbench itself and cannot be removed)")
                        + ". “factcheck plugins list” shows the installed plugins."));
        IPlanner planner = service(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile);
        request.remove(unit);
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(new URI[0]);
        context.setArtifactRepositories(new URI[0]);
        Set<IInstallableUnit> before = profile.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
        perform(planner.getProvisioningPlan(request, context, progress), "remove " + wanted, progress);
        IProfile after = profile();
        List<IInstallableUnit> removed = before.stream()
                .filter(u -> after.query(QueryUtil.createIUQuery(u), null).isEmpty()).toList();
        collectGarbage(after, removed);
        LeftoverFiles.collected();
        return new InstalledPlugin(wanted, unit.getVersion().toString(),
                property(unit, IInstallableUnit.PROP_NAME, wanted), property(unit, IInstallableUnit.PROP_PROVIDER, ""));
    }

    /**
     * Deletes from the product's bundle pool (plugins/, features/) the files of what a removal took out of the
     * profile and nothing else uses, with p2's garbage collector (an agent service; p2 has no API for it, so it is
     * called by name). The collector keeps whatever the running framework has installed, and this process still has
     * the removed plugin's bundles (the framework installed them at start-up): those are uninstalled from it first;
     * they are no longer configured, so no later start would have them either. Removing a plugin is done when this
     * is called; if the collector is missing or fails, the files stay and the next removal collects them.
     *
     * @param removed the units the removal took out of the profile
     */
    private void collectGarbage(IProfile profile, List<IInstallableUnit> removed) {
        for (Bundle bundle : bundles()) {
            if (removed.stream().anyMatch(unit -> unit.getId().equals(bundle.getSymbolicName())
                    && unit.getVersion().toString().equals(bundle.getVersion().toString()))) {
                try {
                    bundle.uninstall();
                } catch (BundleException | IllegalStateException e) {
                    // the file stays; nothing else depends on it
                }
            }
        }
        runCollector(profile);
    }

    /**
     * Deletes from the bundle pool the files of whatever the profile does not have and the running framework has
     * not installed: after a removal in a workbench that has been restarted since ({@link LeftoverFiles}).
     *
     * @throws PluginException if the product is not p2-managed
     */
    public void collectGarbage() throws PluginException {
        runCollector(profile());
    }

    private static Bundle[] bundles() {
        Bundle self = FrameworkUtil.getBundle(PluginInstaller.class);
        return self == null || self.getBundleContext() == null ? new Bundle[0] : self.getBundleContext().getBundles();
    }

    /** Runs p2's collector, after starting its bundle, which registers its agent service factory (DS). */
    private void runCollector(IProfile profile) {
        for (Bundle bundle : bundles()) {
            if (GARBAGE_COLLECTOR_BUNDLE.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                try {
                    bundle.start(Bundle.START_TRANSIENT);
                } catch (BundleException | IllegalStateException e) {
                    // no collector: the files stay
                }
            }
        }
        Object collector = agent.getService(GARBAGE_COLLECTOR_SERVICE);
        if (collector != null) {
            try {
                collector.getClass().getMethod("runGC", IProfile.class).invoke(collector, profile);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // the files stay
            }
        }
    }

    private void perform(IProvisioningPlan plan, String what, IProgressMonitor progress) throws PluginException {
        if (!plan.getStatus().isOK() && plan.getStatus().getSeverity() != IStatus.WARNING
                && plan.getStatus().getSeverity() != IStatus.INFO) {
            throw new PluginException(Kind.UNRESOLVABLE, "p2 cannot " + what + "; nothing was changed:\n"
                    + Statuses.explain(plan.getStatus()));
        }
        IStatus result = service(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), progress);
        if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
            throw new PluginException(Kind.UNRESOLVABLE, "p2 could not " + what + " (the engine rolled the"
                    + " installation back):\n" + Statuses.explain(result));
        }
    }

    /** Root features of the profile that are not the product itself nor one of its own features. */
    private static List<IInstallableUnit> plugins(IProfile profile) {
        List<IInstallableUnit> roots = new ArrayList<>();
        profile.query(QueryUtil.createIUAnyQuery(), null).forEach(unit -> {
            if ("true".equals(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))
                    && !QueryUtil.isProduct(unit) && !PRODUCT_FEATURES.contains(unit.getId())) {
                roots.add(unit);
            }
        });
        return roots;
    }


    private static String productVersion(IProfile profile) {
        var products = profile.query(QueryUtil.createIUProductQuery(), null);
        return products.isEmpty() ? "version unknown"
                : "version " + products.iterator().next().getVersion().toString();
    }

    private IProfile profile() throws PluginException {
        IProfile profile = service(IProfileRegistry.class).getProfile(profileId);
        if (profile == null) {
            throw new PluginException(Kind.NOT_MANAGED, "this installation has no p2 profile (" + profileId
                    + "), so plugins cannot be installed into it; it was not built as a p2 product.");
        }
        return profile;
    }

    private <T> T service(Class<T> type) throws PluginException {
        T service = agent.getService(type);
        if (service == null) {
            throw new PluginException(Kind.NOT_MANAGED, "p2's " + type.getSimpleName() + " is missing from this"
                    + " installation (a bundle of Equinox p2 is not installed or did not start).");
        }
        return service;
    }

    static String featureId(IInstallableUnit unit) {
        String id = unit.getId();
        return id.endsWith(FEATURE_GROUP) ? id.substring(0, id.length() - FEATURE_GROUP.length()) : id;
    }

    static String property(IInstallableUnit unit, String key, String fallback) {
        String value = unit.getProperty(key, null);
        return value == null || value.startsWith("%") ? fallback : value;
    }

    /** Repositories loaded for one operation, forgotten again unless p2 knew them before. */
    private static final class Repositories implements AutoCloseable {
        private final IMetadataRepositoryManager metadata;
        private final IArtifactRepositoryManager artifacts;
        private final List<URI> added = new ArrayList<>();

        Repositories(IProvisioningAgent agent) throws PluginException {
            this.metadata = agent.getService(IMetadataRepositoryManager.class);
            this.artifacts = agent.getService(IArtifactRepositoryManager.class);
            if (metadata == null || artifacts == null) {
                throw new PluginException(Kind.NOT_MANAGED, "p2's repository managers are missing from this"
                        + " installation.");
            }
        }

        IMetadataRepository load(URI location, String source, IProgressMonitor progress) throws PluginException {
            boolean known = metadata.contains(location);
            try {
                if (!known) {
                    added.add(location);
                }
                IMetadataRepository repository = metadata.loadRepository(location, progress);
                artifacts.loadRepository(location, progress);
                return repository;
            } catch (ProvisionException e) {
                throw new PluginException(Kind.INPUT, source + " is not a usable p2 repository: "
                        + Statuses.explain(e.getStatus()));
            }
        }

        @Override
        public void close() {
            for (URI location : added) {
                metadata.removeRepository(location);
                artifacts.removeRepository(location);
            }
        }
    }
}
