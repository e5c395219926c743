package org.factcheck.detect.opennlp.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The language a text is handled in: from the document's tag when it has one, else a cheap guess from the script
 * and the most frequent function words of the first few thousand characters.
 */
enum Language {
    EN, DE, RU, UK;

    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "nicht", "ist", "ein", "eine", "sich",
            "mit", "von", "auf", "dass", "für", "den", "dem", "sagte", "auch");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "that", "in", "said", "was",
            "for", "on", "with", "it", "as", "by");

    /** @return the language of the tag, or {@code null} for one without rules or models here */
    static Language ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return switch (primary) {
            case "en" -> EN;
            case "de" -> DE;
            case "ru" -> RU;
            case "uk" -> UK;
            default -> null;
        };
    }

    /** @return the tag's language, or the guess from the text, English when nothing tells */
    static Language of(String tag, String text) {
        Language tagged = ofTag(tag);
        return tagged != null ? tagged : guess(text);
    }

    static Language guess(String text) {
        int limit = Math.min(text.length(), 4000);
        int cyrillic = 0;
        int latin = 0;
        int ukrainian = 0;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
                    ukrainian++;
                }
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin++;
            }
        }
        if (cyrillic > latin) {
            return ukrainian * 100 > cyrillic ? UK : RU;
        }
        int german = 0;
        int english = 0;
        for (String word : text.substring(0, limit).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (GERMAN.contains(word)) {
                german++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return german > english ? DE : EN;
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
