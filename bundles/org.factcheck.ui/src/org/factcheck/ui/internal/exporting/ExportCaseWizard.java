package org.factcheck.ui.internal.exporting;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.emf.ecore.EObject;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.Exporters;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.osgi.framework.FrameworkUtil;

/**
 * File › Export…: writes the case selected (or edited) with one of the contributed exporters (HTML report,
 * ClaimReview, CSV, GraphML…), asking for its options; remembers them per case; shows progress and can be
 * cancelled, in which case nothing is written. A failed export leaves the target as it was.
 */
public final class ExportCaseWizard extends Wizard implements IExportWizard {

    public static final String ID = "org.factcheck.ui.exportCase";

    private CaseSession session;
    private ExportSettings settings;
    private ExportPage page;
    private Consumer<Path> opener = this::openFile;
    private Consumer<List<String>> warningsShown = this::showWarnings;
    /** What the exporter of the last export warned about (written by the worker thread). */
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    public ExportCaseWizard() {
        setWindowTitle("Export Case");
        setNeedsProgressMonitor(true);
        IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportCaseWizard.class))
                .getDialogSettings();
        IDialogSettings mine = all.getSection("ExportCaseWizard");
        setDialogSettings(mine != null ? mine : all.addNewSection("ExportCaseWizard"));
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        session = caseOf(workbench, selection);
    }

    /** The case of the first selected object, else of the active part, else the only open case. */
    static CaseSession caseOf(IWorkbench workbench, IStructuredSelection selection) {
        if (selection != null) {
            for (Object element : selection.toList()) {
                if (element instanceof EObject object) {
                    CaseSession found = CaseSessions.getDefault().of(object).orElse(null);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPart part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActivePart();
        CaseSession active = CaseSessions.of(part).orElse(null);
        if (active == null && window != null && window.getActivePage() != null) {
            active = CaseSessions.of(window.getActivePage().getActiveEditor()).orElse(null);
        }
        if (active == null && CaseSessions.getDefault().all().size() == 1) {
            active = CaseSessions.getDefault().all().get(0);
        }
        return active;
    }

    @Override
    public void addPages() {
        if (session == null) {
            addPage(new NoCasePage());
            return;
        }
        settings = new ExportSettings(getDialogSettings(), session.file());
        page = new ExportPage(Exporters.getDefault().descriptors(), settings, session.caseFile().getTitle());
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        if (page == null) {
            return true;
        }
        ExporterDescriptor exporter = page.exporter();
        Map<String, String> options = page.options();
        Path target = page.target();
        boolean open = page.openWhenDone();
        try {
            if (Files.exists(target) && Files.isSameFile(target, session.file())) {
                page.setErrorMessage("“" + target + "” is the case file itself; export to another file.");
                return false;
            }
        } catch (IOException e) {
            // not comparable: the export reports what is wrong with the target
        }
        warnings.clear();
        // The exporter reads a copy, taken here on the UI thread: the case may change while it writes (the progress
        // dialog lets the event loop run, a reload from disk among it), and an exporter that changes what it was
        // given (a fault, undone and reported by the core) never touches the case that is open.
        org.factcheck.model.CaseFile copy = copyOf(session.caseFile());
        try {
            getContainer().run(true, true, monitor -> export(exporter, copy, options, target, monitor));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = String.valueOf(cause.getMessage());
            page.setErrorMessage(message.endsWith("Nothing was written.") ? message : message + " Nothing was written.");
            return false;
        } catch (InterruptedException e) {
            page.setErrorMessage("The export was cancelled; nothing was written.");
            return false;
        }
        settings.finished(exporter, options, target, open);
        // written now, not only when the workbench closes normally: the choices survive a crash or a kill
        PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportCaseWizard.class)).saveDialogSettings();
        if (!warnings.isEmpty()) {
            warningsShown.accept(List.copyOf(warnings));
        }
        if (open) {
            opener.accept(target);
        }
        return true;
    }

    /** A detached copy of the case with all its resource's roots (its diagrams too), in a resource of its own. */
    private static org.factcheck.model.CaseFile copyOf(org.factcheck.model.CaseFile caseFile) {
        org.eclipse.emf.ecore.resource.Resource original = caseFile.eResource();
        if (original == null) {
            return org.eclipse.emf.ecore.util.EcoreUtil.copy(caseFile);
        }
        java.util.List<org.eclipse.emf.ecore.EObject> roots = original.getContents();
        java.util.List<org.eclipse.emf.ecore.EObject> copies = new java.util.ArrayList<>(
                org.eclipse.emf.ecore.util.EcoreUtil.copyAll(roots));
        org.eclipse.emf.ecore.resource.Resource resource = new org.factcheck.core.CaseResourceFactory()
                .createResource(original.getURI());
        new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl().getResources().add(resource);
        resource.getContents().addAll(copies);
        return (org.factcheck.model.CaseFile) copies.get(roots.indexOf(caseFile));
    }

    /**
     * Runs the exporter on a worker thread into a hidden file beside the target, which replaces the target only
     * when the export succeeded and was not cancelled.
     */
    private void export(ExporterDescriptor exporter, org.factcheck.model.CaseFile caseFile, Map<String, String> options,
            Path target, IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
        monitor.beginTask("Exporting “" + session.caseFile().getTitle() + "” to " + target.getFileName() + "…",
                IProgressMonitor.UNKNOWN);
        // A new private folder beside the target (never a predictable name another user could plant a link at),
        // whose file replaces the target only when the export succeeded and was not cancelled.
        Path work;
        try {
            work = Files.createTempDirectory(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".");
        } catch (IOException e) {
            throw new InvocationTargetException(new IOException("Cannot write beside “" + target + "”: " + e.getMessage(), e));
        }
        Path partial = work.resolve(target.getFileName());
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                warnings.addAll(Exporters.getDefault().exportToFile(exporter, caseFile, session.file(), options, partial));
            } catch (Exception e) {
                failure.set(e);
            }
        }, "Export " + target.getFileName());
        worker.setDaemon(true);
        worker.start();
        while (worker.isAlive()) {
            if (monitor.isCanceled()) {
                worker.interrupt();
                Thread cleaner = new Thread(() -> { // the exporter may still finish its file: remove it then
                    try {
                        worker.join();
                        Files.deleteIfExists(partial);
                        Files.deleteIfExists(work);
                    } catch (InterruptedException | IOException e) {
                        // nothing more to do: a hidden partial file at worst
                    }
                }, "Export cleanup");
                cleaner.setDaemon(true);
                cleaner.start();
                throw new InterruptedException();
            }
            worker.join(100);
        }
        try {
            if (failure.get() != null) {
                throw new InvocationTargetException(failure.get());
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvocationTargetException(new IOException("Cannot write “" + target + "”: " + e.getMessage(), e));
        } finally {
            try {
                Files.deleteIfExists(partial);
                Files.deleteIfExists(work);
            } catch (IOException e) {
                // an empty hidden folder at worst
            }
            monitor.done();
        }
    }

    private void openFile(Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".html")) {
            ReportBrowser.open(getShell().getParent() instanceof org.eclipse.swt.widgets.Shell owner ? owner : getShell(),
                    file);
            return;
        }
        if (!Program.launch(file.toString())) {
            MessageDialog.openInformation(getShell(), "Export written", "The case was written to " + file
                    + ". No program to open such files was found; open it from there.");
        }
    }

    private void showWarnings(List<String> messages) {
        StringBuilder text = new StringBuilder("The file was written. The exporter points out:\n");
        messages.stream().limit(12).forEach(m -> text.append("\n• ").append(m));
        if (messages.size() > 12) {
            text.append("\n… and ").append(messages.size() - 12).append(" more of the same kind.");
        }
        MessageDialog.openWarning(getShell(), "Export written, with " + messages.size()
                + (messages.size() == 1 ? " warning" : " warnings"), text.toString());
    }

    /** For tests: what shows the exporter's warnings instead of a dialog. */
    void setWarningsShown(Consumer<List<String>> shown) {
        this.warningsShown = shown;
    }

    /** For tests: what opens the written file instead of the system's program. */
    void setOpener(Consumer<Path> opener) {
        this.opener = opener;
    }

    ExportPage page() {
        return page;
    }

    CaseSession session() {
        return session;
    }

    /** Shown when no case is open: nothing to export. */
    private static final class NoCasePage extends WizardPage {
        NoCasePage() {
            super("noCase");
            setTitle("Export the Case");
            setErrorMessage("No case is open. Open one (File › Open Case…) and select it, then export.");
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Label label = new Label(parent, SWT.WRAP);
            label.setText("There is nothing to export.");
            setControl(label);
        }
    }
}
