package org.factcheck.ui.internal.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;

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
     * Called by name, so that the UI (and the SDK plugins compile against) does not depend on the installer and p2.
     */
    private static void collectRemovedPlugins() {
        Bundle installer = Platform.getBundle("org.factcheck.install");
        if (installer == null) {
            return; // a launch without the installer (development, tests): nothing to collect
        }
        try {
            installer.loadClass("org.factcheck.install.internal.LeftoverFiles").getMethod("collectIfChanged").invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            ILog.of(FactCheckApplication.class).warn("Could not delete the files of removed plugins", e);
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
