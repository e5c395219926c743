package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.factcheck.core.detectors.ClaimDetector;
import org.factcheck.core.detectors.ClaimDetectors;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectedSuggestion;
import org.factcheck.core.detectors.DetectorDescriptor;
import org.factcheck.core.detectors.SuggestionKind;
import org.factcheck.core.internal.suggestions.CaseSuggestions;
import org.factcheck.core.text.CodePoints;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Person;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.detector.TestClaimDetector;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CommandLabels;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.annotate.SuggestClaimsHandler;
import org.factcheck.ui.internal.annotate.SuggestJob;
import org.factcheck.ui.internal.annotate.SuggestionBoard;
import org.factcheck.ui.internal.annotate.SuggestionsView;
import org.factcheck.ui.internal.editor.CaseEditor;
import org.factcheck.ui.internal.handlers.CaseOpener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suggest Claims in the workbench, with the test detector contributed by org.factcheck.testing.detector (or detectors
 * made here): accepting (claim, appearance and claimant in one Undo), dismissing (remembered after save and reopen),
 * comment / boilerplate regions skipped, suggestions over a claim appearance hidden, a failing detector reported.
 */
class SuggestionsTest {

    @TempDir
    Path temp;

    private Path file;
    private CaseEditor explorer;
    private CaseSession session;
    private Document article;
    private DocumentEditor editor;

    @BeforeEach
    void open() throws Exception {
        file = DemoCase.copyTo(temp);
        openCase();
    }

    private void openCase() throws Exception {
        explorer = CaseOpener.open(Workbench.window(), file, message -> {
            throw new AssertionError(message);
        });
        session = explorer.session();
        // "Peskov: borders of Kherson and Zaporizhzhia still to be decided": reported speech of a known person
        article = session.caseFile().getDocuments().get(1);
        editor = DocumentEditor.open(Workbench.page(), session, article);
        Workbench.page().activate(editor);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
        Workbench.processEvents();
    }

    /** Runs Suggest Claims as the command does (a background job) and waits for the outcome to reach the view. */
    private SuggestionsView suggest(ClaimDetectors detectors) {
        SuggestJob job = SuggestClaimsHandler.suggest(Workbench.page(), editor.getSite().getShell(), article, detectors);
        assertNotNull(job, "a detector applies");
        Workbench.waitUntil("the detectors ran", () -> job.getResult() != null
                && SuggestionBoard.getDefault().run(article).map(r -> r.text().equals(article.getText())).orElse(false));
        Workbench.processEvents();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        return (SuggestionsView) Workbench.page().findView(SuggestionsView.ID);
    }

    /**
     * Suggest Claims with the tests' predictable detector alone: the product's OpenNLP detector, also installed here,
     * finds overlapping suggestions that would take their place.
     */
    private SuggestionsView suggest() {
        return suggest(detectors(Map.of(descriptor("org.factcheck.testing.detector.reportedSpeech", "Reported speech (tests)"),
                new org.factcheck.testing.detector.TestClaimDetector())));
    }

    private static DetectedSuggestion first(SuggestionsView view, Predicate<ClaimSuggestion> test) {
        return view.shown().stream().filter(s -> test.test(s.suggestion())).findFirst()
                .orElseThrow(() -> new AssertionError("no such suggestion among " + view.shown()));
    }

    private String undoLabel() {
        return CommandLabels.of(session.commandStack().getUndoCommand());
    }

    private void undo() throws Exception {
        Workbench.page().activate(editor);
        editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        Workbench.processEvents();
    }

