package org.factcheck.core.tests.merge;

import static org.factcheck.core.tests.merge.CaseMergeTest.c;
import static org.factcheck.core.tests.merge.CaseMergeTest.changeText;
import static org.factcheck.core.tests.merge.CaseMergeTest.claim;
import static org.factcheck.core.tests.merge.CaseMergeTest.deleteClaim;
import static org.factcheck.core.tests.merge.CaseMergeTest.rating;
import static org.factcheck.core.tests.merge.CaseMergeTest.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.core.CaseFiles;
import org.factcheck.core.CaseStore;
import org.factcheck.core.merge.CaseMerge;
import org.factcheck.core.merge.ConflictContext;
import org.factcheck.core.merge.Resolutions;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.ConflictKind;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.Document;
import org.factcheck.model.MergeConflict;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resolving each kind of conflict by either side leaves a valid case without that conflict. */
class ResolutionsTest {

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

    /** Merges, checks there is one conflict of the kind, resolves it by a side, checks the case is valid. */
    private List<EObject> resolve(ConflictKind kind, ConflictSide take) {
        List<EObject> merged = CaseMerge.merge(base, ours, theirs).roots();
        List<MergeConflict> conflicts = c(merged).getConflicts();
        assertEquals(1, conflicts.size(), conflicts::toString);
        assertEquals(kind, conflicts.get(0).getKind());
        Resolutions.resolve(merged, conflicts.get(0), take);
        assertTrue(c(merged).getConflicts().isEmpty());
        assertEquals(List.of(), Versions.problems(merged));
        return merged;
    }

    @Test
    void twoVerdictsEitherSide() {
        claim(ours, 2).setVerdict(rating(ours, "False"));
        claim(theirs, 2).setVerdict(rating(theirs, "True"));
        assertEquals("True", claim(resolve(ConflictKind.CHANGED_ON_BOTH_SIDES, ConflictSide.THEIRS), 2).getVerdict()
                .getLabel());
        assertEquals("False", claim(resolve(ConflictKind.CHANGED_ON_BOTH_SIDES, ConflictSide.OURS), 2).getVerdict()
                .getLabel());
    }

    @Test
    void deletedAndChangedTakingTheDeletionDeletes() {
        String id = claim(ours, 0).getId();
        deleteClaim(ours, claim(ours, 0));
        claim(theirs, 0).setStatement("Changed by them.");
        List<EObject> merged = resolve(ConflictKind.DELETED_AND_CHANGED, ConflictSide.OURS);
        assertFalse(c(merged).getClaims().stream().anyMatch(x -> x.getId().equals(id)));
        assertEquals("Changed by them.", claim(resolve(ConflictKind.DELETED_AND_CHANGED, ConflictSide.THEIRS), 0)
                .getStatement());
    }

    @Test
    void anArticleTextChangedOnBothSidesTakingTheirsReanchorsTheSpans() {
        Document doc = c(ours).getDocuments().get(2);
        String text = doc.getText();
        changeText(doc, "Ours. " + text);
        changeText(c(theirs).getDocuments().get(2), "Theirs, longer. " + text);
        List<EObject> merged = resolve(ConflictKind.TEXT_CHANGED_ON_BOTH_SIDES, ConflictSide.THEIRS);
        Document result = c(merged).getDocuments().get(2);
        assertEquals("Theirs, longer. " + text, result.getText());
        for (TextSpan s : result.getAnnotations()) {
            assertEquals(AnchorStatus.ANCHORED, s.getAnchorStatus());
        }
    }

