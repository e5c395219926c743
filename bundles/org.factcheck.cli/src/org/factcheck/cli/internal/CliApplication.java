package org.factcheck.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Equinox application {@code org.factcheck.cli.app}. It returns the exit code as an {@link Integer}, which
 * Equinox passes on to the launcher as the process's exit status.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        // the files of plugins removed in a workbench that ran them (p2 could not delete them while it did)
        org.factcheck.install.internal.LeftoverFiles.collectIfChanged();
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String version = FrameworkUtil.getBundle(CliApplication.class).getVersion().toString();
        return new Cli(System.out, System.err, version).run(args == null ? new String[0] : args);
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
