package org.factcheck.detect.opennlp.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.factcheck.model.Actor;
import org.factcheck.model.Person;

/**
 * Matches a speaker as the text names it to the case's people and organisations: by name or alias, a person also
 * by surname alone, after folding case, diacritics, Cyrillic to Latin and common transliteration variants (Peskow,
 * Peskov, Песков; Zelenskyj, Zelenskyy; Dmitri, Dmitry), with room for a Russian or Ukrainian case ending
 * (Пескова, Пескову). The longest matching name wins; an actor is never guessed from a description.
 */
final class ActorIndex {

    private record Key(Actor actor, String[] words) {
    }

    private static final Map<Character, String> CYRILLIC = cyrillic();

    private final List<Key> keys = new ArrayList<>();

    ActorIndex(List<Actor> actors) {
        for (Actor actor : actors) {
            List<String> names = new ArrayList<>();
            if (actor.getName() != null) {
                names.add(actor.getName());
            }
            names.addAll(actor.getAliases());
            for (String name : names) {
                String[] words = fold(name);
                if (words.length == 0) {
                    continue;
                }
                keys.add(new Key(actor, words));
                if (actor instanceof Person && words.length > 1 && words[words.length - 1].length() >= 3) {
                    keys.add(new Key(actor, new String[] { words[words.length - 1] }));
                }
            }
        }
    }

    /** @return the actor a mention names, or {@code null} */
    Actor match(String mention) {
        if (mention == null || keys.isEmpty()) {
            return null;
        }
        String[] words = fold(mention);
        Actor best = null;
        int bestLength = 0;
        for (Key key : keys) {
            int length = String.join(" ", key.words()).length();
            if (length > bestLength && contains(words, key.words())) {
                best = key.actor();
                bestLength = length;
            }
        }
        return best;
    }

    private static boolean contains(String[] words, String[] key) {
        for (int i = 0; i + key.length <= words.length; i++) {
            boolean all = true;
            for (int j = 0; j < key.length && all; j++) {
                all = sameWord(words[i + j], key[j]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** A word of the text matches a word of a name exactly or with a case ending of up to two letters. */
    static boolean sameWord(String word, String name) {
        if (word.equals(name)) {
            return true;
        }
        return name.length() >= 4 && word.length() > name.length() && word.length() - name.length() <= 2
                && word.startsWith(name) && "aeiouymh".indexOf(word.charAt(name.length())) >= 0;
    }

    /** @return the words of a name, folded for matching */
    static String[] fold(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "");
        StringBuilder latin = new StringBuilder();
        for (char c : lower.toCharArray()) {
            String t = CYRILLIC.get(c);
            latin.append(t != null ? t : String.valueOf(c));
        }
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(variant(w));
            }
        }
        return words.toArray(String[]::new);
    }

    private static String variant(String w) {
        String v = w.replace("tsch", "ch").replace("sch", "sh").replace("kh", "h").replace("w", "v")
                .replace("j", "y");
        v = v.replaceAll("(iy|yy|ii|ie|i|y)$", "y");
        return v.replaceAll("(.)\\1", "$1");
    }

    private static Map<Character, String> cyrillic() {
        String[] pairs = { "а", "a", "б", "b", "в", "v", "г", "g", "ґ", "g", "д", "d", "е", "e", "є", "ye", "ё", "e",
                "ж", "zh", "з", "z", "и", "i", "і", "i", "ї", "yi", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n",
                "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "h", "ц", "ts", "ч", "ch",
                "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya" };
        Map<Character, String> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i].charAt(0), pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
