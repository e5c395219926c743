package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.model.Claim;
import org.factcheck.model.Reliability;
import org.factcheck.model.Source;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.claims.ClaimEditor;
import org.factcheck.ui.internal.claims.ClaimsView;
import org.factcheck.ui.internal.claims.SourcesView;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Claims view (sort, filter, open), the claim editor (edits by command, bad dates) and the Sources view. */
class ClaimsAndSourcesTest {

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private ClaimsView claimsView;

    @BeforeEach
    void open() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        claimsView = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void listsEveryClaimWithItsVerdictInColour() {
        List<Claim> claims = explorer.session().caseFile().getClaims();
        assertSame(explorer.session(), claimsView.session());
        assertEquals(claims.size(), claimsView.table().getTable().getItemCount());
        Claim rated = claims.stream().filter(c -> c.getVerdict() != null && c.getVerdict().getColor() != null)
                .findFirst().orElseThrow();
        TableItem row = item(rated);
        assertEquals(rated.getVerdict().getLabel(), row.getText(3));
        String hex = String.format("#%02X%02X%02X", row.getBackground(3).getRed(), row.getBackground(3).getGreen(),
                row.getBackground(3).getBlue());
        assertEquals(rated.getVerdict().getColor().toUpperCase(), hex, "the verdict cell has the rating's colour");
        assertEquals(String.valueOf(rated.getAppearances().size()), row.getText(5));
        assertEquals(String.valueOf(rated.getEvidence().size()), row.getText(6));
    }

    @Test
    void theSelectedClaimsRowGoesWithItAndComesBackWithIt() {
        org.factcheck.ui.cases.CaseSession session = explorer.session();
        List<Claim> claims = session.caseFile().getClaims();
        Claim claim = rows().get(3);
        Workbench.page().activate(claimsView);
        claimsView.table().setSelection(new StructuredSelection(claim), true);
        Workbench.processEvents();
        List<Object> told = new java.util.ArrayList<>();
        org.eclipse.ui.ISelectionListener listener = (part, selection) -> {
            if (part == claimsView) {
                told.add(selection);
            }
        };
        Workbench.window().getSelectionService().addSelectionListener(listener);
        try {
            // what Undo of Create Claim does: the claim leaves the case
            session.commandStack().execute(org.eclipse.emf.edit.command.RemoveCommand.create(session.domain(),
                    session.caseFile(), org.factcheck.model.CasePackage.Literals.CASE_FILE__CLAIMS, claim));
            Workbench.processEvents();
            assertEquals(0, claimsView.table().getTable().getSelectionCount(), "no other row is highlighted instead");
            assertTrue(claimsView.table().getStructuredSelection().isEmpty());
            assertFalse(told.isEmpty(), "the views that follow the Claims view are told");
            assertTrue(((org.eclipse.jface.viewers.IStructuredSelection) told.get(told.size() - 1)).isEmpty(),
                    "and they are told that nothing is selected: " + told);
            // Redo: it is back, and selected again
            session.commandStack().undo();
            Workbench.processEvents();
            assertTrue(claims.contains(claim));
            assertEquals(List.of(claim), claimsView.table().getStructuredSelection().toList());
            int[] highlighted = claimsView.table().getTable().getSelectionIndices();
            assertEquals(1, highlighted.length);
            assertSame(claim, rows().get(highlighted[0]), "the highlighted row is the claim's");
            assertEquals(List.of(claim), ((org.eclipse.jface.viewers.IStructuredSelection) told.get(told.size() - 1))
                    .toList());
        } finally {
            Workbench.window().getSelectionService().removeSelectionListener(listener);
        }
    }

    @Test
    void filtersByWordsClaimantVerdictAndTag() {
        claimsView.wordsField().setText("retaken");
        assertTrue(rows().stream().allMatch(c -> (c.getStatement() + c.getClaimant().getName()).toLowerCase().contains("retaken")
                || c.getTags().stream().anyMatch(t -> t.getName().contains("retaken"))));
        assertFalse(rows().isEmpty());
        claimsView.wordsField().setText("");

        select(claimsView.claimantsField(), "Vladimir Putin");
        assertFalse(rows().isEmpty());
        assertTrue(rows().stream().allMatch(c -> c.getClaimant() != null && "Vladimir Putin".equals(c.getClaimant().getName())));
        select(claimsView.claimantsField(), "Any claimant");

        select(claimsView.tagsField(), "borders");
        assertTrue(rows().stream().allMatch(c -> c.getTags().stream().anyMatch(t -> "borders".equals(t.getName()))));
        select(claimsView.tagsField(), "Any tag");

        select(claimsView.verdictsField(), "Unverifiable");
        assertTrue(rows().stream().allMatch(c -> c.getVerdict() != null && "Unverifiable".equals(c.getVerdict().getLabel())));
        select(claimsView.verdictsField(), "Any verdict");
        assertEquals(explorer.session().caseFile().getClaims().size(), rows().size());
    }

