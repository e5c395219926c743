package org.factcheck.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.core.CaseFiles;
import org.factcheck.core.CaseStore;
import org.factcheck.core.anchoring.Anchorer;
import org.factcheck.core.anchoring.Placement;
import org.factcheck.core.merge.CaseMerge;
import org.factcheck.core.merge.MergeResult;
import org.factcheck.core.text.Hashes;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.ConflictKind;
import org.factcheck.model.ConflictSide;
import org.factcheck.model.Document;
import org.factcheck.model.MergeConflict;
import org.factcheck.model.Rating;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Tag;
import org.factcheck.model.TextSpan;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;
import org.factcheck.testing.DemoCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge rules one by one, on copies of the demo case edited on two sides. */
class CaseMergeTest {

    private static final CaseFactory F = CaseFactory.eINSTANCE;

    @TempDir
    Path dir;

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

    static CaseFile c(List<EObject> version) {
        return (CaseFile) version.get(0);
    }

    static Claim claim(List<EObject> version, int i) {
        return c(version).getClaims().get(i);
    }

    static Rating rating(List<EObject> version, String label) {
        return c(version).getRatingScale().getRatings().stream().filter(r -> r.getLabel().equals(label)).findFirst()
                .orElseThrow();
    }

    private MergeResult merge() {
        MergeResult m = CaseMerge.merge(base, ours, theirs);
        assertEquals(List.of(), Versions.problems(m.roots()), "the merged case is valid");
        return m;
    }

    private static MergeConflict only(MergeResult m) {
        assertEquals(1, m.caseFile().getConflicts().size(), () -> m.caseFile().getConflicts().toString());
        return m.caseFile().getConflicts().get(0);
    }

    @Test
    void changesToDifferentClaimsAndFeaturesMergeCleanly() {
        claim(ours, 0).setVerdict(rating(ours, "False"));
        claim(theirs, 0).setStatement("A statement edited by them.");
        claim(theirs, 1).setExplanation("Explained by them.");
        MergeResult m = merge();
        assertTrue(m.clean(), m.caseFile().getConflicts()::toString);
        assertEquals("False", claim(m.roots(), 0).getVerdict().getLabel());
        assertEquals("A statement edited by them.", claim(m.roots(), 0).getStatement());
        assertEquals("Explained by them.", claim(m.roots(), 1).getExplanation());
    }

    @Test
    void tagsAddedOnBothSidesAreAllKeptAndClaimsAddedAtTheEndComeOursFirst() {
        List<String> before = claim(base, 2).getTags().stream().map(Tag::getName).toList();
        Tag a = tag(ours, "merge-ours");
        Tag b = tag(theirs, "merge-theirs");
        claim(ours, 2).getTags().add(a);
        claim(theirs, 2).getTags().add(b);
        Claim mine = newClaim(ours, "Added by us.");
        Claim other = newClaim(theirs, "Added by them.");
        MergeResult m = merge();
        assertTrue(m.clean());
        List<String> expected = new java.util.ArrayList<>(before);
        expected.addAll(List.of("merge-ours", "merge-theirs"));
        assertEquals(expected, claim(m.roots(), 2).getTags().stream().map(Tag::getName).toList());
        List<Claim> claims = c(m.roots()).getClaims();
        assertEquals(mine.getId(), claims.get(claims.size() - 2).getId());
        assertEquals(other.getId(), claims.get(claims.size() - 1).getId());
        assertEquals(c(base).getClaims().size() + 2, claims.size());
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        claim(ours, 3).setVerdict(rating(ours, "True"));
        claim(theirs, 3).setVerdict(rating(theirs, "True"));
        MergeResult m = merge();
        assertTrue(m.clean());
        assertEquals("True", claim(m.roots(), 3).getVerdict().getLabel());
    }