    @Test
    void aRelationToADeletedClaimTakingTheDeletionRemovesBoth() {
        Claim target = claim(ours, 7);
        deleteClaim(ours, target);
        ClaimRelation r = CaseFactory.eINSTANCE.createClaimRelation();
        r.setId(UUID.randomUUID().toString());
        r.setSource(claim(theirs, 8));
        r.setTarget(claim(theirs, 7));
        r.setKind(CaseFiles.kind(c(theirs), CaseFiles.CONTRADICTS));
        c(theirs).getRelations().add(r);
        List<EObject> merged = resolve(ConflictKind.TARGET_DELETED, ConflictSide.OURS);
        assertFalse(c(merged).getRelations().stream().anyMatch(x -> x.getId().equals(r.getId())));
        assertFalse(c(merged).getClaims().stream().anyMatch(x -> x.getId().equals(target.getId())));
    }

    @Test
    void aSpanNotPlacedTakingTheTextSideDeletesIt() {
        Document doc = c(ours).getDocuments().get(1);
        String text = doc.getText();
        changeText(doc, text.substring(0, text.length() - 400));
        TextSpan s = span(c(theirs).getDocuments().get(1), text.length() - 200, text.length() - 150);
        claim(theirs, 1).getAppearances().add(s);
        List<EObject> merged = resolve(ConflictKind.SPAN_NOT_PLACED, ConflictSide.OURS);
        assertNull(Versions.byId(merged).get(s.getId()));
        assertFalse(claim(merged, 1).getAppearances().stream().anyMatch(x -> x.getId().equals(s.getId())));
    }

