package org.factcheck.detect.opennlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models of one language, loaded once, lazily and thread-safely on first use (the models are immutable
 * and shared; the taggers made from them are not, so each detection makes its own, see {@link Analyzer}). English and
 * German have published models; Russian and Ukrainian have none on Maven Central, so they have no entry here and are
 * handled by rules.
 */
record Models(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {

    private static final Map<Language, String> CORPUS = Map.of(Language.EN, "en-ud-ewt", Language.DE, "de-ud-gsd");
    private static final String RELEASE = "1.3-2.5.4";
    private static final String POS_ENTRY = "pos.model";
    private static final Map<Language, Models> LOADED = new EnumMap<>(Language.class);

    /** @return whether this language has models */
    static boolean available(Language language) {
        return CORPUS.containsKey(language);
    }

    /**
     * @return the models of a language that has them, loading them the first time
     * @throws UncheckedIOException if a model file is missing or unreadable
     */
    static Models of(Language language) {
        synchronized (LOADED) {
            Models models = LOADED.get(language);
            if (models == null) {
                models = load(language);
                LOADED.put(language, models);
            }
            return models;
        }
    }

    private static Models load(Language language) {
        String prefix = "opennlp-" + CORPUS.get(language) + "-";
        try {
            return new Models(read(prefix + "sentence", SentenceModel::new), read(prefix + "tokens", TokenizerModel::new),
                    greedy(read(prefix + "pos", POSModel::new)), read(prefix + "lemmas", LemmatizerModel::new));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the OpenNLP models of " + language.tag() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The same part-of-speech model tagging greedily (beam size 1) instead of keeping the three best sequences: about
     * three times faster, which long texts need; the detector uses the tags only to find verbs, subjects and clauses.
     * The model as published if it is not a plain maximum-entropy model.
     */
    static POSModel greedy(POSModel published) {
        Object artifact = published.getArtifact(POS_ENTRY);
        if (!(artifact instanceof MaxentModel maxent)) {
            return published;
        }
        return new POSModel(published.getLanguage(), maxent, 1, Map.of(), published.getFactory());
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String name, Reader<T> reader) throws IOException {
        try (InputStream in = ModelFiles.open(name + "-" + RELEASE + ".bin")) {
            return reader.read(in);
        }
    }
}