    @Test
    void twoVerdictsForOneClaimConflictAndTheirExplanationsAreNotCombined() {
        String explanation = "The Kremlin said the borders would be clarified.";
        claim(base, 4).setExplanation(explanation);
        claim(ours, 4).setExplanation(explanation);
        claim(theirs, 4).setExplanation(explanation);
        claim(ours, 4).setVerdict(rating(ours, "False"));
        claim(ours, 4).setExplanation("Wrong: " + explanation);
        claim(theirs, 4).setVerdict(rating(theirs, "Mostly true"));
        claim(theirs, 4).setExplanation(explanation + " Mostly so.");
        MergeResult m = merge();
        List<MergeConflict> conflicts = m.caseFile().getConflicts();
        assertEquals(List.of("verdict", "explanation"), conflicts.stream().map(MergeConflict::getFeature).toList());
        MergeConflict verdict = conflicts.get(0);
        assertEquals(ConflictKind.CHANGED_ON_BOTH_SIDES, verdict.getKind());
        assertEquals(claim(ours, 4).getId(), verdict.getObjectId());
        assertEquals(rating(ours, "False").getId(), verdict.getOurs());
        assertEquals(rating(ours, "Mostly true").getId(), verdict.getTheirs());
        assertEquals(ConflictSide.OURS, verdict.getKept());
        assertTrue(verdict.getMessage().contains("ours False, theirs Mostly true"), verdict.getMessage());
        assertEquals("False", claim(m.roots(), 4).getVerdict().getLabel());
        assertEquals("Wrong: " + explanation, claim(m.roots(), 4).getExplanation());
        assertEquals(explanation + " Mostly so.", conflicts.get(1).getTheirs());
    }

    @Test
    void explanationsEditedApartMergeByWordsAndOverlappingEditsConflict() {
        String text = "Peskov said the borders would be clarified. The regions were annexed in full.";
        for (List<EObject> v : List.of(base, ours, theirs)) {
            claim(v, 5).setExplanation(text);
            claim(v, 6).setExplanation(text);
        }
        claim(ours, 5).setExplanation(text.replace("Peskov said", "Dmitry Peskov said"));
        claim(theirs, 5).setExplanation(text.replace("in full", "in their entirety"));
        claim(ours, 6).setExplanation(text.replace("would be clarified", "were unclear"));
        claim(theirs, 6).setExplanation(text.replace("would be clarified", "would be settled"));
        MergeResult m = merge();
        assertEquals("Dmitry Peskov said the borders would be clarified. The regions were annexed in their entirety.",
                claim(m.roots(), 5).getExplanation());
        MergeConflict c = only(m);
        assertEquals(claim(ours, 6).getId(), c.getObjectId());
        assertEquals("explanation", c.getFeature());
        assertEquals(text, c.getBase());
    }

    @Test
    void aClaimDeletedOnOneSideAndChangedOnTheOtherIsKeptWithTheChanges() {
        Claim gone = claim(ours, 0);
        deleteClaim(ours, gone);
        claim(theirs, 0).setStatement("Changed by them.");
        MergeResult m = merge();
        MergeConflict c = only(m);
        assertEquals(ConflictKind.DELETED_AND_CHANGED, c.getKind());
        assertEquals(gone.getId(), c.getObjectId());
        assertEquals(ConflictSide.THEIRS, c.getKept());
        assertNull(c.getOurs());
        assertEquals("Changed by them.", claim(m.roots(), 0).getStatement());
    }

    @Test
    void aRelationToAClaimTheOtherSideDeletedKeepsTheClaimAndIsAConflict() {
        Claim target = claim(ours, 7);
        deleteClaim(ours, target);
        ClaimRelation r = F.createClaimRelation();
        r.setId(UUID.randomUUID().toString());
        r.setSource(claim(theirs, 8));
        r.setTarget(claim(theirs, 7));
        r.setKind(CaseFiles.kind(c(theirs), CaseFiles.CONTRADICTS));
        c(theirs).getRelations().add(r);
        MergeResult m = merge();
        MergeConflict c = only(m);
        assertEquals(ConflictKind.TARGET_DELETED, c.getKind());
        assertEquals(r.getId(), c.getObjectId());
        assertEquals("target", c.getFeature());
        assertEquals(target.getId(), c.getTheirs());
        ClaimRelation merged = c(m.roots()).getRelations().stream().filter(x -> x.getId().equals(r.getId()))
                .findFirst().orElseThrow();
        assertSame(c(m.roots()), merged.getTarget().eContainer(), "the target is in the merged case");
    }

