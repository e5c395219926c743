package org.factcheck.model.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.model.CaseFactory;
import org.factcheck.model.DismissedSuggestion;
import org.junit.jupiter.api.Test;

/** A dismissed suggestion is recognised by its text, whatever its offsets and white space. */
class DismissedSuggestionTest {

    private static DismissedSuggestion dismissed(String exact) {
        DismissedSuggestion d = CaseFactory.eINSTANCE.createDismissedSuggestion();
        d.setExact(exact);
        d.setStart(100);
        d.setEnd(100 + exact.length());
        return d;
    }

    @Test
    void theSamePassageMatchesWhereverItIsAndHoweverItIsWrapped() {
        DismissedSuggestion d = dismissed("Peskov said the borders\nwould be agreed.");
        assertTrue(d.matches("Peskov said the borders would be agreed."));
        assertTrue(d.matches("  Peskov said  the borders\r\n would be agreed. "));
    }

    @Test
    void anotherPassageOrNothingDoesNotMatch() {
        DismissedSuggestion d = dismissed("Peskov said the borders would be agreed.");
        assertFalse(d.matches("Peskov said the borders would be agreed"), "a changed word (here a full stop) matters");
        assertFalse(d.matches("peskov said the borders would be agreed."), "case matters");
        assertFalse(d.matches(null));
        assertFalse(d.matches(""));
        assertFalse(dismissed("   ").matches("   "), "a blank dismissal matches nothing");
    }
}
