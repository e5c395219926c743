package org.factcheck.detect.opennlp.internal;

import java.util.List;

import org.factcheck.core.detectors.SuggestionKind;

/**
 * Indirect reported speech in one tagged sentence. A speech verb (by lemma) reports speech when it is not negated
 * and is followed by what was said: a "that" clause (X said that …, er sagte, dass …, заявил, что …), a colon, an
 * infinitive after vow/promise (vowed to defend), a clause of its own (Peskov said Moscow will …: a noun phrase and
 * then a verb within a few words; in German, Russian and Ukrainian a clause after a comma), or nothing but a
 * speaker and a place after a comma at the sentence's end (…, Mikhail Degtyarev wrote on Telegram). Without such a
 * verb, a source phrase reports speech: "according to X", "laut X", ", so X", "по словам X". The speaker is the
 * subject before the verb, the name after it when the subject has none (sagte Peskow; заявил Песков), or, for a
 * participle without a subject ("…, arguing that"), the sentence's subject.
 */
final class IndirectRules {

    private static final String AT_END = "only a speaker after a comma at the sentence's end";

    private IndirectRules() {
    }

    static Speech find(Sentence s, Cues cues) {
        boolean[] quoted = quoted(s);
        for (int v = 0; v < s.size(); v++) {
            if (quoted[v] || !QuoteRules.isVerb(s, v, cues) || negated(s, v, cues)) {
                continue;
            }
            String how = complement(s, v, cues);
            if (how == null) {
                continue;
            }
            int[] range = how.equals(AT_END) ? new int[] { lastComma(s, v) + 1, v } : Phrases.subjectBefore(s, v, cues);
            if (range == null || !hasSubjectWord(s, range)) {
                int[] after = Phrases.nameAfter(s, v);
                if (after != null && (cues.commaClause() || how.equals(AT_END))) {
                    range = after;
                } else if (s.lower(v).endsWith("ing") || range == null) {
                    range = sentenceSubject(s, v);
                }
            }
            Speech.Mention speaker = Speech.Mention.of(s, range, cues);
            if (speaker == null) {
                continue;
            }
            double score = how.startsWith("a “that”") ? 0.85 : 0.75;
            return new Speech(SuggestionKind.INDIRECT_SPEECH, s.start(), s.end(), s.text(), speaker,
                    "“" + s.words()[v] + "” followed by " + how, score);
        }
        return attributed(s, cues, quoted);
    }

    private static String complement(Sentence s, int v, Cues cues) {
        boolean thatOnly = cues.thatOnlyVerbs().contains(s.lemmas()[v]) || cues.thatOnlyVerbs().contains(s.lower(v));
        for (int j = v + 1; j < Math.min(s.size(), v + 9); j++) {
            String lower = s.lower(j);
            if (cues.thatWords().contains(lower)) {
                return "a “that” clause";
            }
            if (lower.equals(":")) {
                return "a colon";
            }
            if ("VERB".equals(s.tags()[j]) && j > v + 2) {
                break;
            }
        }
        if (thatOnly) {
            return null;
        }
        if (v + 2 < s.size() && (cues.infinitiveVerbs().contains(s.lemmas()[v])
                || cues.infinitiveVerbs().contains(s.lower(v))) && (s.lower(v + 1).equals("to")
                || s.lower(v + 1).equals("zu")) && "VERB".equals(s.tags()[v + 2])) {
            return "an infinitive";
        }
        if (cues.commaClause() && v + 4 < s.size() && s.lower(v + 1).equals(",")) {
            return "a clause after a comma";
        }
        if (finalAttribution(s, v, cues)) {
            return AT_END;
        }
        if (!cues.commaClause() && clauseFollows(s, v)) {
            return "a clause";
        }
        return null;
    }

    /** A noun phrase and then a finite verb within a few words: "said Moscow will", "said on Monday it had". */
    private static boolean clauseFollows(Sentence s, int v) {
        if (v + 1 >= s.size() || s.lower(v + 1).equals("as") || s.lower(v + 1).equals("to")
                || s.lower(v + 1).equals("for") || s.lower(v + 1).equals("of") || s.lower(v + 1).equals("about")) {
            return false;
        }
        boolean nominal = false;
        for (int j = v + 1; j < Math.min(s.size(), v + 10); j++) {
            String tag = s.tags()[j];
            if ("PUNCT".equals(tag) && !Phrases.isQuote(s.words()[j])) {
                return false;
            }
            if (("VERB".equals(tag) || "AUX".equals(tag)) && nominal) {
                return true;
            }
            nominal |= "PRON".equals(tag) || "PROPN".equals(tag) || "NOUN".equals(tag) || "NUM".equals(tag);
            if ("VERB".equals(tag)) {
                return false;
            }
        }
        return false;
    }

