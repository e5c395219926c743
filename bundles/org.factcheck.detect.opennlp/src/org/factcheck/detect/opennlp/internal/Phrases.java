package org.factcheck.detect.opennlp.internal;

import java.util.Set;

/**
 * Finds the speaker's noun phrase around a speech verb in a tagged {@link Sentence}: the subject before the verb
 * (walking back over auxiliaries and adverbs to the clause's start), or the name after it ("said Kyiv Governor
 * Oleksiy Kuleba", "сказал Песков"). Trailing time and place phrases ("on Friday", "in his video address") are cut.
 */
final class Phrases {

    private static final Set<String> SKIP_TAGS = Set.of("AUX", "ADV", "PART");
    private static final Set<String> BOUNDARY_TAGS = Set.of("PUNCT", "CCONJ", "SCONJ", "VERB");
    private static final Set<String> NP_TAGS = Set.of("PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM", "PART", "ADP", "X",
            "PUNCT");
    private static final Set<String> CUT_AFTER = Set.of("on", "in", "at", "during", "to", "last", "this", "am", "im",
            "в", "на", "у");
    private static final Set<String> CLAUSE_STARTERS = Set.of("with", "as", "which", "who", "while", "whom", "mit",
            "als", "который", "которая", "який", "яка");
    private static final Set<String> LINKING = Set.of("continue", "continues", "continued", "go", "went", "want",
            "wanted", "begin", "began");

    private Phrases() {
    }

    /** @return {from, to} token range of the subject before the verb at {@code verb}, or {@code null} */
    static int[] subjectBefore(Sentence s, int verb, Cues cues) {
        int end = verb;
        while (end > 0 && (SKIP_TAGS.contains(s.tags()[end - 1]) || LINKING.contains(s.lower(end - 1))
                || "to".equals(s.lower(end - 1)) || "himself".equals(s.lower(end - 1))
                || "herself".equals(s.lower(end - 1))) && !isSubjectWord(s, end - 1)) {
            end--;
        }
        int start = end;
        while (start > 0) {
            int i = start - 1;
            String tag = s.tags()[i];
            String lower = s.lower(i);
            boolean apostrophe = lower.equals("'s") || lower.equals("’s") || lower.equals("'") || lower.equals("’");
            if (CLAUSE_STARTERS.contains(lower) || (BOUNDARY_TAGS.contains(tag) && !apostrophe && !"-".equals(lower))
                    || !NP_TAGS.contains(tag) || isQuote(lower)) {
                break;
            }
            start = i;
        }
        while (start < end && ("ADP".equals(s.tags()[start]) || "PUNCT".equals(s.tags()[start]))) {
            start++;
        }
        return start < end && end - start <= 14 ? new int[] { start, end } : null;
    }

    /** @return {from, to} of the name right after the verb at {@code verb} (a run of proper nouns), or {@code null} */
    static int[] nameAfter(Sentence s, int verb) {
        int i = verb + 1;
        while (i < s.size() && ("ADV".equals(s.tags()[i]) || "NOUN".equals(s.tags()[i]) && i + 1 < s.size()
                && s.isProperNoun(i + 1))) {
            i++;
        }
        int start = i;
        while (i < s.size() && (s.isProperNoun(i) || (i > start && isPossessive(s.lower(i))))) {
            i++;
        }
        return i > start ? new int[] { start, i } : null;
    }

    /** @return the text of a speaker phrase, without leading articles and trailing time or place phrases */
    static String text(Sentence s, int[] range) {
        int from = range[0];
        int to = range[1];
        for (int i = from + 1; i < to; i++) {
            if (CUT_AFTER.contains(s.lower(i)) && ("ADP".equals(s.tags()[i]) || "ADJ".equals(s.tags()[i])
                    || "DET".equals(s.tags()[i]) || "X".equals(s.tags()[i]))) {
                to = i;
                break;
            }
        }
        while (to > from && "PUNCT".equals(s.tags()[to - 1])) {
            to--;
        }
        return s.span(from, to);
    }

    static boolean isSubjectWord(Sentence s, int i) {
        String tag = s.tags()[i];
        return "PROPN".equals(tag) || "NOUN".equals(tag) || "PRON".equals(tag);
    }

    static boolean isQuote(String token) {
        return token.length() == 1 && "\"“”„«»‚‘’".contains(token);
    }

    static boolean isPossessive(String lower) {
        return lower.equals("'s") || lower.equals("’s");
    }

    /** @return whether the phrase has a proper noun (a name, also an organisation's) */
    static boolean hasName(Sentence s, int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if (s.isProperNoun(i)) {
                return true;
            }
        }
        return false;
    }
}