    @Test
    void acceptingMakesClaimAppearanceAndClaimantAsOneCommandThatOneUndoTakesBack() throws Exception {
        SuggestionsView view = suggest();
        DetectedSuggestion peskov = first(view, s -> "Peskov".equals(s.speakerName()));
        int claims = session.caseFile().getClaims().size();
        int spans = article.getAnnotations().size();
        int actors = session.caseFile().getActors().size();
        int marked = editor.suggestionMarks().marked().size();
        assertEquals(view.shown().size(), marked, "every listed suggestion is marked in the article");

        view.select(List.of(peskov));
        view.acceptSelected();
        assertEquals(claims + 1, session.caseFile().getClaims().size());
        Claim claim = session.caseFile().getClaims().get(claims);
        TextSpan appearance = claim.getAppearances().get(0);
        assertSame(article, appearance.getDocument());
        assertEquals(SpanKind.CLAIM_APPEARANCE, appearance.getKind());
        assertEquals(peskov.suggestion().start(), appearance.getStart());
        assertEquals(peskov.suggestion().end(), appearance.getEnd());
        assertEquals(CodePoints.substring(article.getText(), appearance.getStart(), appearance.getEnd()), appearance.getExact());
        assertEquals("Dmitry Peskov", claim.getClaimant().getName(), "matched to the case's person");
        assertEquals(actors, session.caseFile().getActors().size(), "no new person for a known one");
        assertEquals(CaseSuggestions.statement(article, peskov.suggestion()), claim.getStatement());
        assertFalse(view.shown().contains(peskov), "an accepted suggestion is no longer suggested");
        assertEquals(marked - 1, editor.suggestionMarks().marked().size());
        assertEquals("Accept Suggestion", undoLabel());

        undo();
        assertEquals(claims, session.caseFile().getClaims().size(), "one Undo removes the claim…");
        assertEquals(spans, article.getAnnotations().size(), "…and its appearance");
        assertTrue(view.shown().contains(peskov), "and the suggestion is back");
        assertEquals(marked, editor.suggestionMarks().marked().size());
    }

    @Test
    void aSpeakerTheCaseDoesNotKnowBecomesANewPersonWithTheSameUndo() throws Exception {
        // the Business Insider article quotes NATO's Secretary General, whom the case does not know
        article = session.caseFile().getDocuments().get(0);
        editor = DocumentEditor.open(Workbench.page(), session, article);
        Workbench.page().activate(editor);
        SuggestionsView view = suggest();
        DetectedSuggestion unknown = first(view, s -> s.speakerName() != null && s.speaker().isEmpty()
                && CaseSuggestions.speaker(session.caseFile(), s).isEmpty());
        int actors = session.caseFile().getActors().size();
        view.select(List.of(unknown));
        view.acceptSelected();
        assertEquals(actors + 1, session.caseFile().getActors().size());
        Claim claim = session.caseFile().getClaims().get(session.caseFile().getClaims().size() - 1);
        assertTrue(claim.getClaimant() instanceof Person);
        assertEquals(unknown.suggestion().speakerName(), claim.getClaimant().getName());
        assertSame(session.caseFile(), claim.getClaimant().eContainer());
        undo();
        assertEquals(actors, session.caseFile().getActors().size(), "the new person goes with the claim");
        assertNull(claim.getClaimant().eContainer());
    }

    @Test
    void aSpeakerThatIsADescriptionNotANameBecomesNoPerson() throws Exception {
        int free = CodePoints.length(article.getText()) - 10;
        ClaimDetector described = request -> List.of(ClaimSuggestion.builder(free, free + 5, SuggestionKind.INDIRECT_SPEECH)
                .speakerName("the British Ministry of Defense").build());
        SuggestionsView view = suggest(detectors(Map.of(descriptor("described", "Described"), described)));
        int actors = session.caseFile().getActors().size();
        view.select(view.shown());
        view.acceptSelected();
        Claim claim = session.caseFile().getClaims().get(session.caseFile().getClaims().size() - 1);
        assertNull(claim.getClaimant(), "no person called “the British Ministry of Defense”");
        assertEquals(actors, session.caseFile().getActors().size());
        assertEquals(free, claim.getAppearances().get(0).getStart());
    }

