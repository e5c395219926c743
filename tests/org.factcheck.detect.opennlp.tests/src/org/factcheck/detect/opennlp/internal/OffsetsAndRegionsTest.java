package org.factcheck.detect.opennlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.CodePointRange;
import org.factcheck.core.detectors.DetectionRequest;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded generated texts (emoji and other supplementary characters, combining marks, several
 * scripts and quotation marks mixed into sentences that report speech): every suggestion is a valid code point range
 * of the text, none overlaps an excluded region, and the speech in the texts is still found.
 */
class OffsetsAndRegionsTest {

    private static final String[] PIECES = { "😀", "𝔘𝔫𝔦", "👩‍👩‍👧", "e\u0301", "中文", "Ünïcödé", " ", " ", " ", ", ", ". ",
            "\n", "“", "”", "«", "»", "„", "\"", "Peskov", "he", "said", "that", "42", "2014", "Песков", "заявил", "что",
            "“We will defend our territories with all means,” Peskov said. ",
            "He added that the borders would be decided later. ",
            "According to Zelenskyj, 12 drones were shot down on Monday. ",
            "«Мы продолжим консультации с населением», — сказал Песков. " };

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 5 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void suggestionsAreValidCodePointRangesOutsideExcludedRegions() throws Exception {
        Random random = new Random(20261201L);
        OpenNlpClaimDetector detector = new OpenNlpClaimDetector();
        int suggestions = 0;
        for (int round = 0; round < 300; round++) {
            String text = text(random);
            int length = text.codePointCount(0, text.length());
            List<CodePointRange> excluded = new ArrayList<>();
            if (length > 4 && random.nextBoolean()) {
                int a = random.nextInt(length);
                int b = a + random.nextInt(Math.max(1, length - a));
                excluded.add(new CodePointRange(a, b));
            }
            String language = new String[] { "en", "de", "ru", null }[random.nextInt(4)];
            DetectionRequest request = DetectionRequest.builder(Evaluation.document("t", text, language))
                    .actors(Evaluation.demoActors()).excluded(excluded).monitor(new NullProgressMonitor()).build();
            for (ClaimSuggestion s : detector.detect(request)) {
                suggestions++;
                assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= length, s + " in a text of " + length);
                int from = text.offsetByCodePoints(0, s.start());
                int to = text.offsetByCodePoints(0, s.end());
                assertFalse(Character.isLowSurrogate(text.charAt(from)), "starts inside a surrogate pair: " + s);
                assertTrue(to == text.length() || !Character.isLowSurrogate(text.charAt(to)), "ends inside a pair: " + s);
                for (CodePointRange r : excluded) {
                    assertFalse(r.overlaps(s.start(), s.end()), s + " overlaps the excluded " + r);
                }
            }
        }
        assertTrue(suggestions > 100, "the generated speech should be found, not only skipped: " + suggestions);
    }

    @Test
    void anExcludedSentenceIsSkippedAndTheOthersAreKept() throws Exception {
        String boilerplate = "😀 “We will defend our territories,” Peskov said in his address. ";
        String text = boilerplate + "He added that the borders would be decided later.";
        int end = boilerplate.codePointCount(0, boilerplate.length());
        DetectionRequest request = DetectionRequest.builder(Evaluation.document("t", text, "en"))
                .actors(Evaluation.demoActors()).excluded(List.of(new CodePointRange(0, end))).build();
        List<ClaimSuggestion> found = new OpenNlpClaimDetector().detect(request);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).start() >= end, found.toString());
        // the excluded quote named no speaker, so "he" stays unresolved
        assertEquals("He", found.get(0).speakerName());
    }
}
