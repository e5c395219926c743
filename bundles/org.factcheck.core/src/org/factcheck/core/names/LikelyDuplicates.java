package org.factcheck.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Organisation;
import org.factcheck.model.Person;
import org.factcheck.model.Source;

/**
 * Which people, organisations and sources of a case are likely the same one entered twice. Two are compared only
 * when they are of the same kind (a person with a person, an organisation with an organisation, a source with a
 * source):
 * <ul>
 * <li>a name or alias of one equals a name or alias of the other, ignoring case, accents and punctuation;</li>
 * <li>people: the same surname, and either one of them gives the surname alone ("Peskov") or their first names
 * begin with the same letter ("Dmitry Peskov", "Dmitri Peskov");</li>
 * <li>organisations and sources: every word of the shorter name is in the longer one ("Reuters", "Thomson
 * Reuters").</li>
 * </ul>
 * Only a suggestion: the fact-checker decides whether to merge.
 */
public final class LikelyDuplicates {

    /** A likely duplicate pair, with the reason shown to the user ("same surname"). */
    public record Pair<T>(T first, T second, String reason) {
    }

    private LikelyDuplicates() {
    }

    /** Every likely pair of people and of organisations of {@code root}, in the case's order. */
    public static List<Pair<Actor>> actors(CaseFile root) {
        List<Pair<Actor>> pairs = new ArrayList<>();
        List<Actor> actors = root.getActors();
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                Actor a = actors.get(i);
                Actor b = actors.get(j);
                reason(a, b).ifPresent(reason -> pairs.add(new Pair<>(a, b, reason)));
            }
        }
        return pairs;
    }

    /** Every likely pair of sources of {@code root}, in the case's order. */
    public static List<Pair<Source>> sources(CaseFile root) {
        List<Pair<Source>> pairs = new ArrayList<>();
        List<Source> sources = root.getSources();
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                Source a = sources.get(i);
                Source b = sources.get(j);
                reason(a, b).ifPresent(reason -> pairs.add(new Pair<>(a, b, reason)));
            }
        }
        return pairs;
    }

    /** The others of {@code root} that are likely duplicates of {@code object} (an actor or a source). */
    public static List<Object> of(CaseFile root, Object object) {
        Stream<? extends Pair<?>> pairs = object instanceof Source ? sources(root).stream()
                : object instanceof Actor ? actors(root).stream() : Stream.empty();
        return pairs.filter(p -> p.first() == object || p.second() == object)
                .map(p -> p.first() == object ? p.second() : p.first()).map(Object.class::cast).toList();
    }

    /** Why two actors are likely the same, or empty if they are not (or are of different kinds). */
    public static Optional<String> reason(Actor a, Actor b) {
        if (a == b || a.eClass() != b.eClass()) {
            return Optional.empty();
        }
        List<NameKey> namesA = keys(a.getName(), a.getAliases());
        List<NameKey> namesB = keys(b.getName(), b.getAliases());
        if (namesA.stream().anyMatch(namesB::contains)) {
            return Optional.of(a.getAliases().isEmpty() && b.getAliases().isEmpty() ? "same name" : "alias matches");
        }
        NameKey keyA = NameKey.of(a.getName());
        NameKey keyB = NameKey.of(b.getName());
        if (keyA.isEmpty() || keyB.isEmpty()) {
            return Optional.empty();
        }
        if (a instanceof Person && b instanceof Person) {
            return sameSurname(namesA, namesB) ? Optional.of("same surname") : Optional.empty();
        }
        return a instanceof Organisation && wordsContained(keyA, keyB) ? Optional.of("similar name") : Optional.empty();
    }

    /** Why two sources are likely the same, or empty if they are not. */
    public static Optional<String> reason(Source a, Source b) {
        NameKey keyA = NameKey.of(a.getName());
        NameKey keyB = NameKey.of(b.getName());
        if (a == b || keyA.isEmpty() || keyB.isEmpty()) {
            return Optional.empty();
        }
        if (keyA.equals(keyB)) {
            return Optional.of("same name");
        }
        List<NameKey> namesA = keys(a.getName(), a.getAliases());
        List<NameKey> namesB = keys(b.getName(), b.getAliases());
        if (namesA.stream().anyMatch(namesB::contains)) {
            return Optional.of("alias matches");
        }
        return wordsContained(keyA, keyB) ? Optional.of("similar name") : Optional.empty();
    }

    private static boolean sameSurname(List<NameKey> namesA, List<NameKey> namesB) {
        for (NameKey x : namesA) {
            for (NameKey y : namesB) {
                if (!x.surname().equals(y.surname()) || x.surname().length() < 2) {
                    continue;
                }
                boolean surnameAlone = x.words().size() == 1 || y.words().size() == 1;
                if (surnameAlone || x.first().charAt(0) == y.first().charAt(0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every word of the shorter key is a word of the longer one (words of one letter do not count). */
    private static boolean wordsContained(NameKey a, NameKey b) {
        NameKey shorter = a.words().size() <= b.words().size() ? a : b;
        NameKey longer = shorter == a ? b : a;
        List<String> words = shorter.words().stream().filter(w -> w.length() > 1).toList();
        return !words.isEmpty() && longer.words().containsAll(words);
    }

    private static List<NameKey> keys(String name, List<String> aliases) {
        List<NameKey> keys = new ArrayList<>();
        Stream.concat(Stream.of(name), aliases.stream()).map(NameKey::of).filter(k -> !k.isEmpty()).forEach(keys::add);
        return keys;
    }
}
