package org.factcheck.detect.opennlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectionException;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.detectors.SuggestionKind;
import org.factcheck.model.Actor;
import org.junit.jupiter.api.Test;

/** Direct and indirect speech in English, German, Russian and Ukrainian, with speakers matched to the case. */
class SpeechDetectionTest {

    private final List<Actor> actors = Evaluation.demoActors();

    private List<ClaimSuggestion> detect(String language, String text) throws DetectionException {
        return new OpenNlpClaimDetector()
                .detect(DetectionRequest.builder(Evaluation.document("test", text, language)).actors(actors).build());
    }

    private static void assertSpeech(ClaimSuggestion s, SuggestionKind kind, String actor) {
        assertEquals(kind, s.kind(), s.toString());
        assertEquals(actor, s.speaker().map(Actor::getName).orElse(null), s + " " + s.reason());
    }

    @Test
    void englishQuoteThenSpeaker() throws Exception {
        List<ClaimSuggestion> found = detect("en", "“We will continue consultations with the local population,” Peskov said.");
        assertEquals(1, found.size(), found.toString());
        assertSpeech(found.get(0), SuggestionKind.DIRECT_QUOTE, "Dmitry Peskov");
        assertEquals("We will continue consultations with the local population,", found.get(0).statement());
    }

    @Test
    void colonIntroducesTheQuoteAndWinsOverTheAgencyThatReportedIt() throws Exception {
        List<ClaimSuggestion> found = detect("en", "Emphasizing his point, Peskov continued: \"I repeat once again: "
                + "certain territories will be retaken,\" the TASS news agency reported.");
        assertEquals(1, found.size(), found.toString());
        assertSpeech(found.get(0), SuggestionKind.DIRECT_QUOTE, "Dmitry Peskov");
    }

    @Test
    void pronounResolvesToTheLastNamedSpeaker() throws Exception {
        List<ClaimSuggestion> found = detect("en", "Dmitry Peskov said the talks with Kyiv were over. "
                + "Russia annexed Crimea in 2014. He added that Russia would wait for an answer.");
        assertEquals(3, found.size(), found.toString());
        assertEquals(SuggestionKind.INDIRECT_SPEECH, found.get(0).kind(), found + " " + found.get(0).reason());
        assertSpeech(found.get(0), SuggestionKind.INDIRECT_SPEECH, "Dmitry Peskov");
        ClaimSuggestion added = found.stream().filter(s -> s.reason().contains("added")).findFirst().orElseThrow();
        assertSpeech(added, SuggestionKind.INDIRECT_SPEECH, "Dmitry Peskov");
        assertTrue(added.reason().contains("refers to Dmitry Peskov"), added.reason());
    }

    @Test
    void aPronounBeforeAnyNamedSpeakerStaysUnresolved() throws Exception {
        List<ClaimSuggestion> found = detect("en", "He said that the borders would be decided later.");
        assertEquals(1, found.size(), found.toString());
        assertEquals(null, found.get(0).speaker().orElse(null));
        assertEquals("He", found.get(0).speakerName());
    }

    @Test
    void aliasesSurnamesAndTransliterations() throws Exception {
        assertSpeech(detect("en", "Zelenskyj said in his video address that no one would remember the farce.").get(0),
                SuggestionKind.INDIRECT_SPEECH, "Volodymyr Zelenskyy");
        assertSpeech(detect("en", "Putin said the four regions would be defended with all means.").get(0),
                SuggestionKind.INDIRECT_SPEECH, "Vladimir Putin");
        assertSpeech(detect("en", "Kremlin spokesperson Dmitri Peskov said Moscow will consult the population.").get(0),
                SuggestionKind.INDIRECT_SPEECH, "Dmitry Peskov");
        assertSpeech(detect("en", "According to Peskov, the borders will be decided later.").get(0),
                SuggestionKind.INDIRECT_SPEECH, "Dmitry Peskov");
    }

