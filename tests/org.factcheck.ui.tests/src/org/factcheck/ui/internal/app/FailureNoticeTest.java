package org.factcheck.ui.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.factcheck.core.checks.CaseChecks;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.testing.plugins.Contributions;
import org.factcheck.testing.plugins.ThrowingEverywhere;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A plugin's failing contribution is reported to the user once: a notice without modality over the workbench
 * window names the plugin's bundle and what was disabled; the same contribution failing again (installed anew in the
 * same session) adds no second notice, another one is added to the open notice.
 */
class FailureNoticeTest {

    private final List<Contributions> plugins = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (Shell shell : notices()) {
            shell.close();
        }
        plugins.forEach(Contributions::close);
    }

    @Test
    void aFailingCheckIsReportedOnceInANoticeThatIsNotModal() {
        String id = "org.factcheck.testing.checks.notice" + System.nanoTime();
        runThrowingCheck(id, "Throws for the notice");

        List<Shell> notices = notices();
        assertEquals(1, notices.size(), "one notice");
        Shell notice = notices.get(0);
        assertTrue(notice.isVisible());
        assertEquals(0, notice.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL),
                "the notice does not block the workbench");
        assertEquals(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), notice.getParent(),
                "over the workbench window");
        String text = labels(notice);
        assertTrue(text.contains("org.factcheck.testing"), "names the plugin's bundle: " + text);
        assertTrue(text.contains("Throws for the notice") && text.contains(id), "names what was disabled: " + text);
        assertTrue(text.contains("disabled for this session"), text);

        notice.close();
        processEvents();
        runThrowingCheck(id, "Throws for the notice");
        assertTrue(notices().isEmpty(), "the same contribution is not reported twice in a session");

        String other = id + ".other";
        runThrowingCheck(other, "Another throwing check");
        assertEquals(1, notices().size());
        runThrowingCheck(other + ".third", "A third throwing check");
        assertEquals(1, notices().size(), "further failures go into the open notice");
        String both = labels(notices().get(0));
        assertTrue(both.contains("Another throwing check") && both.contains("A third throwing check"), both);
    }

    /** Installs a case check that throws, runs the checks (which disables it) and lets the UI show what it does. */
    private void runThrowingCheck(String id, String name) {
        Contributions plugin = Contributions.add(ThrowingEverywhere.class, """
                <extension point="org.factcheck.core.caseChecks">
                   <check id="%s" name="%s" class="org.factcheck.testing.plugins.ThrowingEverywhere"/>
                </extension>""".formatted(id, name));
        plugins.add(plugin);
        CaseChecks checks = CaseChecks.getDefault();
        Contributions.waitUntil("the check is listed", () -> checks.descriptors().stream().anyMatch(d -> d.id().equals(id)));
        CaseFile caseFile = CaseFactory.eINSTANCE.createCaseFile();
        caseFile.setTitle("Notice");
        assertNotNull(checks.run(caseFile));
        assertFalse(checks.failures().stream().noneMatch(f -> f.contributionId().equals(id)), "the check failed");
        processEvents();
        plugin.close();
        plugins.remove(plugin);
    }

    private static List<Shell> notices() {
        List<Shell> notices = new ArrayList<>();
        for (Shell top : Display.getCurrent().getShells()) {
            if (!top.isDisposed() && FailureNotice.TITLE.equals(top.getText()) && top.isVisible()) {
                notices.add(top);
            }
        }
        return notices;
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            while (display.readAndDispatch()) {
                // drain, the notifier shows failures asynchronously
            }
            Thread.onSpinWait();
        }
    }

    private static String labels(Composite parent) {
        StringBuilder texts = new StringBuilder();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.append(label.getText()).append('\n');
            } else if (child instanceof Composite composite) {
                texts.append(labels(composite));
            }
        }
        return texts.toString();
    }
}
