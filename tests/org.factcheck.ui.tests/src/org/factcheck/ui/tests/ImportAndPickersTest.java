package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.internal.annotate.ClaimPickerDialog;
import org.factcheck.ui.internal.annotate.ClaimText;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.annotate.NewClaimDialog;
import org.factcheck.ui.internal.claims.ClaimEditor;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.factcheck.ui.internal.handlers.ImportArticleHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing an article the case already has; finding a claim in the pickers by any word of its statement; a claim
 * made from a quote with its quotation marks and the comma its sentence goes on with.
 */
class ImportAndPickersTest {

    private static final String QUOTE = "“We will defend our territories with all the means at our disposal,”";

    @TempDir
    Path temp;

    private CaseEditor explorer;
    private CaseSession session;

    @BeforeEach
    void open() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), DemoCase.copyTo(temp), message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void importingAnArticleTheCaseHasSaysSoAndSelectsIt() throws Exception {
        int documents = session.caseFile().getDocuments().size();
        Command newest = session.commandStack().getUndoCommand();
        List<String> notices = new ArrayList<>();
        Path again = DemoCase.articles()[0];
        Document found = ImportArticleHandler.importInto(explorer, again, notices::add);
        assertEquals(documents, session.caseFile().getDocuments().size(), "no second copy of the article");
        assertSame(newest, session.commandStack().getUndoCommand(), "no command ran");
        assertFalse(session.isDirty());
        assertEquals(1, notices.size(), "the fact-checker is told");
        assertTrue(notices.get(0).contains("already in the case"), notices.get(0));
        assertNotNull(found);
        assertTrue(session.caseFile().getDocuments().contains(found), "the case's own document is returned");
        assertTrue(notices.get(0).contains(found.getTitle()), notices.get(0));
        assertEquals(List.of(found), explorer.viewer().getStructuredSelection().toList(), "… and selected");
    }

    @Test
    void thePickerFindsAClaimByWordsBeyondItsShortenedLabel() throws Exception {
        Claim longClaim = session.caseFile().getClaims().stream().filter(c -> c.getStatement().length() > 110)
                .findFirst().orElseThrow();
        String[] words = longClaim.getStatement().replaceAll("[.!?]$", "").split("\\s+");
        String tail = words[words.length - 2] + " " + words[words.length - 1];
        assertFalse(ClaimText.oneLine(longClaim).contains(tail), "precondition: the label leaves out " + tail);

        DocumentEditor editor = DocumentEditor.open(Workbench.page(), session, session.caseFile().getDocuments().get(0));
        Workbench.page().activate(editor);
        editor.viewer().setSelectedRange(0, 20);
        AtomicReference<List<Object>> listed = new AtomicReference<>();
        Workbench.answer(ClaimPickerDialog.class, dialog -> {
            dialog.filterField().setText(tail.toUpperCase());
            listed.set(Arrays.stream(dialog.list().getTable().getItems()).map(TableItem::getData).toList());
            dialog.getShell().close();
        });
        handlers().executeCommand("org.factcheck.ui.addAppearance", null);
        assertNotNull(listed.get(), "the picker opened");
        assertTrue(listed.get().contains(longClaim), "Find matches the whole statement: " + listed.get().size() + " listed");
        assertTrue(listed.get().size() < session.caseFile().getClaims().size(), "claims without the words are left out");
    }

    @Test
    void thePickerChoosesTheClaimThatBeginsWithTheWordsTyped() throws Exception {
        Claim kremlin = session.caseFile().getClaims().stream()
                .filter(c -> c.getStatement().startsWith("We will defend our territories with all the means")).findFirst()
                .orElseThrow();
        Claim medvedev = org.factcheck.model.CaseFactory.eINSTANCE.createClaim();
        medvedev.setStatement("All the territories will be defended with all the means at our disposal");
        session.commandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(session.domain(), session.caseFile(),
                org.factcheck.model.CasePackage.Literals.CASE_FILE__CLAIMS, medvedev));
        assertTrue(session.caseFile().getClaims().indexOf(kremlin) < session.caseFile().getClaims().indexOf(medvedev),
                "precondition: the Kremlin's claim, which holds the same words in another order, is listed first");

        DocumentEditor editor = DocumentEditor.open(Workbench.page(), session, session.caseFile().getDocuments().get(0));
        Workbench.page().activate(editor);
        editor.viewer().setSelectedRange(0, 20);
        AtomicReference<List<Object>> chosen = new AtomicReference<>();
        Workbench.answer(ClaimPickerDialog.class, dialog -> {
            dialog.filterField().setText("all the territories");
            chosen.set(List.of(dialog.list().getStructuredSelection().getFirstElement(), dialog.list().getElementAt(0),
                    dialog.list().getElementAt(1)));
            dialog.getShell().close();
        });
        handlers().executeCommand("org.factcheck.ui.addEvidence", null);
        assertNotNull(chosen.get(), "the picker opened");
        assertSame(medvedev, chosen.get().get(0), "the claim that begins with the words is chosen: " + chosen.get());
        assertSame(medvedev, chosen.get().get(1), "… and listed first");
        assertSame(kremlin, chosen.get().get(2), "the other match follows");
    }

    @Test
    void aClaimFromAQuoteDropsItsQuotationMarksAndTrailingCommaAndItsLinkHasOneOpeningMark() throws Exception {
        Document document = session.caseFile().getDocuments().stream().filter(d -> d.getText().contains(QUOTE))
                .findFirst().orElseThrow();
        DocumentEditor editor = DocumentEditor.open(Workbench.page(), session, document);
        Workbench.page().activate(editor);
        editor.viewer().setSelectedRange(document.getText().indexOf(QUOTE), QUOTE.length());
        AtomicReference<String> proposed = new AtomicReference<>();
        Workbench.answer(NewClaimDialog.class, dialog -> {
            proposed.set(dialog.statementField().getText());
            dialog.accept();
        });
        int claims = session.caseFile().getClaims().size();
        handlers().executeCommand("org.factcheck.ui.createClaim", null);
        assertEquals("We will defend our territories with all the means at our disposal", proposed.get());
        assertEquals(claims + 1, session.caseFile().getClaims().size());
        Claim claim = session.caseFile().getClaims().get(claims);
        assertEquals(QUOTE, claim.getAppearances().get(0).getExact(), "the span keeps the words as selected");

        ClaimEditor claimEditor = ClaimEditor.open(Workbench.page(), session, claim);
        Workbench.processEvents();
        Hyperlink appearance = Workbench.find(claimEditor.form().getBody(), Hyperlink.class,
                l -> l.getText().contains("We will defend"));
        assertNotNull(appearance);
        assertTrue(appearance.getText().startsWith("“We will defend"), appearance.getText());
        assertFalse(appearance.getText().contains("““") || appearance.getText().contains("””"), appearance.getText());
    }

    private IHandlerService handlers() {
        return Workbench.window().getService(IHandlerService.class);
    }
}
