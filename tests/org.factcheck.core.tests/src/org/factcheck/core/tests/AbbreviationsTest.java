package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factcheck.core.text.Abbreviations;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    private static final String STATEMENT = "Russian forces have been forced to retreat in some areas of southern Ukraine.";

    @Test
    void aTextThatFitsIsOnlyPutOnOneLine() {
        assertEquals("We will defend our territories.", Abbreviations.shorten("We will  defend\nour territories. ", 40));
        assertEquals("", Abbreviations.shorten(null, 10));
    }

    @Test
    void aLongTextIsCutAfterAWholeWord() {
        String shortened = Abbreviations.shorten(STATEMENT, 40);
        assertEquals("Russian forces have been forced to…", shortened);
        assertTrue(shortened.length() <= 40);
    }

    @Test
    void punctuationBeforeTheCutGoes() {
        assertEquals("Peskov said, however…", Abbreviations.shorten("Peskov said, however, that the borders remain", 24));
        assertEquals("The status is fixed…", Abbreviations.shorten("The status is fixed — and defined by law", 22));
    }

    @Test
    void oneVeryLongWordIsCutInsideButNotInsideASurrogatePair() {
        assertEquals("Donetsk–Luhansk–Zaporizh…", Abbreviations.shorten("Donetsk–Luhansk–Zaporizhzhia–Kherson", 25));
        String maps = "ab🗺️🗺️🗺️🗺️🗺️"; // each map is a surrogate pair and a variation selector
        assertEquals("ab…", Abbreviations.shorten(maps, 4), "the cut would fall inside the first pair");
        assertEquals("ab\uD83D\uDDFA…", Abbreviations.shorten(maps, 5));
    }

    @Test
    void lessThanTwoCharactersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Abbreviations.shorten(STATEMENT, 1));
    }
}
