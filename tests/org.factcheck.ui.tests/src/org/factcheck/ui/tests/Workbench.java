package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Small helpers for tests that run on the UI thread of the product's workbench. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** Runs the event loop until {@code condition} holds; fails after five seconds. */
    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** The cases whose last part closed while {@code action} ran. */
    static java.util.List<org.factcheck.ui.cases.CaseSession> casesClosedDuring(Runnable action) {
        java.util.List<org.factcheck.ui.cases.CaseSession> closed = new java.util.ArrayList<>();
        org.factcheck.ui.cases.CaseSessions.Listener listener = new org.factcheck.ui.cases.CaseSessions.Listener() {
            @Override
            public void closed(org.factcheck.ui.cases.CaseSession session) {
                closed.add(session);
            }
        };
        org.factcheck.ui.cases.CaseSessions.getDefault().addListener(listener);
        try {
            action.run();
        } finally {
            org.factcheck.ui.cases.CaseSessions.getDefault().removeListener(listener);
        }
        return closed;
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /**
     * Answers the next dialog of type {@code type} that opens (a modal dialog runs its own event loop, so the test
     * cannot act on it directly): polls the display's shells and hands the dialog to {@code answer}. The returned
     * flag tells whether the dialog was seen.
     */
    static <T extends org.eclipse.jface.window.Window> java.util.concurrent.atomic.AtomicBoolean answer(Class<T> type,
            java.util.function.Consumer<T> answer) {
        Display display = Display.getCurrent();
        java.util.concurrent.atomic.AtomicBoolean seen = new java.util.concurrent.atomic.AtomicBoolean();
        long deadline = System.currentTimeMillis() + 10_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
                if (type.isInstance(shell.getData()) && shell.isVisible()) {
                    seen.set(true);
                    answer.accept(type.cast(shell.getData()));
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        return seen;
    }

    /** All texts of the labels in a shell (a message dialog's message among them). */
    static String labels(org.eclipse.swt.widgets.Composite parent) {
        StringBuilder texts = new StringBuilder();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                texts.append(label.getText()).append('\n');
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                texts.append(labels(composite));
            }
        }
        return texts.toString();
    }

    /** Presses the button labelled {@code label} (mnemonics ignored) in a dialog's shell. */
    static void press(org.eclipse.swt.widgets.Composite parent, String label) {
        org.eclipse.swt.widgets.Button button = find(parent, org.eclipse.swt.widgets.Button.class,
                b -> b.getText().replace("&", "").equals(label));
        if (button == null) {
            fail("no button '" + label + "'");
        }
        button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** The first control of a type in a composite's tree that satisfies {@code test}, or {@code null}. */
    static <T extends org.eclipse.swt.widgets.Control> T find(org.eclipse.swt.widgets.Composite parent, Class<T> type,
            java.util.function.Predicate<T> test) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                T found = find(composite, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static TreeItem child(TreeItem parent, String prefix) {
        for (TreeItem item : parent.getItems()) {
            if (item.getText().startsWith(prefix)) {
                return item;
            }
        }
        fail("no item starting with '" + prefix + "' under '" + parent.getText() + "'");
        return null;
    }
}
