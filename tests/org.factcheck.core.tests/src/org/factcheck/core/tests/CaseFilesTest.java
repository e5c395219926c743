package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.factcheck.core.CaseFiles;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.Polarity;
import org.factcheck.model.Rating;
import org.factcheck.model.Source;
import org.factcheck.model.TextSpan;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CaseFilesTest {

    @Test
    void newCaseHasTheDefaultRatingScale() {
        CaseFile c = CaseFiles.newCase("My case");
        assertEquals("My case", c.getTitle());
        assertTrue(Duration.between(c.getCreated(), Instant.now()).abs().getSeconds() < 60);
        List<Rating> ratings = c.getRatingScale().getRatings();
        assertEquals(List.of("True", "Mostly true", "Half true", "Mostly false", "False", "Unverifiable"),
                ratings.stream().map(Rating::getLabel).toList());
        assertEquals(List.of(5, 4, 3, 2, 1, 0), ratings.stream().map(Rating::getValue).toList());
        assertEquals(List.of(true, true, true, true, true, false), ratings.stream().map(Rating::isScored).toList());
        for (Rating rating : ratings) {
            assertTrue(rating.getColor().matches("#[0-9A-F]{6}"), rating.getColor());
            assertFalse(rating.getDescription().isBlank());
        }
        assertEquals("#9E9E9E", ratings.get(5).getColor());
    }

    @Test
    void newCaseHasSupportAndAttackRelationKinds() {
        CaseFile c = CaseFiles.newCase("x");
        assertEquals(2, c.getRelationKinds().size());
        assertEquals(Polarity.SUPPORT, CaseFiles.kind(c, "supports").getPolarity());
        assertEquals(Polarity.ATTACK, CaseFiles.kind(c, "contradicts").getPolarity());
        assertNull(CaseFiles.kind(c, "refines"));
    }

    @Test
    void allSpansStreamsTheSpansOfEveryDocument() {
        CaseFile c = Fixtures.sampleCase();
        Document second = CaseFactory.eINSTANCE.createDocument();
        TextSpan extra = CaseFactory.eINSTANCE.createTextSpan();
        second.getAnnotations().add(extra);
        c.getDocuments().add(second);
        List<TextSpan> spans = CaseFiles.allSpans(c).toList();
        assertEquals(3, spans.size());
        assertEquals(Fixtures.CLAIM_QUOTE, spans.get(0).getExact());
        assertSame(extra, spans.get(2));
    }

    @Test
    void addDocumentAdoptsOrReusesTheImportedOutlet() {
        CaseFile c = CaseFiles.newCase("x");
        Document first = CaseFactory.eINSTANCE.createDocument();
        Source outlet = CaseFactory.eINSTANCE.createSource();
        outlet.setName("Example News");
        first.setOutlet(outlet);
        CaseFiles.addDocument(c, first);
        assertEquals(List.of(outlet), c.getSources());
        assertSame(c, outlet.eContainer());

        Document second = CaseFactory.eINSTANCE.createDocument();
        Source sameName = CaseFactory.eINSTANCE.createSource();
        sameName.setName("example news");
        second.setOutlet(sameName);
        CaseFiles.addDocument(c, second);
        assertEquals(1, c.getSources().size());
        assertSame(outlet, second.getOutlet());
        assertEquals(List.of(first, second), c.getDocuments());
    }

    @Test
    void anImportedOutletIsMatchedByTheAliasOfASource() {
        CaseFile c = CaseFiles.newCase("x");
        Source reuters = CaseFactory.eINSTANCE.createSource();
        reuters.setName("Reuters News");
        reuters.getAliases().add("Reuters");
        c.getSources().add(reuters);
        Document document = CaseFactory.eINSTANCE.createDocument();
        Source dateline = CaseFactory.eINSTANCE.createSource();
        dateline.setName(" reuters ");
        document.setOutlet(dateline);
        CaseFiles.addDocument(c, document);
        assertSame(reuters, document.getOutlet(), "“MOSCOW, Oct 4 (Reuters)” finds the source that is also named Reuters");
        assertEquals(List.of(reuters), c.getSources());
        assertSame(reuters, CaseFiles.sourceNamed(c, "REUTERS NEWS"));
        assertEquals(null, CaseFiles.sourceNamed(c, "Reuters Health"));
    }
}
