package org.factcheck.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.gef.EditPart;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;
import org.factcheck.diagram.internal.handlers.OpenDiagramHandler;
import org.factcheck.diagram.internal.parts.ClaimPart;
import org.factcheck.diagram.internal.parts.RelationPart;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;

/**
 * The demo case opened in the product's workbench, in its case explorer and its argument diagram, with helpers to
 * reach claims, their parts and the event loop. Tests run on the UI thread and call UI code directly.
 */
final class DemoDiagram {

    final CaseEditor explorer;
    final ArgumentDiagramEditor editor;
    final CaseSession session;

    private DemoDiagram(CaseEditor explorer, ArgumentDiagramEditor editor) {
        this.explorer = explorer;
        this.editor = editor;
        this.session = explorer.session();
    }

    /** Copies the demo into {@code folder}, opens it and its first diagram. */
    static DemoDiagram open(Path folder) throws Exception {
        List<String> errors = new ArrayList<>();
        CaseEditor explorer = CaseOpener.open(window(), DemoCase.copyTo(folder), errors::add);
        assertTrue(errors.isEmpty(), "the demo opens: " + errors);
        assertNotNull(explorer);
        ArgumentDiagramEditor editor = OpenDiagramHandler.open(page(), explorer.session(),
                OpenDiagramHandler.diagramOf(explorer.session()));
        assertNotNull(editor, "the diagram opened");
        processEvents();
        return new DemoDiagram(explorer, editor);
    }

    CaseFile caseFile() {
        return session.caseFile();
    }

    Claim claim(String statementStart) {
        return caseFile().getClaims().stream().filter(c -> c.getStatement().startsWith(statementStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starting with " + statementStart));
    }

    ClaimPart part(Claim claim) {
        EditPart part = (EditPart) editor.viewer().getEditPartRegistry().get(claim);
        assertTrue(part instanceof ClaimPart, "a part shows " + claim.getStatement());
        return (ClaimPart) part;
    }

    RelationPart part(ClaimRelation relation) {
        return (RelationPart) editor.viewer().getEditPartRegistry().get(relation);
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Runs the event loop until {@code condition} holds; fails after five seconds. */
    static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, 5);
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code seconds}. */
    static void waitUntil(String what, BooleanSupplier condition, int seconds) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + seconds * 1000L;
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
}
