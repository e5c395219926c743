package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;
import org.factcheck.model.Stance;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CommandLabels;
import org.factcheck.ui.internal.claims.ClaimEditor;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.evidence.EvidenceDialog;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence that is a web page or a source, not a quote: added from the explorer and the claim editor, edited, undone. */
class EvidenceWithoutQuoteTest {

    private static final String URL = "https://mil.example.gov/briefing";

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private CaseSession session;
    private Claim claim;

    @BeforeEach
    void open() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
        claim = session.caseFile().getClaims().get(0);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    private static MenuItem item(Menu menu, String text) {
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").equals(text)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void addEvidenceFromTheExplorerWithTheHashOfAFile() throws Exception {
        Path saved = temp.resolve("briefing.html");
        Files.writeString(saved, "abc", StandardCharsets.UTF_8);
        int before = claim.getEvidence().size();
        explorer.viewer().setSelection(new StructuredSelection(claim), true);
        Menu menu = explorer.viewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem add = item(menu, "Add Evidence…");
        assertNotNull(add);
        var seen = Workbench.answer(EvidenceDialog.class, dialog -> {
            List<?> fields = dialog.fields();
            Button ok = Workbench.find(dialog.getShell(), Button.class, b -> b.getText().equals("OK"));
            ((Text) fields.get(1)).setText("not an address");
            assertNotNull(dialog.getErrorMessage(), "a bad address is refused");
            assertFalse(ok.isEnabled());
            ((Combo) fields.get(0)).select(Stance.REFUTES.getValue());
            ((Text) fields.get(1)).setText(URL);
            ((Text) fields.get(3)).setText("2022-10-06");
            dialog.hashOfFile(saved);
            ((Text) fields.get(5)).setText("The ministry's own map shows the line west of the town.");
            assertNull(dialog.getErrorMessage());
            Workbench.press(dialog.getShell(), "OK");
        });
        add.notifyListeners(SWT.Selection, new Event());
        assertTrue(seen.get());

        assertEquals(before + 1, claim.getEvidence().size());
        Evidence added = claim.getEvidence().get(before);
        assertNull(added.getSpan());
        assertEquals(Stance.REFUTES, added.getStance());
        assertEquals(URL, added.getUrl());
        assertEquals(Instant.parse("2022-10-06T00:00:00Z"), added.getRetrieved());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", added.getContentSha256(),
                "the SHA-256 of the file's bytes");
        assertEquals("Add Evidence", CommandLabels.of(session.commandStack().getUndoCommand()));
        assertEquals(added, explorer.viewer().getStructuredSelection().getFirstElement());
        session.commandStack().undo();
        assertEquals(before, claim.getEvidence().size(), "one Undo takes it back");
    }

    @Test
    void theClaimEditorListsItAndEditsItByCommand() throws Exception {
        ClaimEditor editor = ClaimEditor.open(Workbench.page(), session, claim);
        Workbench.processEvents();
        Hyperlink add = Workbench.find(editor.form().getBody(), Hyperlink.class, l -> l.getText().startsWith("Add evidence without a quote"));
        assertNotNull(add);
        Workbench.answer(EvidenceDialog.class, dialog -> {
            ((Text) dialog.fields().get(1)).setText(URL);
            dialog.hashOfText("Kherson remains Russian");
            Workbench.press(dialog.getShell(), "OK");
        });
        editor.addEvidence();
        Evidence added = claim.getEvidence().get(claim.getEvidence().size() - 1);
        assertEquals(org.factcheck.core.text.Hashes.sha256Hex("Kherson remains Russian"), added.getContentSha256());
        assertNotNull(added.getRetrieved(), "retrieved defaults to now");
        Workbench.processEvents();
        Hyperlink line = Workbench.find(editor.form().getBody(), Hyperlink.class, l -> l.getText().startsWith("supports: " + URL));
        assertNotNull(line, "the evidence list shows the page");
        assertTrue(line.getText().contains("SHA-256 "), line.getText());

        Workbench.answer(EvidenceDialog.class, dialog -> {
            ((Combo) dialog.fields().get(0)).select(Stance.CONTEXT.getValue());
            ((Text) dialog.fields().get(5)).setText("Only context: the map is undated.");
            Workbench.press(dialog.getShell(), "OK");
        });
        line.notifyListeners(SWT.KeyDown, enter()); // following the link edits it
        Workbench.waitUntil("the edit", () -> added.getStance() == Stance.CONTEXT);
        assertEquals("Only context: the map is undated.", added.getNote());
        assertEquals("Edit Evidence", CommandLabels.of(session.commandStack().getUndoCommand()));
        session.commandStack().undo();
        assertEquals(Stance.SUPPORTS, added.getStance());
        assertNull(added.getNote(), "the edit was one command");
    }

    private static Event enter() {
        Event event = new Event();
        event.character = '\r';
        return event;
    }
}
