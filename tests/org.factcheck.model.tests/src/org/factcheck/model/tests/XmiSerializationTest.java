package org.factcheck.model.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Rating;
import org.factcheck.model.TextSpan;
import org.factcheck.model.notation.Diagram;
import org.factcheck.model.notation.Node;
import org.junit.jupiter.api.Test;

/**
 * What the Ecore promises about the saved form, checked with a plain XMIResourceImpl (the project's own
 * CaseResource adds determinism and ids on top and is tested in core): Document.text as element content,
 * ISO text for the java.time types, cross references by id.
 */
class XmiSerializationTest {

    private static final Map<String, Object> OPTIONS = Map.of(
            XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE,
            XMLResource.OPTION_ENCODING, "UTF-8");

    private static String save(XMIResourceImpl resource, Map<String, Object> options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, options);
        return out.toString(UTF_8);
    }

    private static XMIResourceImpl load(String xml) throws IOException {
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("memory:/reloaded.factcase"));
        resource.load(new ByteArrayInputStream(xml.getBytes(UTF_8)), OPTIONS);
        return resource;
    }

    private static XMIResourceImpl smallCase() {
        ValidationTest.SmallCase c = new ValidationTest.SmallCase();
        c.claim.setStatus(ClaimStatus.IN_REVIEW);
        c.claim.setDateSaid(LocalDate.of(2026, 11, 19));
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("memory:/small.factcase"));
        resource.getContents().addAll(new ArrayList<>(c.resource.getContents())); // moves both roots
        return resource;
    }

    @Test
    void documentTextIsSavedAsElementContent() throws IOException {
        String xml = save(smallCase(), OPTIONS);

        assertTrue(xml.contains("<text>Кремль: граница закрыта 👍🏽.\nThe ministry said otherwise.</text>"), xml);
        assertFalse(xml.contains(" text=\""), xml);
    }

    @Test
    void withoutExtendedMetaDataTheTextBecomesAnAttribute() throws IOException {
        // The ExtendedMetaData annotation only takes effect when the save option asks for it.
        String xml = save(smallCase(), Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));

        assertTrue(xml.contains(" text=\"Кремль: граница закрыта 👍🏽.&#xA;The ministry said otherwise.\""), xml);
    }

    @Test
    void javaTimeValuesAreSavedAsIsoText() throws IOException {
        String xml = save(smallCase(), OPTIONS);

        assertTrue(xml.contains("created=\"2026-11-21T15:12:00Z\""), xml);
        assertTrue(xml.contains("published=\"2026-11-20\""), xml);
        assertTrue(xml.contains("dateSaid=\"2026-11-19\""), xml);
    }

    @Test
    void crossReferencesUseIds() throws IOException {
        String xml = save(smallCase(), OPTIONS);

        assertTrue(xml.contains("appearances=\"span-1\""), xml);
        assertTrue(xml.contains("verdict=\"rating-2\""), xml);
        assertTrue(xml.contains("span=\"span-2\""), xml);
        assertTrue(xml.contains("element=\"claim-1\""), xml);
    }

    @Test
    void caseRoundTripsThroughXmi() throws IOException {
        String xml = save(smallCase(), OPTIONS);
        XMIResourceImpl reloaded = load(xml);

        assertTrue(reloaded.getErrors().isEmpty(), () -> reloaded.getErrors().toString());
        assertEquals(2, reloaded.getContents().size());
        CaseFile caseFile = assertInstanceOf(CaseFile.class, reloaded.getContents().get(0));
        Diagram diagram = assertInstanceOf(Diagram.class, reloaded.getContents().get(1));

        assertEquals(Instant.parse("2026-11-21T15:12:00Z"), caseFile.getCreated());
        Document document = caseFile.getDocuments().get(0);
        assertEquals("Кремль: граница закрыта 👍🏽.\nThe ministry said otherwise.", document.getText());
        assertEquals(LocalDate.of(2026, 11, 20), document.getPublished());
        assertSame(caseFile.getSources().get(0), document.getOutlet());

        TextSpan appearance = document.getAnnotations().get(0);
        assertSame(document, appearance.getDocument(), "container reference restored although transient");
        assertEquals("граница закрыта", appearance.coveredText());

        Claim claim = caseFile.getClaims().get(0);
        assertEquals(ClaimStatus.IN_REVIEW, claim.getStatus());
        assertEquals(LocalDate.of(2026, 11, 19), claim.getDateSaid());
        assertSame(appearance, claim.getAppearances().get(0));
        Rating verdict = claim.getVerdict();
        assertEquals("False", verdict.getLabel());
        assertSame(caseFile.getRatingScale(), verdict.eContainer());
        assertTrue(verdict.isScored());

        Evidence evidence = claim.getEvidence().get(0);
        assertSame(claim, evidence.getClaim());
        assertSame(document.getAnnotations().get(1), evidence.getSpan());
        assertEquals("The ministry said otherwise.", evidence.getSpan().coveredText());

        Node node = diagram.getNodes().get(0);
        assertSame(claim, node.getElement());
        assertSame(claim, reloaded.getEObject("claim-1"));
    }

    @Test
    void unscoredRatingSurvivesTheRoundTrip() throws IOException {
        XMIResourceImpl resource = smallCase();
        CaseFile caseFile = (CaseFile) resource.getContents().get(0);
        Rating unverifiable = caseFile.getRatingScale().getRatings().get(1);
        unverifiable.setScored(false);

        XMIResourceImpl reloaded = load(save(resource, OPTIONS));

        CaseFile again = (CaseFile) reloaded.getContents().get(0);
        assertTrue(again.getRatingScale().getRatings().get(0).isScored());
        assertFalse(again.getRatingScale().getRatings().get(1).isScored());
    }

    @Test
    void invalidDateInAFileIsALoadErrorWithItsPosition() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <fc:CaseFile xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0"
                    xmlns:fc="http://www.factcheck.org/2026/case" id="case-1" created="yesterday"/>
                """;

        IOException thrown = assertThrows(IOException.class, () -> load(xml));

        IllegalValueException cause = assertInstanceOf(IllegalValueException.class, thrown.getCause());
        assertEquals("yesterday", cause.getValue());
        assertSame(CasePackage.Literals.CASE_FILE__CREATED, cause.getFeature());
        assertEquals(3, cause.getLine());
        assertInstanceOf(DateTimeParseException.class, cause.getWrappedException());
    }
}
