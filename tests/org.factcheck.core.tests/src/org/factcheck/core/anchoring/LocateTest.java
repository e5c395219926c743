package org.factcheck.core.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.factcheck.core.text.CodePointIndex;
import org.factcheck.core.text.CodePoints;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.AnchorStatus;
import org.junit.jupiter.api.Test;

/**
 * {@link Anchorer#locate}, the placing of quotes made elsewhere, on seeded generated texts: the context decides
 * between occurrences, the expected position only between equally good ones; what needed relaxing is fuzzy; the
 * search is linear (worst cases of a naive search finish) and offsets are code points.
 */
class LocateTest {

    private static final int CASES = 300;
    private static final String[] PIECES = { "a", "b", "ab", " ", "\n", "😀", "ü", "the ", "border", ", " };

    private final Anchorer anchorer = new Anchorer();

    @Test
    void occurrencesAreExactlyThoseOfABruteForceSearch() {
        Random random = new Random(1);
        for (int i = 0; i < CASES; i++) {
            String text = generated(random, random.nextInt(200));
            String pattern = generated(random, 1 + random.nextInt(4));
            List<Integer> expected = new ArrayList<>();
            for (int at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
                expected.add(at);
            }
            List<Integer> found = new ArrayList<>();
            QuoteSearch.occurrences(text, pattern, found::add);
            assertEquals(expected, found, "case " + i + ": «" + pattern + "» in «" + text + "»");
        }
    }

    @Test
    void theOccurrenceWhoseContextAgreesWinsWhereverThePositionPoints() {
        Random random = new Random(2);
        int checked = 0;
        for (int i = 0; i < CASES; i++) {
            String text = generated(random, 50 + random.nextInt(300));
            List<Integer> starts = codePointStarts(text);
            int startCp = random.nextInt(starts.size() - 1);
            int endCp = Math.min(starts.size() - 1, startCp + 1 + random.nextInt(12));
            Quotes.Selector selector = Quotes.selector(text, startCp, endCp);
            if (selector.exact().isBlank() || !uniqueContext(text, selector)) {
                continue; // the context must single the occurrence out for this property
            }
            checked++;
            int anywhere = random.nextInt(CodePoints.length(text) + 1);
            Located located = anchorer.locate(text, selector, anywhere).orElseThrow();
            assertEquals(startCp, located.start(), "case " + i);
            assertEquals(endCp, located.end(), "case " + i);
            assertEquals(1.0, located.context(), "case " + i);
        }
        assertTrue(checked > CASES / 2, "enough cases had a unique context: " + checked);
    }

