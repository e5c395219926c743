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

    FactCheckWorkbenchAdvisor(List<Path> initialCases) {
        this.initialCases = List.copyOf(initialCases);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return FactCheckPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new FactCheckWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        FailureNotifier.install();
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window != null) {
            initialCases.forEach(file -> CaseOpener.open(window, file));
        }
    }

    @Override
    public boolean preShutdown() {
        FailureNotifier.uninstall();
        return true;
    }
}
