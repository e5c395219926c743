package org.factcheck.detect.opennlp.internal;

import java.util.List;
import java.util.Set;

/**
 * The words one language reports speech with: speech verbs (lemmas and, for languages handled by rules, their
 * common forms), verbs that report speech only before a "that" clause (believe), verbs that take an infinitive
 * (vow to …), complementisers ("that", "dass", "что", "що"), phrases that name a source ("according to", "laut",
 * "по словам"), personal pronouns that can stand for a speaker, nouns that refer back to the last speaker ("the
 * spokesman") and words that start a sentence without being a name. See {@link EnglishCues}, {@link GermanCues} and
 * {@link SlavicCues}.
 *
 * @param attributing phrases (lower-case words) that are followed by the source: "according to X"
 * @param sourceInfix words that introduce a source when they follow a comma and precede a name (German ", so X")
 */
record Cues(Set<String> speechVerbs, Set<String> thatOnlyVerbs, Set<String> infinitiveVerbs, Set<String> thatWords,
        List<List<String>> attributing, Set<String> sourceInfix, Set<String> personPronouns, Set<String> otherPronouns,
        Set<String> anaphors, Set<String> functionWords, Set<String> negations, boolean commaClause) {

    static Cues of(Language language) {
        return switch (language) {
            case EN -> EnglishCues.CUES;
            case DE -> GermanCues.CUES;
            case RU -> SlavicCues.RUSSIAN;
            case UK -> SlavicCues.UKRAINIAN;
        };
    }

    boolean isSpeechVerb(String lowerOrLemma) {
        return speechVerbs.contains(lowerOrLemma);
    }

    boolean isPronoun(String lower) {
        return personPronouns.contains(lower) || otherPronouns.contains(lower);
    }

    boolean isFunctionWord(String lower) {
        return functionWords.contains(lower);
    }
}
