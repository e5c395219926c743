package org.factcheck.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Event;
import org.factcheck.core.analysis.Finding;
import org.factcheck.diagram.internal.analysis.ProblemsView;
import org.factcheck.diagram.internal.parts.ClaimPart;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.ui.internal.claims.ClaimsView;
import org.factcheck.ui.internal.views.ArticleView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagram publishes claims as the workbench selection and follows the selection of the other parts. */
class DiagramSelectionTest {

    @TempDir
    Path temp;

    private DemoDiagram demo;

    @BeforeEach
    void open() throws Exception {
        demo = DemoDiagram.open(temp);
    }

    @AfterEach
    void close() {
        DemoDiagram.page().closeAllEditors(false);
    }

    private List<?> selected() {
        return ((IStructuredSelection) demo.editor.viewer().getSelection()).toList();
    }

    @Test
    void thePropertiesOfASelectedBoxReadAsTheWorkbenchLabelsThem() throws Exception {
        org.eclipse.ui.views.properties.PropertySheet properties = (org.eclipse.ui.views.properties.PropertySheet)
                DemoDiagram.page().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        DemoDiagram.page().activate(demo.editor);
        Claim claim = demo.caseFile().getClaims().stream().filter(c -> c.getClaimant() instanceof org.factcheck.model.Person
                && c.getVerdict() != null).findFirst().orElseThrow();
        demo.editor.viewer().select(demo.part(claim));
        DemoDiagram.processEvents();

        org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) properties.getCurrentPage().getControl();
        java.util.Map<String, String> rows = new java.util.HashMap<>();
        for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
            rows.put(item.getText(0), item.getText(1));
        }
        assertEquals(claim.getVerdict().getLabel(), rows.get("Verdict"), "the rating's label, not 'Rating …': " + rows);
        assertTrue(rows.get("Claimant").startsWith(claim.getClaimant().getName()), "not 'Person …': " + rows);
        String status = claim.getStatus().getName().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        assertEquals(status, rows.get("Status").toLowerCase(java.util.Locale.ROOT), "words, not the literal: " + rows);
    }

    @Test
    void selectingANodePublishesItsClaimAndTheArticleShowsItsQuote() throws Exception {
        ArticleView article = (ArticleView) DemoDiagram.page().showView(ArticleView.ID);
        DemoDiagram.page().activate(demo.editor);
        Claim consult = demo.claim("We will continue consultations");
        demo.editor.viewer().select(demo.part(consult));
        DemoDiagram.processEvents();

        assertEquals(List.of(consult), ((IStructuredSelection) DemoDiagram.page().getSelection()).toList(),
                "the workbench selection is the claim itself");
        Document expected = consult.getAppearances().get(0).getDocument();
        DemoDiagram.waitUntil("the article view shows the claim's article", () -> article.shownDocument() == expected);
        assertEquals(consult.getAppearances().get(0).getExact(), article.textWidget().getSelectionText(),
                "its quote is selected in the article");
    }

    @Test
    void selectingANodeSelectsTheClaimInTheClaimsViewAndTheExplorer() throws Exception {
        ClaimsView claims = (ClaimsView) DemoDiagram.page().showView(ClaimsView.ID);
        DemoDiagram.page().activate(demo.editor);
        Claim kherson = demo.claim("Kherson remains under the control");
        demo.editor.viewer().select(demo.part(kherson));
        DemoDiagram.processEvents();
        assertEquals(List.of(kherson), claims.table().getStructuredSelection().toList(), "the Claims view selects it");
        assertEquals(List.of(kherson), demo.explorer.viewer().getStructuredSelection().toList(), "and so does the explorer");

        Claim retreat = demo.claim("Russian forces have been forced to retreat");
        demo.editor.viewer().select(demo.part(retreat));
        DemoDiagram.processEvents();
        assertEquals(List.of(retreat), claims.table().getStructuredSelection().toList());
    }

    @Test
    void selectingAClaimInTheClaimsViewSelectsItsNode() throws Exception {
        ClaimsView claims = (ClaimsView) DemoDiagram.page().showView(ClaimsView.ID);
        DemoDiagram.page().activate(claims);
        Claim farce = demo.claim("Once the Ukrainian flag is returned");
        claims.table().setSelection(new StructuredSelection(farce), true);
        DemoDiagram.processEvents();
        assertEquals(List.of(demo.part(farce)), selected());
    }

    @Test
    void selectingAClaimInTheExplorerSelectsItsNode() {
        Claim retaken = demo.claim("The annexed regions will be with Russia forever");
        DemoDiagram.page().activate(demo.explorer);
        demo.explorer.viewer().setSelection(new StructuredSelection(retaken), true);
        DemoDiagram.processEvents();
        assertEquals(List.of(demo.part(retaken)), selected());
    }

    @Test
    void selectingEvidenceOrAQuoteSelectsItsClaim() {
        Claim kherson = demo.claim("Kherson remains under the control");
        DemoDiagram.page().activate(demo.explorer);
        demo.explorer.viewer().setSelection(new StructuredSelection(kherson.getEvidence().get(0)), true);
        DemoDiagram.processEvents();
        assertEquals(List.of(demo.part(kherson)), selected());
        Claim consult = demo.claim("We will continue consultations");
        demo.explorer.viewer().setSelection(new StructuredSelection(consult.getAppearances().get(1)), true);
        DemoDiagram.processEvents();
        assertEquals(List.of(demo.part(consult)), selected());
    }

    @Test
    void arrowKeysMoveTheSelectionToTheNextClaim() {
        Claim first = demo.caseFile().getClaims().get(0);
        demo.editor.viewer().select(demo.part(first));
        Event event = new Event();
        event.widget = demo.editor.viewer().getControl();
        event.display = event.widget.getDisplay();
        event.keyCode = SWT.ARROW_RIGHT;
        demo.editor.viewer().getKeyHandler().keyPressed(new KeyEvent(event));
        List<?> now = selected();
        assertEquals(1, now.size());
        ClaimPart next = (ClaimPart) now.get(0);
        assertFalse(next.claim() == first, "another claim is selected");
        assertTrue(next.figure().getBounds().x > demo.part(first).figure().getBounds().x, "the one to the right");
    }

    @Test
    void theProblemsViewListsTheFindingsAndLeadsToTheirClaims() throws Exception {
        ProblemsView problems = (ProblemsView) DemoDiagram.page().showView(ProblemsView.ID);
        DemoDiagram.page().activate(demo.editor);
        DemoDiagram.processEvents();
        assertEquals(demo.session, problems.shownCase());
        @SuppressWarnings("unchecked")
        List<Finding> findings = (List<Finding>) problems.viewer().getInput();
        assertEquals(2, findings.size(), "the two Unverifiable claims without evidence: " + findings);
        assertEquals(findings.size(), problems.viewer().getTable().getItemCount());

        Claim consult = demo.claim("We will continue consultations");
        Finding aboutConsult = findings.stream().filter(f -> f.claims().contains(consult)).findFirst().orElseThrow();
        problems.reveal(List.copyOf(aboutConsult.claims()));
        DemoDiagram.processEvents();
        assertEquals(demo.editor, DemoDiagram.page().getActivePart(), "the diagram comes to the front");
        assertEquals(List.of(demo.part(consult)), selected(), "with the claim selected");
    }

    @Test
    void theProblemsListFollowsChangesToTheCase() throws Exception {
        ProblemsView problems = (ProblemsView) DemoDiagram.page().showView(ProblemsView.ID);
        DemoDiagram.page().activate(demo.editor);
        Claim finalised = demo.claim("Under Russian law the accession");
        demo.session.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(demo.session.domain(), finalised,
                org.factcheck.model.CasePackage.Literals.CLAIM__VERDICT,
                demo.caseFile().getRatingScale().getRatings().get(0)));
        // rated True without evidence, and a true claim that falls to the (Unverifiable) consultations claim
        DemoDiagram.waitUntil("the problems list shows the new verdict without evidence",
                () -> ((List<?>) problems.viewer().getInput()).stream().filter(Finding.class::isInstance).count() == 4);
        assertEquals(((List<?>) problems.viewer().getInput()).size(), problems.viewer().getTable().getItemCount());
        List<Finding> shown = ((List<?>) problems.viewer().getInput()).stream().filter(Finding.class::isInstance)
                .map(Finding.class::cast).toList();
        assertEquals(java.util.Set.of(Finding.Kind.VERDICT_WITHOUT_EVIDENCE, Finding.Kind.VERDICT_AGAINST_LABEL),
                shown.stream().filter(f -> f.claims().get(0) == finalised).map(Finding::kind)
                        .collect(java.util.stream.Collectors.toSet()));
        assertTrue(problems.tooltip(shown.stream().filter(f -> f.kind() == Finding.Kind.VERDICT_AGAINST_LABEL)
                .findFirst().orElseThrow()).contains("Falls: “We will continue consultations"),
                "the row's tooltip says which claim defeats it");
        EditPart part = demo.part(finalised);
        assertEquals(Finding.Severity.WARNING, ((ClaimPart) part).figure().view().severity(), "its box is marked");
    }

    @Test
    void theProblemsViewLetsGoOfAClosedCase() throws Exception {
        ProblemsView problems = (ProblemsView) DemoDiagram.page().showView(ProblemsView.ID);
        DemoDiagram.page().activate(demo.editor);
        DemoDiagram.processEvents();
        assertEquals(demo.session, problems.shownCase());
        assertTrue(problems.viewer().getTable().getItemCount() > 0, "the demo case has problems");
        DemoDiagram.page().closeAllEditors(false);
        DemoDiagram.processEvents();
        assertTrue(org.factcheck.ui.cases.CaseSessions.getDefault().all().isEmpty(), "the case is closed");
        org.junit.jupiter.api.Assertions.assertNull(problems.shownCase(), "no case is shown any more");
        assertEquals(0, problems.viewer().getTable().getItemCount(), "and none of its problems");
    }

    @Test
    void markingASpanDoesNotAnalyseTheCaseAgain() {
        org.factcheck.diagram.internal.analysis.CaseAnalyses analyses =
                org.factcheck.diagram.internal.analysis.CaseAnalyses.of(demo.session);
        org.factcheck.core.analysis.AnalysisResult before = analyses.result();
        org.factcheck.model.Document article = demo.caseFile().getDocuments().get(0);
        org.factcheck.model.TextSpan span = org.factcheck.model.CaseFactory.eINSTANCE.createTextSpan();
        span.setStart(0);
        span.setEnd(5);
        span.setKind(org.factcheck.model.SpanKind.NOTE);
        demo.session.commandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(demo.session.domain(), article,
                org.factcheck.model.CasePackage.Literals.DOCUMENT__ANNOTATIONS, span));
        DemoDiagram.processEvents();
        assertSame(before, analyses.result(), "a new span changes nothing in the argument");
        demo.session.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(demo.session.domain(),
                demo.claim("Under Russian law the accession"), org.factcheck.model.CasePackage.Literals.CLAIM__VERDICT,
                demo.caseFile().getRatingScale().getRatings().get(0)));
        assertFalse(analyses.isCurrent(), "a verdict does: the analysis is worked out again (in the background)");
        DemoDiagram.waitUntil("the new analysis is there", analyses::isCurrent);
        assertFalse(before == analyses.result(), "and replaces the one before");
    }
}