    @Test
    void sortsByAColumnAndReversesOnASecondClick() {
        claimsView.table().getTable().getColumn(1).notifyListeners(SWT.Selection, new Event()); // Claimant
        List<String> claimants = rows().stream().map(c -> c.getClaimant() == null ? "" : c.getClaimant().getName()).toList();
        assertEquals(claimants.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), claimants);
        claimsView.table().getTable().getColumn(1).notifyListeners(SWT.Selection, new Event());
        List<String> reversed = rows().stream().map(c -> c.getClaimant() == null ? "" : c.getClaimant().getName()).toList();
        assertEquals(claimants.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList(), reversed);
    }

    @Test
    void openingAClaimShowsItsFormAndEditsAreUndoable() throws Exception {
        Claim claim = explorer.session().caseFile().getClaims().stream().filter(c -> c.getAppearances().size() > 1)
                .findFirst().orElseThrow();
        Workbench.page().activate(claimsView);
        claimsView.table().setSelection(new StructuredSelection(claim), true);
        claimsView.table().getTable().notifyListeners(SWT.DefaultSelection, new Event()); // Enter
        Workbench.processEvents();
        ClaimEditor editor = (ClaimEditor) Workbench.page().getActiveEditor();
        assertSame(claim, editor.claim());
        List<Hyperlink> appearanceLinks = hyperlinks(editor);
        assertTrue(appearanceLinks.size() >= claim.getAppearances().size(), "one link per appearance at least");

        Text date = Workbench.find(editor.form().getBody(), Text.class, t -> t.getText().equals(String.valueOf(claim.getDateSaid())));
        assertNotNull(date, "the date field shows the date said");
        java.time.LocalDate before = claim.getDateSaid();
        date.setText("3 October");
        date.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(before, claim.getDateSaid(), "a bad date changes nothing");
        assertEquals(IMessageProvider.ERROR, editor.form().getMessageType());
        assertTrue(editor.form().getMessage().contains("yyyy-mm-dd"), editor.form().getMessage());
        assertFalse(editor.isDirty());

        date.setText("2022-10-04");
        date.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(java.time.LocalDate.of(2022, 10, 4), claim.getDateSaid());
        assertTrue(editor.isDirty());
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(before, claim.getDateSaid(), "Undo in the claim editor");
        assertEquals(String.valueOf(before), date.getText(), "the form shows the undone value");

        hyperlinks(editor).get(0).notifyListeners(SWT.KeyDown, enter()); // the links are rebuilt after each change
        Workbench.processEvents();
        assertTrue(Workbench.page().getActiveEditor() instanceof DocumentEditor, "an appearance link opens its article");
    }

    @Test
    void aRelationToAnotherClaimIsAddedFromTheClaimEditorAndUndone() throws Exception {
        List<Claim> claims = explorer.session().caseFile().getClaims();
        Claim claim = claims.get(0);
        Claim other = claims.get(claims.size() - 1);
        ClaimEditor editor = ClaimEditor.open(Workbench.page(), explorer.session(), claim);
        int before = explorer.session().caseFile().getRelations().size();
        Workbench.answer(org.factcheck.ui.internal.annotate.ClaimPickerDialog.class, dialog -> {
            dialog.list().setSelection(new StructuredSelection(other), true);
            dialog.stanceField().select(1); // the second kind: contradicts
            dialog.accept();
        });
        Hyperlink add = hyperlinks(editor).stream().filter(l -> l.getText().startsWith("Add a relation")).findFirst()
                .orElseThrow();
        add.notifyListeners(SWT.KeyDown, enter());
        List<org.factcheck.model.ClaimRelation> relations = explorer.session().caseFile().getRelations();
        assertEquals(before + 1, relations.size());
        org.factcheck.model.ClaimRelation added = relations.get(before);
        assertSame(claim, added.getSource());
        assertSame(other, added.getTarget());
        assertEquals("contradicts", added.getKind().getName());
        assertTrue(hyperlinks(editor).stream().anyMatch(l -> l.getText().startsWith("This claim contradicts “")
                && l.getText().contains(other.getStatement().substring(0, 20))), "the form lists the new relation");
        Workbench.processEvents();
        for (Hyperlink link : hyperlinks(editor)) { // rebuilt links are laid out, not left at size 0
            assertTrue(link.getSize().x > 0 && link.getSize().y > 0, "visible after the rebuild: " + link.getText());
        }
        Workbench.page().activate(editor);
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(before, relations.size());
    }

    @Test
    void sourcesViewEditsReliabilityUndoably() throws Exception {
        SourcesView view = (SourcesView) Workbench.page().showView(SourcesView.ID);
        List<Source> sources = explorer.session().caseFile().getSources();
        assertEquals(sources.size(), view.table().getTable().getItemCount());
        Source source = sources.get(0);
        Reliability before = source.getReliability();
        Reliability other = before == Reliability.LOW ? Reliability.HIGH : Reliability.LOW;
        view.setReliability(source, other);
        assertEquals(other, source.getReliability());
        assertEquals(other.getLiteral().toLowerCase(), view.table().getTable().getItem(0).getText(2));
        Workbench.page().activate(view);
        handlers().executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(before, source.getReliability(), "Undo from the Sources view");
    }

    private static Event enter() {
        Event event = new Event();
        event.character = '\r';
        event.keyCode = SWT.CR;
        return event;
    }

    private static List<Hyperlink> hyperlinks(ClaimEditor editor) {
        java.util.ArrayList<Hyperlink> links = new java.util.ArrayList<>();
        collect(editor.form().getBody(), links);
        return links;
    }

    private static void collect(org.eclipse.swt.widgets.Composite parent, List<Hyperlink> links) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof Hyperlink link) {
                links.add(link);
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                collect(composite, links);
            }
        }
    }

    private TableItem item(Claim claim) {
        return java.util.Objects.requireNonNull(claimsView.row(claim), "no row for " + claim);
    }

    private List<Claim> rows() {
        return claimsView.shownClaims();
    }

    private static void select(org.eclipse.swt.widgets.Combo combo, String item) {
        combo.select(combo.indexOf(item));
        combo.notifyListeners(SWT.Modify, new Event());
    }

    private IHandlerService handlers() {
        return Workbench.window().getService(IHandlerService.class);
    }
}
