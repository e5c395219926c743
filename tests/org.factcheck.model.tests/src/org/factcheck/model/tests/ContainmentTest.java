package org.factcheck.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Containment, container opposites and the non-containment references between claims, evidence and spans. */
class ContainmentTest {

    private static final CaseFactory F = CaseFactory.eINSTANCE;
    private static final CasePackage P = CasePackage.eINSTANCE;

    @Test
    void addingASpanToADocumentSetsItsDocument() {
        Document document = F.createDocument();
        TextSpan span = F.createTextSpan();
        assertNull(span.getDocument());

        document.getAnnotations().add(span);

        assertSame(document, span.getDocument());
        assertSame(document, span.eContainer());
        assertSame(CasePackage.Literals.DOCUMENT__ANNOTATIONS, span.eContainmentFeature());
        assertSame(document, span.eGet(CasePackage.Literals.TEXT_SPAN__DOCUMENT));
    }

    @Test
    void settingTheDocumentAddsTheSpanToItsAnnotations() {
        Document document = F.createDocument();
        TextSpan first = F.createTextSpan();
        TextSpan second = F.createTextSpan();
        document.getAnnotations().add(first);

        second.setDocument(document);

        assertEquals(List.of(first, second), document.getAnnotations());
        assertSame(document, second.eContainer());
    }

    @Test
    void movingASpanRemovesItFromTheOldDocument() {
        Document a = F.createDocument();
        Document b = F.createDocument();
        TextSpan span = F.createTextSpan();
        a.getAnnotations().add(span);

        span.setDocument(b);

        assertTrue(a.getAnnotations().isEmpty());
        assertEquals(List.of(span), b.getAnnotations());

        b.getAnnotations().remove(span);
        assertNull(span.getDocument());
        assertNull(span.eContainer());
    }

    @Test
    void evidenceClaimIsTheOppositeOfClaimEvidence() {
        Claim claim = F.createClaim();
        Evidence evidence = F.createEvidence();
        assertNull(evidence.getClaim());

        claim.getEvidence().add(evidence);
        assertSame(claim, evidence.getClaim());
        assertSame(claim, evidence.eContainer());

        Claim other = F.createClaim();
        evidence.setClaim(other);
        assertTrue(claim.getEvidence().isEmpty());
        assertEquals(List.of(evidence), other.getEvidence());

        evidence.setClaim(null);
        assertTrue(other.getEvidence().isEmpty());
        assertNull(evidence.eContainer());
    }

    @Test
    void containerReferencesAreTransientOppositesOfContainments() {
        assertOppositeContainer(CasePackage.Literals.DOCUMENT__ANNOTATIONS, CasePackage.Literals.TEXT_SPAN__DOCUMENT);
        assertOppositeContainer(CasePackage.Literals.CLAIM__EVIDENCE, CasePackage.Literals.EVIDENCE__CLAIM);
    }

    private static void assertOppositeContainer(EReference containment, EReference container) {
        assertTrue(containment.isContainment(), containment.getName());
        assertTrue(container.isContainer(), container.getName());
        assertTrue(container.isTransient(), container.getName() + " must not be saved twice");
        assertSame(container, containment.getEOpposite());
        assertSame(containment, container.getEOpposite());
    }

    @Test
    void claimAppearancesDoNotTakeTheSpanOutOfItsDocument() {
        Document document = F.createDocument();
        document.setText("The Kremlin said the border was closed.");
        TextSpan span = F.createTextSpan();
        span.setStart(4);
        span.setEnd(11);
        document.getAnnotations().add(span);
        Claim claim = F.createClaim();

        claim.getAppearances().add(span);

        assertSame(document, span.getDocument());
        assertSame(document, span.eContainer());
        assertEquals(List.of(span), document.getAnnotations());
        assertEquals(List.of(span), claim.getAppearances());
        assertEquals("Kremlin", claim.getAppearances().get(0).coveredText());

        claim.getAppearances().clear();
        assertSame(document, span.getDocument());
        assertEquals(List.of(span), document.getAnnotations());
    }

