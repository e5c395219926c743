package org.factcheck.core.tests.merge;

import static org.factcheck.core.tests.merge.CaseMergeTest.c;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.core.CaseStore;
import org.factcheck.core.merge.CaseMerge;
import org.factcheck.core.merge.MergeResult;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.DismissedSuggestion;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merge keeps the model's suggestion-related elements: boilerplate regions and dismissed suggestions. */
class SuggestionModelMergeTest {

    private List<EObject> base;
    private List<EObject> ours;
    private List<EObject> theirs;

    @BeforeEach
    void versions() throws Exception {
        Resource r = CaseStore.load(new ResourceSetImpl(), DemoCase.file());
        base = Versions.copy(r.getContents());
        ours = Versions.copy(base);
        theirs = Versions.copy(base);
    }

    private MergeResult merge() {
        MergeResult m = CaseMerge.merge(base, ours, theirs);
        assertEquals(List.of(), Versions.problems(m.roots()), "the merged case is valid");
        return m;
    }

    private static DismissedSuggestion dismiss(Document d, int start, int end, String kind) {
        DismissedSuggestion s = CaseFactory.eINSTANCE.createDismissedSuggestion();
        s.setId(UUID.randomUUID().toString());
        s.setStart(start);
        s.setEnd(end);
        String text = d.getText();
        s.setExact(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
        s.setKind(kind);
        s.setStatement("statement " + kind);
        s.setDismissed(Instant.parse("2026-12-01T12:00:00Z"));
        d.getDismissedSuggestions().add(s);
        return s;
    }

    @Test
    void suggestionsDismissedOnBothSidesAreAllKeptWithTheirFeatures() {
        DismissedSuggestion mine = dismiss(c(ours).getDocuments().get(0), 10, 60, "DIRECT_QUOTE");
        DismissedSuggestion other = dismiss(c(theirs).getDocuments().get(0), 100, 150, "CHECK_WORTHY");
        MergeResult m = merge();
        assertTrue(m.clean(), m.caseFile().getConflicts()::toString);
        List<DismissedSuggestion> merged = c(m.roots()).getDocuments().get(0).getDismissedSuggestions();
        assertEquals(List.of(mine.getId(), other.getId()), merged.stream().map(DismissedSuggestion::getId).toList());
        DismissedSuggestion theirs = merged.get(1);
        assertEquals(other.getExact(), theirs.getExact());
        assertEquals("CHECK_WORTHY", theirs.getKind());
        assertEquals(100, theirs.getStart());
        assertEquals(150, theirs.getEnd());
        assertEquals(other.getDismissed(), theirs.getDismissed());
        assertTrue(theirs.matches("  " + other.getExact().replace(" ", "\n ") + " "), "white space does not matter");
    }

    @Test
    void aDismissalUndoneOnOneSideIsGoneAfterTheMerge() {
        DismissedSuggestion d = dismiss(c(base).getDocuments().get(1), 20, 80, "INDIRECT_SPEECH");
        ours = Versions.copy(base);
        theirs = Versions.copy(base);
        c(theirs).getDocuments().get(1).getDismissedSuggestions().clear();
        MergeResult m = merge();
        assertTrue(m.clean(), m.caseFile().getConflicts()::toString);
        assertTrue(c(m.roots()).getDocuments().get(1).getDismissedSuggestions().isEmpty(), d.getId());
    }

    @Test
    void aBoilerplateRegionMadeOnOneSideIsReanchoredInTheTextTheOtherSideChanged() {
        Document ourDoc = c(ours).getDocuments().get(0);
        String insert = "Reader comments are below.\n\n";
        CaseMergeTest.changeText(ourDoc, insert + ourDoc.getText());
        TextSpan region = CaseMergeTest.span(c(theirs).getDocuments().get(0), 300, 360);
        region.setKind(SpanKind.BOILERPLATE);
        MergeResult m = merge();
        assertTrue(m.clean(), m.caseFile().getConflicts()::toString);
        TextSpan placed = (TextSpan) Versions.byId(m.roots()).get(region.getId());
        assertEquals(SpanKind.BOILERPLATE, placed.getKind());
        assertEquals(region.getStart() + insert.length(), placed.getStart());
        assertEquals(region.getExact(), placed.coveredText());
        assertEquals(AnchorStatus.ANCHORED, placed.getAnchorStatus());
    }
}
