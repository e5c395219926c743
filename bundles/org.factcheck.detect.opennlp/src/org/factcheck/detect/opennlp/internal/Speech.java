package org.factcheck.detect.opennlp.internal;

import org.factcheck.core.detectors.SuggestionKind;

/**
 * A span of reported speech found by {@link QuoteRules} or {@link IndirectRules}, before its speaker is resolved.
 *
 * @param start     UTF-16 index of the span's start in the whole text
 * @param end       UTF-16 index after the span
 * @param statement what was said (the quote without its marks, or the reported clause)
 * @param speaker   the speaker as the text names it, or {@code null}
 * @param reason    the rule that matched, for people
 */
record Speech(SuggestionKind kind, int start, int end, String statement, Mention speaker, String reason, double score) {

    /**
     * A speaker mention.
     *
     * @param text    the words of the text
     * @param pronoun a personal pronoun ("he", "sie", "он") that stands for the last named speaker
     * @param anaphor a definite description of a speaker already named ("the spokesman")
     * @param named   has a proper noun
     */
    record Mention(String text, boolean pronoun, boolean anaphor, boolean named) {

        /** Words that can be a subject but never name a speaker: "This indicates that …". */
        private static final java.util.Set<String> NOT_SPEAKERS = java.util.Set.of("this", "that", "it", "there",
                "these", "those", "which", "what", "dies", "das", "es", "это", "то", "це");

        static Mention of(Sentence s, int[] range, Cues cues) {
            if (range == null) {
                return null;
            }
            String text = Phrases.text(s, range);
            if (text.isBlank()) {
                return null;
            }
            int size = range[1] - range[0];
            if (size == 1 && NOT_SPEAKERS.contains(s.lower(range[0]))) {
                return null;
            }
            boolean pronoun = size == 1 && cues.personPronouns().contains(s.lower(range[0]));
            boolean named = Phrases.hasName(s, range);
            boolean definite = false;
            boolean anaphor = false;
            for (int i = range[0]; i < range[1]; i++) {
                String lower = s.lower(i);
                definite |= i == range[0] && (lower.equals("the") || lower.equals("der") || lower.equals("die")
                        || lower.equals("his") || lower.equals("her"));
                anaphor |= cues.anaphors().contains(lower) || cues.anaphors().contains(s.lemmas()[i]);
            }
            boolean hasPersonName = false;
            for (int i = range[0]; i < range[1] - 1; i++) {
                hasPersonName |= s.isProperNoun(i) && s.isProperNoun(i + 1);
            }
            return new Mention(text, pronoun, anaphor && (definite || size == 1) && !hasPersonName, named);
        }
    }
}