    @Test
    void german() throws Exception {
        assertSpeech(detect("de", "„Wir werden unsere Gebiete mit allen Mitteln verteidigen“, sagte Peskow.").get(0),
                SuggestionKind.DIRECT_QUOTE, "Dmitry Peskov");
        assertSpeech(detect("de", "Peskow erklärte, dass die Grenzen später festgelegt würden.").get(0),
                SuggestionKind.INDIRECT_SPEECH, "Dmitry Peskov");
        assertSpeech(detect("de", "Laut Peskow werden die Grenzen später bestimmt.").get(0),
                SuggestionKind.INDIRECT_SPEECH, "Dmitry Peskov");
        List<ClaimSuggestion> so = detect("de", "Die Grenzen würden später festgelegt, so Peskow. "
                + "Er betonte, dass Russland nicht nachgeben werde.");
        assertEquals(2, so.size(), so.toString());
        assertSpeech(so.get(0), SuggestionKind.INDIRECT_SPEECH, "Dmitry Peskov");
        assertSpeech(so.get(1), SuggestionKind.INDIRECT_SPEECH, "Dmitry Peskov");
    }

    @Test
    void russianAndUkrainianByRules() throws Exception {
        assertSpeech(detect("ru", "«Мы продолжим консультации с местным населением», — сказал Песков.").get(0),
                SuggestionKind.DIRECT_QUOTE, "Dmitry Peskov");
        assertSpeech(detect("ru", "По словам Пескова, границы будут определены позже.").get(0),
                SuggestionKind.INDIRECT_SPEECH, "Dmitry Peskov");
        List<ClaimSuggestion> two = detect(null, "Песков заявил, что Россия не отступит. Он добавил, что решение окончательное.");
        assertEquals(2, two.size(), two.toString());
        assertSpeech(two.get(1), SuggestionKind.INDIRECT_SPEECH, "Dmitry Peskov");
        assertSpeech(detect("uk", "Зеленський заявив, що Україна поверне всі території.").get(0),
                SuggestionKind.INDIRECT_SPEECH, "Volodymyr Zelenskyy");
    }

    @Test
    void checkWorthyButNotQuestionsOrNegatedSpeech() throws Exception {
        List<ClaimSuggestion> fact = detect("en", "Russia also annexed Crimea in 2014.");
        assertEquals(1, fact.size(), fact.toString());
        assertEquals(SuggestionKind.CHECK_WORTHY, fact.get(0).kind());
        assertTrue(fact.get(0).reason().contains("a date"), fact.get(0).reason());
        assertEquals(List.of(), detect("en", "What are the limits?"));
        assertEquals(List.of(), detect("en", "The governor did not explain how the mistakes could have happened."));
    }

    @Test
    void actorIndexFoldsCaseEndingsAndTransliterations() {
        ActorIndex index = new ActorIndex(actors);
        assertEquals("Dmitry Peskov", index.match("Пескову").getName());
        assertEquals("Dmitry Peskov", index.match("Kremlsprecher Peskow").getName());
        assertEquals("Volodymyr Zelenskyy", index.match("President Zelensky").getName());
        assertEquals("Operational Command South", index.match("Ukraine's Operational Command South").getName());
        assertEquals(null, index.match("the spokesman"));
        assertEquals(null, index.match("Peskovich"));
    }

    @Test
    void languageIsGuessedWhenTheDocumentHasNone() {
        assertEquals(Language.RU, Language.of(null, "Песков заявил, что Россия не отступит."));
        assertEquals(Language.UK, Language.of(null, "Зеленський заявив, що Україна поверне всі території."));
        assertEquals(Language.DE, Language.of(null, "Peskow sagte, dass die Gespräche beendet seien und es keine gibt."));
        assertEquals(Language.EN, Language.of(null, "Peskov said that the talks were over and the borders are unclear."));
        assertEquals(Language.DE, Language.of("de-CH", "Peskov said that the talks were over."));
    }
}