    @Test
    void aSpanMadeOnOneSideIsReanchoredInTheTextTheOtherSideChanged() {
        Document ourDoc = c(ours).getDocuments().get(0);
        changeText(ourDoc, "An editor's note inserted at the top.\n\n" + ourDoc.getText());
        Document theirDoc = c(theirs).getDocuments().get(0);
        TextSpan span = span(theirDoc, 200, 240);
        claim(theirs, 0).getAppearances().add(span);
        MergeResult m = merge();
        assertTrue(m.clean(), m.caseFile().getConflicts()::toString);
        TextSpan placed = c(m.roots()).getDocuments().get(0).getAnnotations().stream()
                .filter(s -> s.getId().equals(span.getId())).findFirst().orElseThrow();
        assertEquals(span.getExact(), placed.coveredText());
        assertEquals(span.getStart() + "An editor's note inserted at the top.\n\n".length(), placed.getStart());
        assertEquals(AnchorStatus.ANCHORED, placed.getAnchorStatus());
        assertEquals(ourDoc.getText(), c(m.roots()).getDocuments().get(0).getText());
    }

    @Test
    void aSpanWhoseWordsTheOtherSideRemovedBecomesAnOrphanAndAConflict() {
        Document ourDoc = c(ours).getDocuments().get(1);
        String text = ourDoc.getText();
        int cut = text.length() - 400;
        changeText(ourDoc, text.substring(0, cut));
        TextSpan span = span(c(theirs).getDocuments().get(1), text.length() - 200, text.length() - 150);
        claim(theirs, 1).getAppearances().add(span);
        MergeResult m = merge();
        MergeConflict c = only(m);
        assertEquals(ConflictKind.SPAN_NOT_PLACED, c.getKind());
        assertEquals(span.getId(), c.getObjectId());
        assertEquals(span.getExact(), c.getTheirs());
        TextSpan orphan = (TextSpan) Versions.byId(m.roots()).get(span.getId());
        assertEquals(AnchorStatus.ORPHANED, orphan.getAnchorStatus());
        assertEquals(span.getExact(), orphan.getExact(), "the quote is kept");
        assertTrue(claim(m.roots(), 1).getAppearances().contains(orphan));
    }

    @Test
    void anArticleTextChangedOnBothSidesIsAConflictThatKeepsTheirText() {
        Document ourDoc = c(ours).getDocuments().get(2);
        String text = ourDoc.getText();
        changeText(ourDoc, "Ours. " + text);
        changeText(c(theirs).getDocuments().get(2), text + " Theirs.");
        MergeResult m = merge();
        MergeConflict c = only(m);
        assertEquals(ConflictKind.TEXT_CHANGED_ON_BOTH_SIDES, c.getKind());
        assertEquals(text + " Theirs.", c.getTheirs());
        assertEquals("Ours. " + text, c(m.roots()).getDocuments().get(2).getText());
    }

    @Test
    void diagramPositionsNeverConflict() {
        Node mine = ((Diagram) ours.get(1)).getNodes().get(0);
        Node other = ((Diagram) theirs.get(1)).getNodes().get(0);
        mine.setX(mine.getX() + 100);
        other.setX(other.getX() + 300);
        MergeResult m = merge();
        assertTrue(m.clean());
        assertEquals(mine.getX(), ((Diagram) m.roots().get(1)).getNodes().get(0).getX());
        assertEquals(1, m.notes().size(), m.notes()::toString);
        assertTrue(m.notes().get(0).contains("ours is kept"), m.notes().get(0));
    }

    @Test
    void twoCasesWithoutCommonAncestorShareOneRatingScale() {
        CaseFile a = CaseFiles.newCase("Borders");
        CaseFile b = CaseFiles.newCase("Borders");
        List<EObject> left = List.of(a);
        List<EObject> right = List.of(b);
        for (CaseFile x : List.of(a, b)) {
            EcoreUtil.getAllContents(List.of(x)).forEachRemaining(o -> ((org.factcheck.model.Identifiable) o)
                    .setId(UUID.randomUUID().toString()));
            x.setId(UUID.randomUUID().toString());
        }
        newClaim(left, "Ours").setVerdict(rating(left, "False"));
        newClaim(right, "Theirs").setVerdict(rating(right, "False"));
        MergeResult m = CaseMerge.merge(left, right);
        assertEquals(List.of(), Versions.problems(m.roots()));
        CaseFile merged = m.caseFile();
        assertEquals(6, merged.getRatingScale().getRatings().size());
        assertEquals(2, merged.getRelationKinds().size());
        assertEquals(2, merged.getClaims().size());
        assertSame(merged.getClaims().get(0).getVerdict(), merged.getClaims().get(1).getVerdict());
    }

