package org.factcheck.detect.opennlp.internal;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.detectors.SuggestionKind;

/**
 * Direct quotes in one paragraph: a quotation (“…”, "…", «…», „…“) of at least four words, attributed by a speech
 * verb and its speaker right after it (“…,” Peskov said; „…“, sagte Peskow; «…», — сказал Песков) or right before it
 * (Peskov continued: "…"; the spokesperson replied: “…”). Shorter quotations are words quoted inside indirect speech
 * ("consult", «навсегда») and are left to {@link IndirectRules}. A quotation of a whole utterance without attribution
 * is suggested with a low score and no speaker.
 */
final class QuoteRules {

    private static final int MIN_WORDS = 4;
    private static final int MAX_QUOTE = 2000;

    private QuoteRules() {
    }

    /** @return the direct quotes of the paragraph {@code [from, to)} whose sentences are {@code sentences} */
    static List<Speech> find(String text, int from, int to, List<Sentence> sentences, Cues cues) {
        List<Speech> result = new ArrayList<>();
        for (int[] quote : quotations(text, from, to)) {
            String inner = text.substring(quote[0] + 1, quote[1] - 1).strip();
            if (inner.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            // "X continued: “…” the agency reported": the colon's speaker said it, the agency only passed it on
            Speech found = before(quote, inner, sentences, cues, true);
            if (found == null) {
                found = after(text, quote, inner, sentences, cues);
            }
            if (found == null) {
                found = before(quote, inner, sentences, cues, false);
            }
            if (found == null && inner.matches("(?s).*[.!?,…]$") && opensSentence(text, quote[0], sentences)) {
                found = new Speech(SuggestionKind.DIRECT_QUOTE, quote[0], quote[1], inner, null,
                        "a quoted utterance without attribution", 0.55);
            }
            if (found != null) {
                result.add(found);
            }
        }
        return result;
    }

    /** @return the UTF-16 ranges {open, close + 1} of the quotations of a paragraph */
    static List<int[]> quotations(String text, int from, int to) {
        List<int[]> result = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            String closers = switch (c) {
                case '“' -> "”“";
                case '„' -> "“”";
                case '«' -> "»";
                case '"' -> "\"";
                default -> null;
            };
            if (closers == null) {
                i++;
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < to && j - i < MAX_QUOTE; j++) {
                if (closers.indexOf(text.charAt(j)) >= 0) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                i++;
                continue;
            }
            result.add(new int[] { i, close + 1 });
            i = close + 1;
        }
        return result;
    }

    private static Speech after(String text, int[] quote, String inner, List<Sentence> sentences, Cues cues) {
        int index = containing(sentences, quote[1] - 1);
        if (index < 0) {
            return null;
        }
        Sentence s = sentences.get(index);
        int t = s.tokenAt(quote[1] - s.start());
        if (t >= s.size() && index + 1 < sentences.size()) {
            s = sentences.get(index + 1);
            t = 0;
        }
        while (t < s.size() && "PUNCT".equals(s.tags()[t]) && !Phrases.isQuote(s.words()[t])) {
            t++;
        }
        for (int v = t; v < Math.min(s.size(), t + 10); v++) {
            if (Phrases.isQuote(s.words()[v])) {
                return null;
            }
            if (!isVerb(s, v, cues)) {
                if ("VERB".equals(s.tags()[v]) && v > t) {
                    return null;
                }
                continue;
            }
            boolean interjected = false;
            for (int k = t; k < v; k++) {
                interjected |= "PUNCT".equals(s.tags()[k]);
            }
            int[] range = v == t || interjected ? Phrases.nameAfter(s, v) : new int[] { t, v };
            if (v > t && !interjected) {
                int end = v;
                while (end > t && ("AUX".equals(s.tags()[end - 1]) || "ADV".equals(s.tags()[end - 1]))) {
                    end--;
                }
                range = end > t ? new int[] { t, end } : Phrases.nameAfter(s, v);
            }
            Speech.Mention speaker = Speech.Mention.of(s, range, cues);
            return new Speech(SuggestionKind.DIRECT_QUOTE, quote[0], Math.max(quote[1], s.end()), inner, speaker,
                    "a quotation followed by “" + s.words()[v] + "”", speaker == null ? 0.7 : 0.9);
        }
        return null;
    }

    /** @return whether only spaces or a dash stand between the sentence's start and the quotation mark */
    private static boolean opensSentence(String text, int open, List<Sentence> sentences) {
        int index = containing(sentences, open);
        return index < 0 || text.substring(sentences.get(index).start(), open).matches("[\\s—–-]*");
    }

    private static Speech before(int[] quote, String inner, List<Sentence> sentences, Cues cues, boolean colonOnly) {
        int index = containing(sentences, quote[0]);
        if (index < 0) {
            return null;
        }
        Sentence s = sentences.get(index);
        int q = s.tokenAt(quote[0] - s.start());
        if (q == 0 && index > 0) {
            s = sentences.get(index - 1);
            q = s.size();
        }
        if (q == 0 || !(":".equals(s.words()[q - 1]) || !colonOnly && ",".equals(s.words()[q - 1]))) {
            return null;
        }
        for (int v = q - 2; v >= Math.max(0, q - 9); v--) {
            if (isVerb(s, v, cues)) {
                int[] range = Phrases.subjectBefore(s, v, cues);
                if (range == null) {
                    range = Phrases.nameAfter(s, v);
                }
                Speech.Mention speaker = Speech.Mention.of(s, range, cues);
                int closing = containing(sentences, quote[1] - 1);
                int end = closing < 0 ? quote[1] : Math.max(quote[1], sentences.get(closing).end());
                return new Speech(SuggestionKind.DIRECT_QUOTE, Math.min(s.start(), quote[0]), end, inner, speaker,
                        "“" + s.words()[v] + "” introducing a quotation", speaker == null ? 0.7 : 0.85);
            }
        }
        return null;
    }

    static boolean isVerb(Sentence s, int i, Cues cues) {
        String tag = s.tags()[i];
        if ("PUNCT".equals(tag) || "PROPN".equals(tag) || "DET".equals(tag) || "ADP".equals(tag)) {
            return false;
        }
        return cues.isSpeechVerb(s.lemmas()[i]) || cues.isSpeechVerb(s.lower(i))
                || cues.thatOnlyVerbs().contains(s.lemmas()[i]) || cues.thatOnlyVerbs().contains(s.lower(i));
    }

    static int containing(List<Sentence> sentences, int charIndex) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() <= charIndex && charIndex < sentences.get(i).end()) {
                return i;
            }
        }
        return -1;
    }
}
