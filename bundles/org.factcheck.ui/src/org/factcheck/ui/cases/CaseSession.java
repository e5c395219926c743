package org.factcheck.ui.cases;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.factcheck.core.CaseFileException;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;
import org.factcheck.ui.emf.EmfPropertySourceProvider;
import org.factcheck.ui.internal.editor.CaseLabels;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * One open case: its resource, the item-provider adapter factory and the editing domain whose single
 * command stack records every change made to the case, from any part of the workbench.
 */
public final class CaseSession {

    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final Resource resource;
    private Path file;
    private final CaseSaveable saveable = new CaseSaveable(this);
    private final CaseChanges changes = new CaseChanges(this);

    private CaseSession(Path file, ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain domain,
            Resource resource) {
        this.file = file;
        this.adapterFactory = adapterFactory;
        this.domain = domain;
        this.resource = resource;
    }

    /** Loads a case file; nothing is kept if it cannot be read. */
    public static CaseSession load(Path file) throws CaseFileException {
        ComposedAdapterFactory factory = newAdapterFactory();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        try {
            Resource resource = CaseStore.load(domain.getResourceSet(), file);
            return new CaseSession(file, factory, domain, resource);
        } catch (CaseFileException | RuntimeException e) {
            factory.dispose();
            throw e;
        }
    }

    /** A new, unsaved case to be written to {@code file}. */
    public static CaseSession create(Path file, CaseFile root) {
        ComposedAdapterFactory factory = newAdapterFactory();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        Resource resource = CaseStore.create(domain.getResourceSet(), file, root);
        return new CaseSession(file, factory, domain, resource);
    }

    static ComposedAdapterFactory newAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    public CaseFile caseFile() {
        return (CaseFile) resource.getContents().get(0);
    }

    public Resource resource() {
        return resource;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public Path file() {
        return file;
    }

    /**
     * Property sources for the case's objects, as the Properties view shows them in every part: edits run on the
     * case's command stack, and values read as the workbench labels them elsewhere ("Dmitry Peskov — Kremlin
     * spokesperson", "In review"), not as EMF's generic labels ("Person Dmitry Peskov", "IN_REVIEW").
     */
    public IPropertySourceProvider propertySourceProvider() {
        return new EmfPropertySourceProvider(adapterFactory, CaseLabels::text);
    }

    /** The saveable every part editing this case returns from {@code ISaveablesSource}. */
    public CaseSaveable saveable() {
        return saveable;
    }

    /** What changes in the case, in bursts, for the parts that show it. */
    public CaseChanges changes() {
        return changes;
    }

    public boolean isDirty() {
        return commandStack().isSaveNeeded();
    }

    /** Saves atomically to the current file and marks the command stack as saved. */
    public void save() throws IOException {
        saveAs(file);
    }

    /** Saves atomically to {@code target}, which becomes the case's file. */
    public void saveAs(Path target) throws IOException {
        CaseStore.save(resource, target);
        file = target;
        resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(target.toString()));
        commandStack().saveIsDone();
    }

    public void dispose() {
        changes.dispose();
        adapterFactory.dispose();
    }
}
