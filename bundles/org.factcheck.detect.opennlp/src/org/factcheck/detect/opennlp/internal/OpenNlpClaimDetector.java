package org.factcheck.detect.opennlp.internal;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.detectors.ClaimDetector;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.CodePointRange;
import org.factcheck.core.detectors.DetectionException;
import org.factcheck.core.detectors.DetectionRequest;
import org.factcheck.core.detectors.SuggestionKind;
import org.factcheck.core.text.CodePointIndex;

/**
 * The claim detector contributed to {@code org.factcheck.core.claimDetectors}: per paragraph (line), direct quotes
 * ({@link QuoteRules}); per sentence outside them, indirect speech ({@link IndirectRules}), else a check-worthiness
 * score ({@link CheckWorthiness}). Speakers are resolved in text order ({@link Speakers}). A sentence that reports
 * speech is not also suggested as check-worthy. Sentences overlapping an excluded region are skipped; the monitor is
 * polled between paragraphs and a cancel returns what was found so far. Stateless between calls, so safe to call
 * from several threads; the models are shared and loaded once ({@link Models}).
 */
public final class OpenNlpClaimDetector implements ClaimDetector {

    /**
     * Texts up to this many UTF-16 units (a long article) get OpenNLP's tokenizer and lemmatizer as well as its
     * sentence detector and tagger; longer ones rule tokens and listed verb forms, to stay within about 2 s a MB.
     */
    static final int FULL_MODELS_UP_TO = 100_000;

    @Override
    public List<ClaimSuggestion> detect(DetectionRequest request) throws DetectionException {
        String text = request.text();
        Language language = Language.of(request.language(), text);
        Cues cues = Cues.of(language);
        Analyzer analyzer;
        try {
            analyzer = new Analyzer(language, cues, text.length() <= FULL_MODELS_UP_TO);
        } catch (UncheckedIOException e) {
            throw new DetectionException(e.getMessage(), e);
        }
        CodePointIndex points = CodePointIndex.of(text);
        List<int[]> excluded = new ArrayList<>();
        for (CodePointRange range : request.excluded()) {
            excluded.add(new int[] { charIndex(points, range.start()), charIndex(points, range.end()) });
        }
        Speakers speakers = new Speakers(new ActorIndex(request.actors()));
        Candidates candidates = new Candidates(cues, language);
        List<ClaimSuggestion> result = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            if (request.monitor().isCanceled() || Thread.currentThread().isInterrupted()) {
                break;
            }
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
            if (paragraphEnd > paragraphStart && !text.substring(paragraphStart, paragraphEnd).isBlank()) {
                paragraph(text, paragraphStart, paragraphEnd, analyzer, candidates, cues, excluded, speakers, points,
                        result);
            }
            paragraphStart = paragraphEnd + 1;
        }
        result.sort(java.util.Comparator.comparingInt(ClaimSuggestion::start).thenComparingInt(ClaimSuggestion::end));
        return result;
    }

    private static void paragraph(String text, int from, int to, Analyzer analyzer, Candidates candidates, Cues cues,
            List<int[]> excluded, Speakers speakers, CodePointIndex points, List<ClaimSuggestion> result) {
        List<Sentence> sentences = new ArrayList<>();
        for (int[] range : analyzer.sentenceRanges(text, from, to)) {
            if (range[1] > range[0] && !overlaps(excluded, range[0], range[1])) {
                boolean speech = candidates.mayReportSpeech(text.substring(range[0], range[1]));
                sentences.add(analyzer.analyse(text, range[0], range[1], speech));
            }
        }
        List<Speech> quotes = QuoteRules.find(text, from, to, sentences, cues);
        List<Speech> found = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Speech quote : quotes) {
                if (quote.start() < s.end() && s.start() < quote.end() && !found.contains(quote)) {
                    found.add(quote);
                }
            }
            if (found.stream().anyMatch(q -> q.start() < s.end() && s.start() < q.end())) {
                continue;
            }
            Speech indirect = IndirectRules.find(s, cues);
            if (indirect != null) {
                found.add(indirect);
                continue;
            }
            CheckWorthiness.Scored scored = CheckWorthiness.score(s);
            if (scored.score() >= CheckWorthiness.THRESHOLD) {
                add(result, text, points, excluded, s.start(), s.end(), SuggestionKind.CHECK_WORTHY,
                        s.text().strip(), null, scored.score(), "check-worthy: " + scored.signs());
            }
        }
        for (Speech speech : found) {
            Speakers.Resolved speaker = speakers.resolve(speech.speaker());
            String reason = speech.reason() + (speaker != null && speaker.how() != null ? "; " + speaker.how() : "");
            add(result, text, points, excluded, speech.start(), speech.end(), speech.kind(), speech.statement(),
                    speaker, speech.score(), reason);
        }
    }

    private static void add(List<ClaimSuggestion> result, String text, CodePointIndex points, List<int[]> excluded,
            int start, int end, SuggestionKind kind, String statement, Speakers.Resolved speaker, double score,
            String reason) {
        // a start inside a surrogate pair moves back to the pair; an end inside one counts the pair as passed
        boolean insidePair = start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1));
        int from = points.toCodePointOffset(insidePair ? start - 1 : start);
        int to = points.toCodePointOffset(end);
        if (to <= from || overlaps(excluded, start, end)) {
            return;
        }
        ClaimSuggestion.Builder builder = ClaimSuggestion.builder(from, to, kind).statement(statement).score(score)
                .reason(reason);
        if (speaker != null) {
            builder.speakerName(speaker.name()).speaker(speaker.actor());
        }
        result.add(builder.build());
    }

    /** The UTF-16 index of a code point offset, clamped to the text (a request's regions may reach past its end). */
    private static int charIndex(CodePointIndex points, int codePoint) {
        return points.toCharIndex(Math.max(0, Math.min(codePoint, points.length())));
    }

    private static boolean overlaps(List<int[]> excluded, int start, int end) {
        for (int[] range : excluded) {
            if (start < range[1] && range[0] < end) {
                return true;
            }
        }
        return false;
    }
}
