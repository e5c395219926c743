package org.factcheck.ui.internal.app;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.factcheck.ui.internal.handlers.CaseOpener;

/**
 * Starts every window in the fact-checking perspective, opens the cases named on the command line and tells the
 * user about plugins' contributions that fail.
 */
final class FactCheckWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<Path> initialCases;
    /** The initial cases, read while the window is built (none in the bare start). */
    private CasePreload preload;

    FactCheckWorkbenchAdvisor(List<Path> initialCases) {
        this.initialCases = List.copyOf(initialCases);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return StartupProbe.bare() ? null : FactCheckPerspective.ID; // bare: a window without any perspective
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new FactCheckWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        FailureNotifier.install();
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window != null && preload != null) {
            initialCases.forEach(file -> CaseOpener.open(window, file, message -> org.eclipse.jface.dialogs.MessageDialog
                    .openError(window.getShell(), "Cannot open case", message), preload::take));
        }
        StartupProbe.started(getWorkbenchConfigurer().getWorkbench());
    }

    @Override
    public void preStartup() {
        // after the workbench's own model is read (so the two never register EMF packages at once), before the window
        if (!StartupProbe.bare()) {
            preload = CasePreload.start(initialCases);
        }
    }

    @Override
    public void postShutdown() {
        if (preload != null) {
            preload.discardUntaken();
        }
    }

    @Override
    public boolean preShutdown() {
        FailureNotifier.uninstall();
        return true;
    }
}