    /** ", the Associated Press reported." / ", Mikhail Degtyarev wrote on the news channel Telegram." */
    private static boolean finalAttribution(Sentence s, int v, Cues cues) {
        int comma = lastComma(s, v);
        if (comma < 2 || v - comma > 13 || v - comma < 2) {
            return false;
        }
        boolean nominal = false;
        for (int j = comma + 1; j < v; j++) {
            String tag = s.tags()[j];
            if ("AUX".equals(tag) || Phrases.isQuote(s.words()[j])) {
                return false;
            }
            nominal |= "NOUN".equals(tag) || "PROPN".equals(tag);
        }
        if (!nominal) {
            return false;
        }
        for (int j = v + 1; j < s.size(); j++) {
            String tag = s.tags()[j];
            if ("VERB".equals(tag) || "AUX".equals(tag) || "SCONJ".equals(tag)
                    || ("PUNCT".equals(tag) && j < s.size() - 1)) {
                return false;
            }
        }
        return true;
    }

    private static int lastComma(Sentence s, int v) {
        for (int j = v - 1; j >= 0; j--) {
            if (s.lower(j).equals(",")) {
                return j;
            }
        }
        return -1;
    }

    private static Speech attributed(Sentence s, Cues cues, boolean[] quoted) {
        for (List<String> phrase : cues.attributing()) {
            for (int i = 0; i + phrase.size() < s.size(); i++) {
                if (quoted[i] || !matches(s, i, phrase)) {
                    continue;
                }
                int from = i + phrase.size();
                int to = from;
                while (to < s.size() && !"PUNCT".equals(s.tags()[to]) && to - from < 8
                        && !(to > from && "ADP".equals(s.tags()[to]) && !s.lower(to).equals("of"))) {
                    to++;
                }
                if (to > from) {
                    Speech.Mention speaker = Speech.Mention.of(s, new int[] { from, to }, cues);
                    return new Speech(SuggestionKind.INDIRECT_SPEECH, s.start(), s.end(), s.text(), speaker,
                            "“" + String.join(" ", phrase) + "” names the source", 0.8);
                }
            }
        }
        for (int i = 1; i + 1 < s.size(); i++) {
            if (s.lower(i - 1).equals(",") && cues.sourceInfix().contains(s.lower(i)) && s.isProperNoun(i + 1)) {
                int[] name = Phrases.nameAfter(s, i);
                return new Speech(SuggestionKind.INDIRECT_SPEECH, s.start(), s.end(), s.text(),
                        Speech.Mention.of(s, name, cues), "“, " + s.words()[i] + " X” names the source", 0.75);
            }
        }
        return null;
    }

    private static boolean matches(Sentence s, int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!s.lower(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean negated(Sentence s, int v, Cues cues) {
        for (int j = Math.max(0, v - 2); j < v; j++) {
            if (cues.negations().contains(s.lower(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSubjectWord(Sentence s, int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if (Phrases.isSubjectWord(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens before the sentence's first verb, comma or clause word: the subject of "X did Y, arguing that". */
    private static int[] sentenceSubject(Sentence s, int limit) {
        int end = 0;
        while (end < limit && !"VERB".equals(s.tags()[end]) && !"AUX".equals(s.tags()[end])
                && !"PUNCT".equals(s.tags()[end])) {
            end++;
        }
        return end > 0 ? new int[] { 0, end } : null;
    }

    /** @return which tokens lie inside quotation marks */
    static boolean[] quoted(Sentence s) {
        boolean[] inside = new boolean[s.size()];
        boolean open = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.words()[i];
            boolean mark = Phrases.isQuote(w) && !w.equals("’") && !w.equals("‘");
            if (mark) {
                open = !open;
                continue;
            }
            inside[i] = open;
        }
        return inside;
    }
}
