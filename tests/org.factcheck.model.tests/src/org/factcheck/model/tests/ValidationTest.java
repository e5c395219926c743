package org.factcheck.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Organisation;
import org.factcheck.model.Person;
import org.factcheck.model.Rating;
import org.factcheck.model.RatingScale;
import org.factcheck.model.Source;
import org.factcheck.model.SourceKind;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.TextSpan;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;
import org.factcheck.model.notation.NotationFactory;
import org.junit.jupiter.api.Test;

/** EMF's generic constraints (multiplicities, unique ids, no dangling references) over a small case. */
class ValidationTest {

    private static final CaseFactory F = CaseFactory.eINSTANCE;

    /** A small but complete case: one document with two spans, a claim with evidence and a verdict. */
    static final class SmallCase {
        final CaseFile caseFile = F.createCaseFile();
        final Document document = F.createDocument();
        final TextSpan appearance = F.createTextSpan();
        final TextSpan evidenceSpan = F.createTextSpan();
        final Claim claim = F.createClaim();
        final Evidence evidence = F.createEvidence();
        final Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
        final Resource resource = new ResourceImpl(URI.createURI("memory:/small.factcase"));

        SmallCase() {
            caseFile.setId("case-1");
            caseFile.setTitle("Kremlin borders");
            caseFile.setCreated(Instant.parse("2026-11-21T15:12:00Z"));

            Source outlet = F.createSource();
            outlet.setId("source-1");
            outlet.setName("Example Daily");
            outlet.setKind(SourceKind.NEWS_OUTLET);
            caseFile.getSources().add(outlet);

            Organisation kremlin = F.createOrganisation();
            kremlin.setId("actor-1");
            kremlin.setName("Kremlin press office");
            Person spokesman = F.createPerson();
            spokesman.setId("actor-2");
            spokesman.setName("A. Spokesman");
            spokesman.setAffiliation(kremlin);
            caseFile.getActors().add(kremlin);
            caseFile.getActors().add(spokesman);

            document.setId("doc-1");
            document.setTitle("Border closed, Kremlin says");
            document.setOutlet(outlet);
            document.setPublished(LocalDate.of(2026, 11, 20));
            document.setText("Кремль: граница закрыта 👍🏽.\nThe ministry said otherwise.");
            caseFile.getDocuments().add(document);

            appearance.setId("span-1");
            appearance.setStart(8);
            appearance.setEnd(23);
            appearance.setExact("граница закрыта");
            document.getAnnotations().add(appearance);

            evidenceSpan.setId("span-2");
            evidenceSpan.setKind(SpanKind.EVIDENCE);
            evidenceSpan.setStart(28);
            evidenceSpan.setEnd(56);
            document.getAnnotations().add(evidenceSpan);

            RatingScale scale = F.createRatingScale();
            scale.setId("scale-1");
            Rating trueRating = F.createRating();
            trueRating.setId("rating-1");
            trueRating.setLabel("True");
            trueRating.setValue(2);
            Rating falseRating = F.createRating();
            falseRating.setId("rating-2");
            falseRating.setLabel("False");
            falseRating.setValue(1);
            scale.getRatings().add(trueRating);
            scale.getRatings().add(falseRating);
            caseFile.setRatingScale(scale);

            claim.setId("claim-1");
            claim.setStatement("The border is closed.");
            claim.setClaimant(spokesman);
            claim.getAppearances().add(appearance);
            claim.setVerdict(falseRating);
            caseFile.getClaims().add(claim);

            evidence.setId("evidence-1");
            evidence.setStance(Stance.REFUTES);
            evidence.setSpan(evidenceSpan);
            evidence.setSource(outlet);
            claim.getEvidence().add(evidence);

            diagram.setId("diagram-1");
            Node node = NotationFactory.eINSTANCE.createNode();
            node.setId("node-1");
            node.setElement(claim);
            diagram.getNodes().add(node);

            resource.getContents().add(caseFile);
            resource.getContents().add(diagram);
        }
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        describe(diagnostic, "", text);
        return text.toString();
    }

    private static void describe(Diagnostic diagnostic, String indent, StringBuilder text) {
        text.append(indent).append(diagnostic.getMessage()).append('\n');
        for (Diagnostic child : diagnostic.getChildren()) {
            describe(child, indent + "  ", text);
        }
    }

    private static Diagnostic validate(EObject root) {
        return Diagnostician.INSTANCE.validate(root);
    }

    @Test
    void smallValidCaseIsOk() {
        SmallCase c = new SmallCase();
        assertEquals("граница закрыта", c.appearance.coveredText(), "test data");
        assertEquals("The ministry said otherwise.", c.evidenceSpan.coveredText(), "test data");

        Diagnostic caseDiagnostic = validate(c.caseFile);
        assertEquals(Diagnostic.OK, caseDiagnostic.getSeverity(), () -> describe(caseDiagnostic));
        Diagnostic diagramDiagnostic = validate(c.diagram);
        assertEquals(Diagnostic.OK, diagramDiagnostic.getSeverity(), () -> describe(diagramDiagnostic));
    }

    @Test
    void caseOutsideAResourceIsOkToo() {
        SmallCase c = new SmallCase();
        c.resource.getContents().clear();
        Diagnostic diagnostic = validate(c.caseFile);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> describe(diagnostic));
    }

    @Test
    void duplicateIdsInOneResourceAreAnError() {
        SmallCase c = new SmallCase();
        c.evidenceSpan.setId("span-1");

        Diagnostic diagnostic = validate(c.caseFile);

        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity(), () -> describe(diagnostic));
        assertTrue(describe(diagnostic).contains("span-1"), () -> describe(diagnostic));
    }

    @Test
    void appearanceRemovedFromItsDocumentIsADanglingReference() {
        SmallCase c = new SmallCase();
        c.document.getAnnotations().remove(c.appearance); // still listed in claim.appearances

        Diagnostic diagnostic = validate(c.caseFile);

        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity(), () -> describe(diagnostic));
        assertTrue(describe(diagnostic).contains("appearances"), () -> describe(diagnostic));
    }

    @Test
    void diagramNodeOfADeletedClaimIsADanglingReference() {
        SmallCase c = new SmallCase();
        c.caseFile.getClaims().remove(c.claim);

        Diagnostic diagnostic = validate(c.diagram);

        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity(), () -> describe(diagnostic));
        assertTrue(describe(diagnostic).contains("element"), () -> describe(diagnostic));
    }
}