    @Test
    void conflictsAreKeptInTheFileAndAConflictResolvedOnOneSideStaysResolved() throws Exception {
        claim(ours, 2).setVerdict(rating(ours, "False"));
        claim(theirs, 2).setVerdict(rating(theirs, "True"));
        MergeResult m = merge();
        Path file = dir.resolve("merged.factcase");
        m.save(file);
        Resource loaded = CaseStore.load(new ResourceSetImpl(), file);
        CaseFile c = (CaseFile) loaded.getContents().get(0);
        assertEquals(1, c.getConflicts().size());
        assertEquals(rating(theirs, "True").getId(), c.getConflicts().get(0).getTheirs());
        // One person resolves it by taking theirs, the other keeps working on the merged case.
        List<EObject> merged = Versions.copy(loaded.getContents());
        List<EObject> resolved = Versions.copy(merged);
        List<EObject> untouched = Versions.copy(merged);
        c(resolved).getConflicts().clear();
        claim(resolved, 2).setVerdict(rating(resolved, "True"));
        claim(untouched, 3).setStatement("Edited meanwhile.");
        MergeResult again = CaseMerge.merge(merged, untouched, resolved);
        assertTrue(again.clean(), again.caseFile().getConflicts()::toString);
        assertEquals("True", claim(again.roots(), 2).getVerdict().getLabel());
        assertEquals("Edited meanwhile.", claim(again.roots(), 3).getStatement());
    }

    @Test
    void mergingTwiceGivesTheSameBytes() {
        claim(ours, 2).setVerdict(rating(ours, "False"));
        claim(theirs, 2).setVerdict(rating(theirs, "True"));
        newClaim(theirs, "Added by them.");
        assertEquals(Versions.bytes(CaseMerge.merge(base, ours, theirs).roots()),
                Versions.bytes(CaseMerge.merge(base, ours, theirs).roots()));
    }

    private static Tag tag(List<EObject> v, String name) {
        Tag tag = F.createTag();
        tag.setId(UUID.randomUUID().toString());
        tag.setName(name);
        c(v).getTags().add(tag);
        return tag;
    }

    private static Claim newClaim(List<EObject> v, String statement) {
        Claim claim = F.createClaim();
        claim.setId(UUID.randomUUID().toString());
        claim.setStatement(statement);
        c(v).getClaims().add(claim);
        return claim;
    }

    static void deleteClaim(List<EObject> v, Claim claim) {
        c(v).getRelations().removeIf(r -> r.getSource() == claim || r.getTarget() == claim);
        v.stream().filter(Diagram.class::isInstance).map(Diagram.class::cast)
                .forEach(d -> d.getNodes().removeIf(n -> n.getElement() == claim));
        EcoreUtil.remove(claim);
    }

    static TextSpan span(Document d, int start, int end) {
        Quotes.Selector sel = Quotes.selector(d.getText(), start, end);
        TextSpan s = F.createTextSpan();
        s.setId(UUID.randomUUID().toString());
        s.setStart(start);
        s.setEnd(end);
        s.setExact(sel.exact());
        s.setPrefix(sel.prefix());
        s.setSuffix(sel.suffix());
        s.setKind(SpanKind.CLAIM_APPEARANCE);
        d.getAnnotations().add(s);
        return s;
    }

    static void changeText(Document d, String newText) {
        List<Placement> placements = new Anchorer().reanchor(d, newText).placements();
        d.setText(newText);
        d.setTextSha256(Hashes.sha256Hex(newText));
        for (Placement p : placements) {
            p.span().setStart(p.start());
            p.span().setEnd(p.end());
            p.span().setExact(p.selector().exact());
            p.span().setPrefix(p.selector().prefix());
            p.span().setSuffix(p.selector().suffix());
            p.span().setAnchorStatus(p.status());
        }
        assertNotNull(d.getText());
        assertFalse(d.getText().isEmpty());
    }
}
