package org.factcheck.ui.internal.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

/**
 * What the start-up benchmark ({@code releng/benchmark-startup.sh}) reads, switched on by system properties and
 * doing nothing without them:
 * <ul>
 * <li>{@code factcheck.startup.report=FILE}: once the first window is up, its cases are open and everything queued
 * for it has been painted, the wall-clock time ({@link System#currentTimeMillis()}) is written to FILE;</li>
 * <li>{@code factcheck.startup.exit=true}: the workbench then closes;</li>
 * <li>{@code factcheck.startup.bare=true}: the window opens without a perspective (no views, no editors) and no
 * case is opened — the baseline: the same product's own start, without what the case and our views cost.</li>
 * </ul>
 */
final class StartupProbe {

    static final String REPORT = "factcheck.startup.report";
    static final String EXIT = "factcheck.startup.exit";
    static final String BARE = "factcheck.startup.bare";

    private StartupProbe() {
    }

    static boolean bare() {
        return Boolean.getBoolean(BARE);
    }

    /** Called when the workbench has started and the command line's cases are opened. */
    static void started(IWorkbench workbench) {
        String report = System.getProperty(REPORT);
        if (report == null || report.isBlank()) {
            return;
        }
        Display display = workbench.getDisplay();
        display.asyncExec(() -> { // after what opening the window and its cases queued
            display.update(); // and after painting it
            write(Path.of(report), System.currentTimeMillis());
            if (Boolean.getBoolean(EXIT)) {
                display.asyncExec(workbench::close);
            }
        });
    }

    private static void write(Path file, long millis) {
        try {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".startup", ".tmp");
            Files.writeString(temp, millis + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("factcheck: cannot write the start-up time to " + file + ": " + e.getMessage());
        }
    }
}