    @Test
    void acceptingSeveralIsOneCommandAndASpeakerNamedTwiceBecomesOnePerson() throws Exception {
        int end = CodePoints.length(article.getText());
        ClaimDetector twice = request -> List.of(
                ClaimSuggestion.builder(end - 40, end - 30, SuggestionKind.INDIRECT_SPEECH).speakerName("Olena Testenko")
                        .build(),
                ClaimSuggestion.builder(end - 20, end - 10, SuggestionKind.INDIRECT_SPEECH).speakerName("Olena Testenko")
                        .build(),
                ClaimSuggestion.builder(end - 15, end - 5, SuggestionKind.CHECK_WORTHY).build());
        SuggestionsView view = suggest(detectors(Map.of(descriptor("twice", "Twice"), twice)));
        int claims = session.caseFile().getClaims().size();
        int actors = session.caseFile().getActors().size();
        int spans = article.getAnnotations().size();
        assertEquals(3, view.shown().size(), view.shown().toString());
        view.select(view.shown());
        view.acceptSelected();

        assertEquals(claims + 2, session.caseFile().getClaims().size(),
                "the third overlaps the second once that is a claim, and is left");
        assertEquals(actors + 1, session.caseFile().getActors().size(), "one new person for the name said twice");
        Claim first = session.caseFile().getClaims().get(claims);
        Claim second = session.caseFile().getClaims().get(claims + 1);
        assertSame(first.getClaimant(), second.getClaimant());
        assertEquals("Olena Testenko", first.getClaimant().getName());
        assertEquals(end - 40, first.getAppearances().get(0).getStart());
        assertEquals(end - 20, second.getAppearances().get(0).getStart());
        assertEquals("Accept 3 Suggestions", undoLabel());

        undo();
        assertEquals(claims, session.caseFile().getClaims().size(), "one Undo takes back every accepted suggestion");
        assertEquals(actors, session.caseFile().getActors().size());
        assertEquals(spans, article.getAnnotations().size());
        session.commandStack().redo();
        Workbench.processEvents();
        assertEquals(claims + 2, session.caseFile().getClaims().size(), "and Redo brings them back");
        assertSame(session.caseFile(), second.getClaimant().eContainer());
    }

    @Test
    void aDismissedSuggestionIsRememberedAfterSavingAndReopeningAndNotSuggestedAgain() throws Exception {
        SuggestionsView view = suggest();
        DetectedSuggestion dismissed = view.shown().get(0);
        String words = CaseSuggestions.text(article, dismissed.suggestion());
        int count = view.shown().size();
        view.select(List.of(dismissed));
        view.dismissSelected();
        assertEquals(count - 1, view.shown().size());
        assertEquals("Dismiss Suggestion", undoLabel());
        undo();
        assertEquals(count, view.shown().size(), "Undo brings it back");
        view.select(List.of(view.shown().get(0)));
        view.dismissSelected();
        assertEquals(1, article.getDismissedSuggestions().size());
        session.save();
        Workbench.page().closeAllEditors(false);
        Workbench.processEvents();

        openCase();
        assertEquals(1, article.getDismissedSuggestions().size(), "saved with the case");
        assertEquals(words, article.getDismissedSuggestions().get(0).getExact());
        SuggestionsView again = suggest();
        assertEquals(count - 1, again.shown().size());
        assertTrue(again.shown().stream().noneMatch(s -> words.equals(CaseSuggestions.text(article, s.suggestion()))),
                "not suggested again");
    }

    @Test
    void wordsMarkedAsBoilerplateAreGreyedAndSkippedAndTheMarkCanBeUndone() throws Exception {
        SuggestionsView view = suggest();
        DetectedSuggestion target = view.shown().get(view.shown().size() - 1);
        int count = view.shown().size();
        int from = CodePoints.toCharIndex(article.getText(), target.suggestion().start());
        int to = CodePoints.toCharIndex(article.getText(), target.suggestion().end());
        editor.viewer().setSelectedRange(from, to - from);
        editor.getSite().getService(IHandlerService.class).executeCommand("org.factcheck.ui.markBoilerplate", null);
        Workbench.processEvents();
        TextSpan region = article.getAnnotations().get(article.getAnnotations().size() - 1);
        assertEquals(SpanKind.BOILERPLATE, region.getKind());
        assertEquals("Mark as Comment / Boilerplate", undoLabel());
        StyleRange style = editor.viewer().getTextWidget().getStyleRangeAtOffset(from + 1);
        assertNotNull(style);
        assertTrue(style.strikeout, "struck through");
        assertNotNull(style.foreground, "greyed");
        assertEquals(count - 1, view.shown().size(), "a suggestion in the region is hidden at once");

        SuggestionsView again = suggest();
        assertEquals(count - 1, again.shown().size());
        assertTrue(CaseSuggestions.request(article, null).excluded().stream()
                .anyMatch(r -> r.start() == region.getStart() && r.end() == region.getEnd()), "detectors are told to skip it");

        undo();
        assertFalse(article.getAnnotations().contains(region));
        assertEquals(count - 1, again.shown().size(), "the detector skipped the region in this run");
        assertEquals(count, suggest().shown().size(), "and finds the words again once the mark is gone");
        StyleRange after = editor.viewer().getTextWidget().getStyleRangeAtOffset(from + 1);
        assertTrue(after == null || !after.strikeout, "no longer struck through");
    }

