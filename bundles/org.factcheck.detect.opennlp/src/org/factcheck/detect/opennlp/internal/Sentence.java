package org.factcheck.detect.opennlp.internal;

import java.util.Locale;

/**
 * One sentence of the text, tokenized and tagged: its UTF-16 range in the whole text, its tokens' ranges relative
 * to the sentence, their words, Universal Dependencies part-of-speech tags ({@code PROPN}, {@code VERB}, {@code NUM},
 * …; rule-made ones where no model exists) and lower-case lemmas.
 */
record Sentence(int start, int end, String text, int[] tokenStarts, int[] tokenEnds, String[] words, String[] tags,
        String[] lemmas) {

    int size() {
        return words.length;
    }

    String lower(int i) {
        return words[i].toLowerCase(Locale.ROOT);
    }

    boolean isProperNoun(int i) {
        // a capitalised word inside the sentence is a name even where the tagger guessed otherwise ("Yuri/PRON")
        return "PROPN".equals(tags[i]) || (i > 0 && Character.isUpperCase(words[i].codePointAt(0))
                && Character.isLetter(words[i].codePointAt(0)) && words[i].length() > 1);
    }

    /** @return the sentence text of tokens {@code from} to {@code to} (exclusive) */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokenStarts[from], tokenEnds[to - 1]);
    }

    /** @return the index of the first token that starts at or after a sentence-relative UTF-16 index */
    int tokenAt(int charIndex) {
        for (int i = 0; i < tokenStarts.length; i++) {
            if (tokenEnds[i] > charIndex) {
                return i;
            }
        }
        return tokenStarts.length;
    }
}