    @Test
    void withoutContextTheNearestOccurrenceToThePositionIsTaken() {
        Random random = new Random(3);
        for (int i = 0; i < CASES; i++) {
            String quote = "Kremlin 😀 border";
            StringBuilder text = new StringBuilder();
            List<Integer> copies = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                text.append(generated(random, 20 + random.nextInt(40)).replace("K", ""));
                copies.add(CodePoints.length(text.toString()));
                text.append(quote);
            }
            int chosen = copies.get(random.nextInt(copies.size()));
            Located located = anchorer.locate(text.toString(), new Quotes.Selector(quote, "", ""),
                    chosen + random.nextInt(5) - 2).orElseThrow();
            assertEquals(chosen, located.start(), "case " + i);
            assertEquals(AnchorStatus.ANCHORED, located.status());
        }
    }

    @Test
    void whiteSpaceRelaxedMatchesAreFuzzyAndCoverTheWordsOfTheText() {
        Random random = new Random(4);
        for (int i = 0; i < CASES; i++) {
            String quote = "they will be retaken";
            String text = generated(random, 40).replace("t", "") + "x they will\nbe  retaken y" + generated(random, 40);
            String rendered = quote.replace(" ", random.nextBoolean() ? "\u00a0" : " \n ");
            Located located = anchorer.locate(text, new Quotes.Selector(rendered, "x ", " y"), -1).orElseThrow();
            assertEquals("they will\nbe  retaken", CodePoints.substring(text, located.start(), located.end()), "case " + i);
            assertEquals(AnchorStatus.FUZZY, located.status());
        }
    }

    @Test
    void similarTextIsFoundFuzzilyAndUnrelatedTextNotAtAll() {
        String text = "Peskov said the borders would be clarified in consultation with the population.";
        Located similar = anchorer.locate(text, new Quotes.Selector("the borders will be clarified", "", ""), -1)
                .orElseThrow();
        assertEquals(AnchorStatus.FUZZY, similar.status());
        assertTrue(CodePoints.substring(text, similar.start(), similar.end()).startsWith("the borders w"));
        assertEquals(Optional.empty(), anchorer.locate(text, new Quotes.Selector("Zelenskyy spoke in Kyiv", "", ""), 5));
    }

    @Test
    void worstCasesOfANaiveSearchFinish() {
        String text = "a".repeat(1_000_000);
        String quote = "a".repeat(Anchorer.MAX_QUOTE_LENGTH - 1) + "b"; // indexOf would compare 10^10 chars
        assertEquals(Optional.empty(), anchorer.locate(text, new Quotes.Selector(quote, "", ""), 500_000));
        String spaced = " a".repeat(500_000);
        String spacedQuote = " a".repeat(Anchorer.MAX_QUOTE_LENGTH / 2 - 1) + " b";
        assertEquals(Optional.empty(), anchorer.locate(spaced, new Quotes.Selector(spacedQuote, "", ""), -1));
        Located many = anchorer.locate(text, new Quotes.Selector("aaaa", "a".repeat(10_000), "a".repeat(10_000)), 7)
                .orElseThrow();
        assertEquals(AnchorStatus.ANCHORED, many.status(), "a million occurrences with a long context");
    }

    /**
     * Where the quote stands at the expected position with all its context, {@code locate} takes that place without
     * searching: on seeded texts full of repeats, that place is always the one the whole search chooses.
     */
    @Test
    void theShortcutAtTheExpectedPositionChoosesWhatTheWholeSearchWould() {
        Random random = new Random(7);
        int taken = 0;
        for (int i = 0; i < CASES * 4; i++) {
            String text = generated(random, 20 + random.nextInt(200));
            int length = CodePoints.length(text);
            int startCp = random.nextInt(length);
            int endCp = Math.min(length, startCp + 1 + random.nextInt(6));
            Quotes.Selector whole = Quotes.selector(text, startCp, endCp);
            Quotes.Selector selector = QuoteSearch.bounded(random.nextInt(4) == 0
                    ? new Quotes.Selector(whole.exact(), "", "")
                    : random.nextBoolean() ? whole : new Quotes.Selector(whole.exact(), whole.prefix() + "x", whole.suffix()));
            int hint = switch (random.nextInt(3)) {
                case 0 -> text.offsetByCodePoints(0, startCp);
                case 1 -> random.nextInt(text.length() + 1);
                default -> -1;
            };
            QuoteSearch.Hit shortcut = QuoteSearch.whollyAt(text, selector, hint);
            if (shortcut != null) {
                taken++;
                assertEquals(QuoteSearch.bestExact(text, selector, hint), shortcut, "case " + i + ": «" + text + "»");
            }
        }
        assertTrue(taken > CASES / 2, "the shortcut was taken often enough: " + taken);
    }

    @Test
    void withTheTextsIndexLocateAndSelectorsAgreeWithoutIt() {
        Random random = new Random(8);
        for (int i = 0; i < CASES; i++) {
            String text = generated(random, 20 + random.nextInt(200));
            CodePointIndex index = CodePointIndex.of(text);
            int length = CodePoints.length(text);
            int startCp = random.nextInt(length);
            int endCp = Math.min(length, startCp + random.nextInt(8));
            Quotes.Selector expected = new Quotes.Selector(CodePoints.substring(text, startCp, endCp),
                    CodePoints.substring(text, Math.max(0, startCp - Quotes.CONTEXT), startCp),
                    CodePoints.substring(text, endCp, Math.min(length, endCp + Quotes.CONTEXT)));
            assertEquals(expected, Quotes.selector(text, index, startCp, endCp), "case " + i);
            if (!expected.exact().isEmpty()) {
                int hint = random.nextInt(length + 2) - 1;
                assertEquals(anchorer.locate(text, expected, hint), anchorer.locate(text, index, expected, hint), "case " + i);
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> anchorer.locate("a longer text", CodePointIndex.of("short"), new Quotes.Selector("t", "", ""), 0));
    }

    @Test
    void emptyAndOverlongQuotesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> anchorer.locate("text", new Quotes.Selector("x".repeat(Anchorer.MAX_QUOTE_LENGTH + 1), "", ""), 0));
        assertTrue(e.getMessage().contains("1 to 10000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> anchorer.locate("text", new Quotes.Selector("", "", ""), 0));
    }

    private static boolean uniqueContext(String text, Quotes.Selector selector) {
        String whole = selector.prefix() + selector.exact() + selector.suffix();
        int first = text.indexOf(whole);
        return first >= 0 && text.indexOf(whole, first + 1) < 0 && selector.prefix().length() + selector.suffix().length() > 0
                && otherOccurrencesAgreeLess(text, selector);
    }

    /** No other occurrence has the full context agreeing (so the expected one is the only best). */
    private static boolean otherOccurrencesAgreeLess(String text, Quotes.Selector selector) {
        int full = 0;
        for (int at = text.indexOf(selector.exact()); at >= 0; at = text.indexOf(selector.exact(), at + 1)) {
            if (QuoteSearch.context(text, at, selector.exact().length(), selector) == 1) {
                full++;
            }
        }
        return full == 1;
    }

    private static List<Integer> codePointStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i <= CodePoints.length(text); i++) {
            starts.add(i);
        }
        return starts;
    }

    private static String generated(Random random, int pieces) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }
}
