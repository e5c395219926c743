package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.core.CaseStore;
import org.factcheck.core.search.CaseSearch;
import org.factcheck.core.search.CaseSearch.Hit;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Person;
import org.factcheck.testing.DemoCase;
import org.factcheck.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Find in Case: every place some words occur in the demo case. */
class CaseSearchTest {

    private CaseFile demo;

    @BeforeEach
    void load() throws Exception {
        demo = (CaseFile) CaseStore.load(Fixtures.resourceSet(), DemoCase.file()).getContents().get(0);
    }

    @Test
    void findsInArticlesClaimsNotesAndNamesIgnoringCase() {
        List<Hit> hits = CaseSearch.find(demo, "peskov", 1000);
        assertTrue(hits.stream().anyMatch(h -> h.element() instanceof Document && h.field().equals("text")));
        assertTrue(hits.stream().anyMatch(h -> h.element() instanceof Person && h.field().equals("name")));
        assertTrue(hits.stream().anyMatch(h -> h.element() instanceof Person && h.field().equals("alias")));
        assertTrue(hits.stream().anyMatch(h -> h.field().equals("evidence note")), "“Peskov himself said…”");
        for (Hit hit : hits) {
            if (hit.element() instanceof Document document && hit.field().equals("text")) {
                assertEquals("peskov", document.getText().substring(hit.start(), hit.end()).toLowerCase());
            }
            assertTrue(hit.context().toLowerCase().contains("peskov"), hit.context());
            assertTrue(hit.context().indexOf('\n') < 0, "one line: " + hit.context());
        }
        assertEquals(List.of("Document", "Person"), List.of(hits.get(0).element().eClass().getName(),
                hits.get(hits.size() - 1).element().eClass().getName()), "documents first, names last");
    }

    @Test
    void wordsMatchAcrossLineBreaksAndExplanationsAreSearched() {
        Claim claim = demo.getClaims().get(0);
        claim.setExplanation("The Kremlin gave no\nborders at all.");
        List<Hit> hits = CaseSearch.find(demo, "no borders", 1000);
        Hit hit = hits.stream().filter(h -> h.element() == claim).findFirst().orElseThrow();
        assertEquals("explanation", hit.field());
        assertEquals("no\nborders", claim.getExplanation().substring(hit.start(), hit.end()));
    }

    @Test
    void blankFindsNothingAndTheLimitHolds() {
        assertEquals(List.of(), CaseSearch.find(demo, "  ", 100));
        assertEquals(5, CaseSearch.find(demo, "the", 5).size());
        assertEquals(List.of(), CaseSearch.find(demo, "zzzz-not-in-the-case", 100));
    }
}