    @Test
    void oneSpanCanBeAnAppearanceOfSeveralClaimsAndEvidence() {
        Document document = F.createDocument();
        TextSpan span = F.createTextSpan();
        document.getAnnotations().add(span);
        Claim a = F.createClaim();
        Claim b = F.createClaim();
        Evidence evidence = F.createEvidence();
        b.getEvidence().add(evidence);

        a.getAppearances().add(span);
        b.getAppearances().add(span);
        evidence.setSpan(span);

        assertSame(span, a.getAppearances().get(0));
        assertSame(span, b.getAppearances().get(0));
        assertSame(span, evidence.getSpan());
        assertSame(document, span.eContainer());
    }

    @Test
    void crossReferencesAreNotContainments() {
        EReference[] references = {
                CasePackage.Literals.CLAIM__APPEARANCES, CasePackage.Literals.CLAIM__VERDICT,
                CasePackage.Literals.CLAIM__TAGS, CasePackage.Literals.CLAIM__CLAIMANT,
                CasePackage.Literals.EVIDENCE__SPAN, CasePackage.Literals.EVIDENCE__SOURCE,
                CasePackage.Literals.DOCUMENT__OUTLET, CasePackage.Literals.PERSON__AFFILIATION,
                CasePackage.Literals.CLAIM_RELATION__KIND, CasePackage.Literals.CLAIM_RELATION__SOURCE,
                CasePackage.Literals.CLAIM_RELATION__TARGET };
        for (EReference reference : references) {
            assertFalse(reference.isContainment(), reference.getName());
            assertFalse(reference.isContainer(), reference.getName());
            assertFalse(reference.isTransient(), reference.getName() + " must be saved");
        }
        assertTrue(CasePackage.Literals.CLAIM__APPEARANCES.isMany());
        assertTrue(CasePackage.Literals.CLAIM__APPEARANCES.isUnique(), "a span appears at most once per claim");
    }

    @Test
    void caseFileContainsEverythingElse() {
        EReference[] containments = {
                CasePackage.Literals.CASE_FILE__DOCUMENTS, CasePackage.Literals.CASE_FILE__SOURCES,
                CasePackage.Literals.CASE_FILE__ACTORS, CasePackage.Literals.CASE_FILE__CLAIMS,
                CasePackage.Literals.CASE_FILE__RELATIONS, CasePackage.Literals.CASE_FILE__RELATION_KINDS,
                CasePackage.Literals.CASE_FILE__RATING_SCALE, CasePackage.Literals.CASE_FILE__TAGS,
                CasePackage.Literals.RATING_SCALE__RATINGS };
        for (EReference reference : containments) {
            assertTrue(reference.isContainment(), reference.getName());
        }
        assertFalse(CasePackage.Literals.CASE_FILE__RATING_SCALE.isMany());
        assertSame(P.getCaseFile(), CasePackage.Literals.CASE_FILE__DOCUMENTS.getEContainingClass());
    }

    @Test
    void deletingASpanClearsTheReferencesToIt() {
        CaseFile caseFile = F.createCaseFile();
        Document document = F.createDocument();
        caseFile.getDocuments().add(document);
        TextSpan span = F.createTextSpan();
        document.getAnnotations().add(span);
        Claim claim = F.createClaim();
        caseFile.getClaims().add(claim);
        claim.getAppearances().add(span);
        Evidence evidence = F.createEvidence();
        claim.getEvidence().add(evidence);
        evidence.setSpan(span);

        EcoreUtil.delete(span, true);

        assertTrue(document.getAnnotations().isEmpty());
        assertTrue(claim.getAppearances().isEmpty());
        assertNull(evidence.getSpan());
    }

    @Test
    void allContentsWalksTheContainmentTree() {
        CaseFile caseFile = F.createCaseFile();
        Document document = F.createDocument();
        caseFile.getDocuments().add(document);
        TextSpan span = F.createTextSpan();
        document.getAnnotations().add(span);
        Claim claim = F.createClaim();
        caseFile.getClaims().add(claim);
        claim.getAppearances().add(span);
        Evidence evidence = F.createEvidence();
        claim.getEvidence().add(evidence);

        List<Object> contents = new ArrayList<>();
        caseFile.eAllContents().forEachRemaining(contents::add);

        // The span appears once, under its document, although the claim refers to it.
        assertEquals(List.of(document, span, claim, evidence), contents);
        assertSame(caseFile, EcoreUtil.getRootContainer(span));
        assertSame(caseFile, EcoreUtil.getRootContainer(evidence));
    }
}