    @Test
    void aConflictThatCannotBeTakenChangesNothing() {
        claim(ours, 0).setStatement("Changed by us.");
        deleteClaim(theirs, claim(theirs, 0));
        List<EObject> merged = CaseMerge.merge(base, ours, theirs).roots();
        MergeConflict conflict = c(merged).getConflicts().get(0);
        Claim kept = claim(merged, 0);
        ClaimRelation r = CaseFactory.eINSTANCE.createClaimRelation();
        r.setId(UUID.randomUUID().toString());
        r.setSource(claim(merged, 1));
        r.setTarget(kept);
        c(merged).getRelations().add(r);
        String before = Versions.bytes(merged);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resolutions.resolve(merged, conflict, ConflictSide.THEIRS));
        assertTrue(e.getMessage().contains("still refers to it"), e.getMessage());
        assertEquals(before, Versions.bytes(merged));
    }
    /** Merges and returns the one conflict of the kind. */
    private List<EObject> merged(ConflictKind kind) {
        List<EObject> merged = CaseMerge.merge(base, ours, theirs).roots();
        assertEquals(1, c(merged).getConflicts().size(), c(merged).getConflicts()::toString);
        assertEquals(kind, c(merged).getConflicts().get(0).getKind());
        return merged;
    }

    @Test
    void twoStatementsCanBothBeKeptOneAfterTheOther() {
        claim(ours, 3).setStatement("Our wording.");
        claim(theirs, 3).setStatement("Their wording.");
        List<EObject> merged = merged(ConflictKind.CHANGED_ON_BOTH_SIDES);
        MergeConflict conflict = c(merged).getConflicts().get(0);
        assertNull(Resolutions.whyNotBoth(merged, conflict));
        Resolutions.keepBoth(merged, conflict);
        assertEquals("Our wording." + Resolutions.BOTH_SEPARATOR + "Their wording.", claim(merged, 3).getStatement());
        assertTrue(c(merged).getConflicts().isEmpty());
        assertEquals(List.of(), Versions.problems(merged));
    }

    @Test
    void twoVerdictsCannotBothBeKeptAndNothingChanges() {
        claim(ours, 2).setVerdict(rating(ours, "False"));
        claim(theirs, 2).setVerdict(rating(theirs, "True"));
        List<EObject> merged = merged(ConflictKind.CHANGED_ON_BOTH_SIDES);
        MergeConflict conflict = c(merged).getConflicts().get(0);
        String why = Resolutions.whyNotBoth(merged, conflict);
        assertTrue(why != null && why.contains("one verdict"), why);
        String before = Versions.bytes(merged);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resolutions.keepBoth(merged, conflict));
        assertEquals(why, e.getMessage());
        assertEquals(before, Versions.bytes(merged));
    }

    @Test
    void deletedOnOneSideAndChangedOnTheOtherKeepingBothKeepsTheChangedObject() {
        String id = claim(theirs, 0).getId();
        deleteClaim(theirs, claim(theirs, 0));
        claim(ours, 0).setStatement("Changed by us.");
        List<EObject> merged = merged(ConflictKind.DELETED_AND_CHANGED);
        Resolutions.keepBoth(merged, c(merged).getConflicts().get(0));
        assertEquals("Changed by us.", claim(merged, 0).getStatement());
        assertEquals(id, claim(merged, 0).getId());
        assertTrue(c(merged).getConflicts().isEmpty());
        assertEquals(List.of(), Versions.problems(merged));
    }

    @Test
    void anArticleTextChangedOnBothSidesCannotKeepBothButShowsTheTextAroundTheChange() {
        Document doc = c(ours).getDocuments().get(2);
        String text = doc.getText();
        changeText(doc, "Ours. " + text);
        changeText(c(theirs).getDocuments().get(2), "Theirs, longer. " + text);
        List<EObject> merged = merged(ConflictKind.TEXT_CHANGED_ON_BOTH_SIDES);
        MergeConflict conflict = c(merged).getConflicts().get(0);
        assertTrue(Resolutions.whyNotBoth(merged, conflict).contains("one text"));
        ConflictContext.Sides sides = ConflictContext.of(merged, conflict);
        String start = text.substring(0, ConflictContext.AROUND).replace('\n', ' ');
        assertEquals("«»" + start + "…", sides.base());
        assertEquals("«Ours. »" + start + "…", sides.ours());
        assertEquals("«Theirs, longer. »" + start + "…", sides.theirs());
    }

    @Test
    void aSpanPlacedApartOnBothSidesShowsEachSidesWordsInTheArticle() {
        Document doc = c(base).getDocuments().get(0);
        TextSpan s = span(doc, 100, 120);
        List<EObject> ours2 = Versions.copy(base);
        List<EObject> theirs2 = Versions.copy(base);
        ours = ours2;
        theirs = theirs2;
        TextSpan o = c(ours).getDocuments().get(0).getAnnotations().stream().filter(x -> x.getId().equals(s.getId()))
                .findFirst().orElseThrow();
        TextSpan t = c(theirs).getDocuments().get(0).getAnnotations().stream().filter(x -> x.getId().equals(s.getId()))
                .findFirst().orElseThrow();
        move(o, 90, 120);
        move(t, 100, 140);
        List<EObject> merged = merged(ConflictKind.CHANGED_ON_BOTH_SIDES);
        MergeConflict conflict = c(merged).getConflicts().get(0);
        assertTrue(Resolutions.whyNotBoth(merged, conflict).contains("one stretch"));
        ConflictContext.Sides sides = ConflictContext.of(merged, conflict);
        String text = doc.getText();
        assertTrue(sides.base().contains("«" + text.substring(100, 120).replace('\n', ' ') + "»"), sides.base());
        assertTrue(sides.ours().contains("«" + text.substring(90, 120).replace('\n', ' ') + "»"), sides.ours());
        assertTrue(sides.theirs().contains("«" + text.substring(100, 140).replace('\n', ' ') + "»"), sides.theirs());
        assertTrue(sides.ours().startsWith("…" + text.substring(30, 90).replace('\n', ' ')), sides.ours());
    }

    private static void move(TextSpan s, int start, int end) {
        org.factcheck.core.text.Quotes.Selector sel = org.factcheck.core.text.Quotes.selector(s.getDocument().getText(),
                start, end);
        s.setStart(start);
        s.setEnd(end);
        s.setExact(sel.exact());
        s.setPrefix(sel.prefix());
        s.setSuffix(sel.suffix());
    }
}
