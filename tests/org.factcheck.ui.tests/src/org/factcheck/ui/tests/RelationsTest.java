package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.RelationKind;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.annotate.ClaimPickerDialog;
import org.factcheck.ui.internal.claims.ClaimEditor;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A relation added in the claim editor: its direction chosen, its rationale given, listed with the whole statement. */
class RelationsTest {

    @TempDir
    Path temp;

    private CaseSession session;

    @BeforeEach
    void open() throws Exception {
        CaseEditor explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void theChosenClaimContradictsThisOneBecauseOfTheRationaleGiven() throws Exception {
        List<Claim> claims = session.caseFile().getClaims();
        Claim other = claims.stream().filter(c -> c.getStatement().length() > 110).findFirst().orElseThrow();
        Claim claim = claims.stream().filter(c -> c != other).findFirst().orElseThrow();
        List<RelationKind> kinds = session.caseFile().getRelationKinds();
        int contradicts = kinds.indexOf(kinds.stream().filter(k -> "contradicts".equals(k.getName())).findFirst().orElseThrow());
        ClaimEditor editor = ClaimEditor.open(Workbench.page(), session, claim);
        Workbench.processEvents();
        int before = session.caseFile().getRelations().size();
        AtomicReference<String> offered = new AtomicReference<>();
        Workbench.answer(ClaimPickerDialog.class, dialog -> {
            offered.set(String.join("|", dialog.stanceField().getItems()));
            dialog.list().setSelection(new StructuredSelection(other), true);
            dialog.stanceField().select(kinds.size() + contradicts); // the chosen claim contradicts this claim
            dialog.textField().setText("The decree names the borders of 2014.");
            dialog.accept();
        });
        Hyperlink add = Workbench.find(editor.form().getBody(), Hyperlink.class, l -> l.getText().startsWith("Add a relation"));
        add.notifyListeners(SWT.KeyDown, enter());

        assertTrue(offered.get().contains("The chosen claim contradicts this claim"), offered.get());
        assertTrue(offered.get().contains("This claim contradicts the chosen claim"), offered.get());
        assertEquals(before + 1, session.caseFile().getRelations().size());
        ClaimRelation added = session.caseFile().getRelations().get(before);
        assertSame(other, added.getSource(), "the direction chosen: from the chosen claim");
        assertSame(claim, added.getTarget());
        assertEquals("contradicts", added.getKind().getName());
        assertEquals("The decree names the borders of 2014.", added.getRationale());

        Hyperlink line = Workbench.find(editor.form().getBody(), Hyperlink.class,
                l -> l.getText().endsWith("contradicts this claim"));
        assertNotNull(line, "the relation is listed from the other claim's side");
        assertTrue(line.getText().contains(other.getStatement()), "with the whole statement: " + line.getText());
        assertNotNull(Workbench.find(editor.form().getBody(), Label.class,
                l -> l.getText().contains("The decree names the borders of 2014.")), "and why");
        assertEquals("Undo Add Relation", editor.getEditorSite().getActionBars()
                .getGlobalActionHandler(ActionFactory.UNDO.getId()).getText().replace("&", ""));
    }

    private static Event enter() {
        Event event = new Event();
        event.character = '\r';
        event.keyCode = SWT.CR;
        return event;
    }
}
