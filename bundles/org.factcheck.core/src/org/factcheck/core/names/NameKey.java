package org.factcheck.core.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A name reduced to what decides whether two names are the same: lower case, without accents, punctuation or a
 * leading "the", split into words. "Dmitry  Peskov", "dmitry peskov" and "Dmítry Peskov." give the same key.
 */
public record NameKey(List<String> words) {

    public NameKey {
        words = List.copyOf(words);
    }

    /** The key of {@code name}; an empty key for null or a name without letters or digits. */
    public static NameKey of(String name) {
        if (name == null) {
            return new NameKey(List.of());
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        return new NameKey(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The last word ("peskov" of "Dmitry Peskov"), or "" for an empty key. */
    public String surname() {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** The first word, or "" for an empty key. */
    public String first() {
        return words.isEmpty() ? "" : words.get(0);
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
