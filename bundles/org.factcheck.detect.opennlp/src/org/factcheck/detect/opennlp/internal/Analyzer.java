package org.factcheck.detect.opennlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits a text into {@link Sentence}s for one detection: paragraphs at line breaks, then sentences, tokens,
 * part-of-speech tags and lemmas with OpenNLP where the language has models, else with rules (sentence ends at
 * {@code .!?…} before a capital, words and numbers as tokens, capitalised words inside a sentence as proper nouns).
 * Not thread-safe: OpenNLP's taggers keep state, so each detection makes its own analyzer from the shared models.
 */
final class Analyzer {

    /** Numbers, words (hyphenated ones whole), English clitics apart as the UD models expect ("does" "n't", "'s"). */
    private static final Pattern RULE_TOKEN = Pattern.compile("\\p{N}+(?:[.,:]\\p{N}+)*%?|\\p{L}+(?=n['’]t\\b)|n['’]t\\b"
            + "|['’](?:s|re|ll|ve|d|m)\\b|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:(?:-|['’](?!(?:s|re|ll|ve|d|m|t)\\b))\\p{L}[\\p{L}\\p{M}\\p{N}]*)*"
            + "|\\S");
    private static final Pattern RULE_SENTENCE_END = Pattern.compile(
            "(?<!\\b\\p{Lu})[.!?…]+[»“”\"’)]*(?=\\s+[\\p{Lu}«„“\"—–-])");

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final Cues cues;
    private final boolean full;

    /**
     * @param full whether to run OpenNLP's tokenizer and lemmatizer too (on article-sized texts). On long texts the
     *             tokens come from rules and the speech verbs are matched by their listed forms: the lemmatizer costs
     *             four times the tagger, the tokenizer as much as the tagger
     */
    Analyzer(Language language, Cues cues, boolean full) {
        this.cues = cues;
        this.full = full;
        if (Models.available(language)) {
            Models models = Models.of(language);
            sentences = new SentenceDetectorME(models.sentences());
            tokenizer = new TokenizerME(models.tokens());
            tagger = new POSTaggerME(models.pos());
            lemmatizer = new LemmatizerME(models.lemmas());
        } else {
            sentences = null;
            tokenizer = null;
            tagger = null;
            lemmatizer = null;
        }
    }

    /** @return whether OpenNLP models (rather than rules) analyse this language */
    boolean usesModels() {
        return tagger != null;
    }

    /** @return the UTF-16 ranges {start, end} of the sentences of one paragraph, relative to the whole text */
    List<int[]> sentenceRanges(String text, int from, int to) {
        List<int[]> result = new ArrayList<>();
        String paragraph = text.substring(from, to);
        if (sentences != null) {
            for (Span span : sentences.sentPosDetect(paragraph)) {
                result.add(new int[] { from + span.getStart(), from + span.getEnd() });
            }
        } else {
            int start = 0;
            Matcher m = RULE_SENTENCE_END.matcher(paragraph);
            while (m.find()) {
                result.add(new int[] { from + start, from + m.end() });
                start = m.end();
                while (start < paragraph.length() && Character.isWhitespace(paragraph.charAt(start))) {
                    start++;
                }
            }
            if (start < paragraph.length()) {
                result.add(new int[] { from + start, to });
            }
        }
        return result;
    }

    /** @return the sentence of {@code text} between two UTF-16 indexes, tokenized and tagged with the models */
    Sentence analyse(String text, int start, int end) {
        return analyse(text, start, end, tagger != null);
    }

    /**
     * @param withModels whether to use OpenNLP's tokenizer, tagger and lemmatizer (where the language has them) or
     *                   the rules, which are about 20 times faster
     * @return the sentence of {@code text} between two UTF-16 indexes, tokenized and tagged
     */
    Sentence analyse(String text, int start, int end, boolean withModels) {
        String own = text.substring(start, end);
        int[] starts;
        int[] ends;
        if (tokenizer != null && withModels && full) {
            Span[] spans = tokenizer.tokenizePos(own);
            starts = new int[spans.length];
            ends = new int[spans.length];
            for (int i = 0; i < spans.length; i++) {
                starts[i] = spans[i].getStart();
                ends[i] = spans[i].getEnd();
            }
        } else {
            List<int[]> found = new ArrayList<>();
            Matcher m = RULE_TOKEN.matcher(own);
            while (m.find()) {
                found.add(new int[] { m.start(), m.end() });
            }
            starts = found.stream().mapToInt(r -> r[0]).toArray();
            ends = found.stream().mapToInt(r -> r[1]).toArray();
        }
        String[] words = new String[starts.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = own.substring(starts[i], ends[i]);
        }
        boolean models = tagger != null && withModels;
        String[] tags = models ? tagger.tag(words) : ruleTags(words);
        String[] lemmas = models && full ? lemmatizer.lemmatize(words, tags) : new String[words.length];
        for (int i = 0; i < lemmas.length; i++) {
            String lemma = lemmas[i];
            lemmas[i] = lemma == null || lemma.isEmpty() || "O".equals(lemma) ? words[i].toLowerCase(Locale.ROOT)
                    : lemma.toLowerCase(Locale.ROOT);
        }
        return new Sentence(start, end, own, starts, ends, words, tags, lemmas);
    }

    private String[] ruleTags(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int first = w.codePointAt(0);
            String lower = w.toLowerCase(Locale.ROOT);
            if (Character.isDigit(first)) {
                tags[i] = "NUM";
            } else if (!Character.isLetter(first)) {
                tags[i] = "PUNCT";
            } else if (cues.isPronoun(lower)) {
                tags[i] = "PRON";
            } else if (cues.isSpeechVerb(lower)) {
                tags[i] = "VERB";
            } else if (Character.isUpperCase(first) && (i > 0 || !cues.isFunctionWord(lower))) {
                tags[i] = "PROPN";
            } else {
                tags[i] = "X";
            }
        }
        return tags;
    }
}
