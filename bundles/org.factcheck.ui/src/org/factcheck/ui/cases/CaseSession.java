package org.factcheck.ui.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.factcheck.core.CaseFileException;
import org.factcheck.core.CaseLock;
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

    /** How the workbench names itself in the lock files of the cases it has open. */
    private static final String PROGRAM = "Fact-Check Workbench";

    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final Resource resource;
    private Path file;
    private final CaseSaveable saveable = new CaseSaveable(this);
    /** The right to write the file, held while the case is open; null when it is open read-only. */
    private CaseLock lock;
    private String readOnlyReason;
    private final List<Runnable> saveListeners = new CopyOnWriteArrayList<>();
    private final CaseChanges changes = new CaseChanges(this);
    /**
     * The case as its file was when last read or written here (a copy, never shown): the common ancestor when the
     * file changed on disk and the edits made here meanwhile are merged onto it. Null for a new, never saved case.
     */
    private List<org.eclipse.emf.ecore.EObject> diskBase;
    /** The version of the file on disk the user chose to keep their edits over ("keep mine"), not to be asked again. */
    private Object declinedDiskVersion;

    private CaseSession(Path file, ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain domain,
            Resource resource) {
        this.file = file;
        this.adapterFactory = adapterFactory;
        this.domain = domain;
        this.resource = resource;
    }

    /**
     * Loads a case file; nothing is kept if it cannot be read. The case's lock is taken for as long as it is open, so
     * that no other program writes it meanwhile; when another program holds it, the case opens read-only
     * ({@link #readOnlyReason()}).
     */
    public static CaseSession load(Path file) throws CaseFileException {
        CaseLock.setProgramName(PROGRAM);
        CaseLock lock = null;
        String readOnly = null;
        try {
            Optional<CaseLock> acquired = CaseLock.tryAcquire(file);
            if (acquired.isPresent()) {
                lock = acquired.get();
            } else {
                readOnly = "it is being written by " + CaseLock.holder(file).orElse("another program");
            }
        } catch (IOException e) {
            readOnly = "its folder cannot be written to (" + e.getMessage() + ")";
        }
        ComposedAdapterFactory factory = newAdapterFactory();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new CaseCommandStack());
        try {
            Resource resource = CaseStore.load(domain.getResourceSet(), file);
            CaseSession session = new CaseSession(file, factory, domain, resource);
            session.lock = lock;
            session.setReadOnly(readOnly);
            session.diskBase = copy(resource.getContents());
            return session;
        } catch (CaseFileException | RuntimeException e) {
            factory.dispose();
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /** A new, unsaved case to be written to {@code file}. */
    public static CaseSession create(Path file, CaseFile root) {
        CaseLock.setProgramName(PROGRAM);
        ComposedAdapterFactory factory = newAdapterFactory();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new CaseCommandStack());
        Resource resource = CaseStore.create(domain.getResourceSet(), file, root);
        return new CaseSession(file, factory, domain, resource);
    }

    /**
     * EMF's command stack, except that a listener may add or remove listeners while it is told of a change (a part
     * that follows the selection changes the stack it watches when an undo removes what it showed): EMF's own list
     * would throw a ConcurrentModificationException in the middle of the undo.
     */
    private static final class CaseCommandStack extends BasicCommandStack {
        @Override
        protected void notifyListeners() {
            java.util.EventObject event = new java.util.EventObject(this);
            for (org.eclipse.emf.common.command.CommandStackListener listener : List.copyOf(listeners)) {
                if (listeners.contains(listener)) { // not removed by an earlier one
                    listener.commandStackChanged(event);
                }
            }
        }
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

    /**
     * Why the case is open read-only ("it is being written by factcheck import (pid 4711, …) since …"), or empty when
     * it can be saved.
     */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** Records why the case cannot be saved (null: it can), and tells EMF's commands, which check the domain. */
    private void setReadOnly(String reason) {
        readOnlyReason = reason;
        if (domain.getResourceToReadOnlyMap() == null) {
            domain.setResourceToReadOnlyMap(new java.util.HashMap<>());
        }
        domain.getResourceToReadOnlyMap().put(resource, reason != null);
    }

    /** Saves atomically to the current file and marks the command stack as saved. */
    public void save() throws IOException {
        if (readOnlyReason != null) {
            throw new IOException("“" + file + "” is open read-only: " + readOnlyReason + ". Save your changes under"
                    + " another name (File › Save As…).");
        }
        saveAs(file);
    }

    /**
     * Saves atomically to {@code target}, which becomes the case's file; the case then holds the target's lock (and
     * no longer the old file's).
     */
    public void saveAs(Path target) throws IOException {
        boolean sameFile = target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
        CaseLock targetLock = sameFile && lock != null ? null : CaseLock.acquire(target, java.time.Duration.ZERO);
        try {
            CaseStore.save(resource, target);
        } catch (IOException | RuntimeException e) {
            if (targetLock != null) {
                targetLock.close();
            }
            throw e;
        }
        if (targetLock != null) {
            if (lock != null) {
                lock.close();
            }
            lock = targetLock;
            setReadOnly(null);
        }
        file = target;
        resource.setURI(org.eclipse.emf.common.util.URI.createFileURI(target.toString()));
        diskBase = copy(resource.getContents());
        declinedDiskVersion = null;
        commandStack().saveIsDone();
        saveListeners.forEach(Runnable::run);
    }

    private static List<org.eclipse.emf.ecore.EObject> copy(List<org.eclipse.emf.ecore.EObject> roots) {
        return List.copyOf(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(roots));
    }

    /**
     * The case as its file was when it was last read or written here (a detached copy): the base of a three-way
     * merge with a newer file; null for a case never saved.
     */
    public List<org.eclipse.emf.ecore.EObject> diskBase() {
        return diskBase;
    }

    /** Which version of the file on disk the case holds: a token of {@link CaseStore#diskVersion}. */
    public Object diskVersion() {
        return CaseStore.diskVersion(resource);
    }

    /**
     * Records that the case now stands on another version of its file (a newer one read from disk and merged in, or
     * the older one again when that merge is undone): {@code base} is that version's content, {@code version} its
     * token. Save then overwrites only that version.
     */
    public void standOnDiskVersion(List<org.eclipse.emf.ecore.EObject> base, Object version) {
        diskBase = base == null ? null : List.copyOf(base);
        CaseStore.setDiskVersion(resource, version);
    }

    /**
     * Records that the case is, as it is now, what its file holds (it was just taken from disk): not dirty, and every
     * part showing it is told as after a save, so their unsaved marks go.
     */
    public void matchesDisk() {
        commandStack().saveIsDone();
        saveListeners.forEach(Runnable::run);
    }

    /** Whether another program changed the case's file on disk since it was read or written here. */
    public boolean changedOnDisk() {
        try {
            return CaseStore.changedOnDisk(resource);
        } catch (IOException e) {
            return false; // unreadable attributes: nothing to take; a save reports what is wrong
        }
    }

    /** The disk version the user chose to keep their edits over, or null (see {@link #declineDiskVersion}). */
    public Object declinedDiskVersion() {
        return declinedDiskVersion;
    }

    /** Remembers that the user keeps their edits over the file's current version: not to be asked again about it. */
    public void declineDiskVersion(Object version) {
        declinedDiskVersion = version;
    }

    /**
     * Tells {@code listener} after every save, from whichever part it was started: saving changes no command, so
     * the parts showing the case learn here that their unsaved mark ({@code *}) must go.
     */
    public void addSaveListener(Runnable listener) {
        saveListeners.add(listener);
    }

    public void removeSaveListener(Runnable listener) {
        saveListeners.remove(listener);
    }

    public void dispose() {
        changes.dispose();
        adapterFactory.dispose();
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
