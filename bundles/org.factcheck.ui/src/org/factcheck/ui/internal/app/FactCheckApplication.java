package org.factcheck.ui.internal.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The workbench application. Every program argument that names a {@code .factcase} file is opened once the
 * workbench window is up, so {@code factcheck path/to/case.factcase} starts on that case.
 */
public final class FactCheckApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        List<Path> cases = casesToOpen((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
        collectRemovedPlugins();
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new FactCheckWorkbenchAdvisor(cases));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /**
     * Deletes the files of plugins removed in Help › Manage Plug-ins before the restart: p2 keeps the files of the
     * bundles a running workbench has, and after the restart it no longer has them. Quick when nothing changed.
     */
    private static void collectRemovedPlugins() {
        try {
            org.factcheck.install.internal.LeftoverFiles.collectIfChanged();
        } catch (LinkageError noInstaller) {
            // a launch without the installer (development): nothing to collect
        }
    }

    static List<Path> casesToOpen(String[] args) {
        List<Path> cases = new ArrayList<>();
        if (args != null) {
            for (String arg : args) {
                if (arg.endsWith(".factcase")) {
                    cases.add(Path.of(arg).toAbsolutePath().normalize());
                }
            }
        }
        return cases;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