    @Test
    void suggestionsOverAClaimAppearanceAreNotShown() throws Exception {
        TextSpan appearance = article.getAnnotations().stream().filter(s -> s.getKind() == SpanKind.CLAIM_APPEARANCE)
                .findFirst().orElseThrow();
        int free = CodePoints.length(article.getText()) - 10;
        ClaimDetector fixed = request -> List.of(
                ClaimSuggestion.builder(appearance.getStart() + 1, appearance.getEnd() + 5, SuggestionKind.CHECK_WORTHY)
                        .build(),
                ClaimSuggestion.builder(free, free + 5, SuggestionKind.CHECK_WORTHY).reason("free").build());
        SuggestionsView view = suggest(detectors(Map.of(descriptor("fixed", "Fixed"), fixed)));
        assertEquals(1, view.shown().size(), view.shown().toString());
        assertEquals("free", view.shown().get(0).suggestion().reason());
        assertEquals(1, editor.suggestionMarks().marked().size());
    }

    @Test
    void aFailingDetectorIsReportedInTheViewAndTheOthersAndTheEditorCarryOn() throws Exception {
        ClaimDetector broken = request -> {
            throw new IllegalStateException("broken on purpose");
        };
        Map<DetectorDescriptor, ClaimDetector> both = new LinkedHashMap<>();
        both.put(descriptor("broken", "Broken detector"), broken);
        both.put(descriptor("test", "Test detector"), new TestClaimDetector());
        ClaimDetectors detectors = detectors(both);
        SuggestionsView view = suggest(detectors);
        assertFalse(view.shown().isEmpty(), "the working detector's suggestions are shown");
        String message = view.message();
        assertTrue(message.contains("Broken detector"), message);
        assertEquals(1, SuggestionBoard.getDefault().run(article).orElseThrow().failures().size());

        SuggestionsView again = suggest(detectors);
        assertFalse(again.message().contains("Broken detector"), "shown once: the detector is disabled");
        assertFalse(again.shown().isEmpty());
        editor.viewer().setSelectedRange(0, 10);
        assertEquals(10, editor.selectedChars()[1], "the editor still works");
    }

    @Test
    void aLongRunCanBeCanceled() throws Exception {
        ClaimDetector slow = request -> {
            while (!request.monitor().isCanceled()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    break;
                }
            }
            return List.of();
        };
        SuggestJob job = SuggestClaimsHandler.suggest(Workbench.page(), editor.getSite().getShell(), article,
                detectors(Map.of(descriptor("slow", "Slow"), slow)));
        Workbench.waitUntil("the job runs", () -> job.getState() == org.eclipse.core.runtime.jobs.Job.RUNNING);
        job.cancel();
        Workbench.waitUntil("the job ends", () -> job.getResult() != null);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(job.outcome().canceled());
    }

    private static DetectorDescriptor descriptor(String id, String name) {
        return new DetectorDescriptor(id, name, List.of(), "org.factcheck.ui.tests", "");
    }

    private static ClaimDetectors detectors(Map<DetectorDescriptor, ClaimDetector> detectors) {
        return new ClaimDetectors(detectors, Duration.ofSeconds(20));
    }
}
