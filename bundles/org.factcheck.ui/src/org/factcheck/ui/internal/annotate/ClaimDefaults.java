package org.factcheck.ui.internal.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;

/**
 * Guesses who made a statement and when, for the new-claim dialog: the person named nearest to the quote in its
 * paragraph, preferring one next to a verb of saying ("Peskov said", "said Peskov", "according to Peskov") — a known
 * actor, or a name the case does not know yet when that is nearer —, and the article's publication date. The fact-checker confirms or changes the guess.
 */
final class ClaimDefaults {

    /** How far from the quote (in chars, within its paragraph) a name is looked for. */
    private static final int REACH = 400;
    private static final String SAYING = "said|says|say|told|tells|stated|states|added|adds|insisted|claimed|claims"
            + "|announced|declared|vowed|warned|promised|argued|wrote|according to|quoted";
    private static final Pattern VERB = Pattern.compile("\\b(" + SAYING + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+");

    /** The guess: a known actor, or else the name of someone the case does not know yet, or nothing. */
    record Guess(Actor actor, String newName) {
        static final Guess NONE = new Guess(null, null);
    }

    private ClaimDefaults() {
    }

    static LocalDate dateSaid(Document document) {
        return document.getPublished();
    }

    /** Guesses the claimant of the quote at chars {@code [start, end)} of {@code text}. */
    static Guess claimant(CaseFile caseFile, String text, int start, int end) {
        int from = paragraphStart(text, start);
        int to = paragraphEnd(text, end);
        String window = text.substring(from, to);
        int quoteStart = start - from;
        int quoteEnd = end - from;
        Actor best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Actor actor : caseFile.getActors()) {
            for (String name : namesOf(actor)) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE).matcher(window);
                while (m.find()) {
                    int distance = distance(window, m.start(), m.end(), quoteStart, quoteEnd);
                    if (distance < bestDistance) {
                        best = actor;
                        bestDistance = distance;
                    }
                }
            }
        }
        // someone the case does not know yet, named next to a verb of saying on the quote's own line, beats a known
        // actor further away ("…," Security Council deputy chairman Dmitry Medvedev wrote — after "Peskov said" the
        // line before); without a known actor, a name anywhere within reach counts
        Matcher names = NAME.matcher(window);
        String nearest = null;
        while (names.find()) {
            boolean counts = best == null || sameLine(window, names.start(), names.end(), quoteStart, quoteEnd);
            if (counts && nearVerb(window, names.start(), names.end()) && !known(caseFile, names.group())) {
                int distance = distance(window, names.start(), names.end(), quoteStart, quoteEnd);
                if (distance < bestDistance) {
                    nearest = lastTwoWords(names.group());
                    bestDistance = distance;
                }
            }
        }
        if (nearest != null) {
            return new Guess(null, nearest);
        }
        return best == null ? Guess.NONE : new Guess(best, null);
    }

    /** Whether no line break lies between a name and the quote. */
    private static boolean sameLine(String window, int nameStart, int nameEnd, int quoteStart, int quoteEnd) {
        int from = Math.min(nameStart, quoteStart);
        int to = Math.max(nameEnd, quoteEnd);
        return window.substring(from, to).indexOf('\n') < 0;
    }

    /** Whether a run of capitalised words names one of the case's actors (it was weighed as that actor). */
    private static boolean known(CaseFile caseFile, String run) {
        for (Actor actor : caseFile.getActors()) {
            for (String name : namesOf(actor)) {
                if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE).matcher(run).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "NATO Secretary General Jens Stoltenberg" → "Jens Stoltenberg": titles come before names. */
    private static String lastTwoWords(String run) {
        String[] words = run.trim().split("\\s+");
        return words.length <= 2 ? run.trim() : words[words.length - 2] + " " + words[words.length - 1];
    }

    /** The full name, the aliases and the surname (a last word of four letters or more) of an actor. */
    private static List<String> namesOf(Actor actor) {
        List<String> names = new ArrayList<>();
        if (actor.getName() != null && !actor.getName().isBlank()) {
            names.add(actor.getName());
            String[] words = actor.getName().trim().split("\\s+");
            if (words.length > 1 && words[words.length - 1].length() >= 4) {
                names.add(words[words.length - 1]);
            }
        }
        actor.getAliases().stream().filter(a -> a != null && !a.isBlank()).forEach(names::add);
        return names;
    }

    /**
     * Distance in chars from a name to the quote; a name next to a verb of saying counts as nearer than any name
     * without one, a name inside the quote without one as far (it is more likely what the statement is about than who
     * made it).
     */
    private static int distance(String window, int nameStart, int nameEnd, int quoteStart, int quoteEnd) {
        boolean inside = nameEnd > quoteStart && nameStart < quoteEnd;
        int gap = inside ? REACH / 2 : nameEnd <= quoteStart ? quoteStart - nameEnd : nameStart - quoteEnd;
        // a name next to a verb of saying beats any name without one ("…," Kremlin spokesman Dmitry Peskov told)
        return nearVerb(window, nameStart, nameEnd) ? gap / 4 : gap + REACH;
    }

    private static boolean nearVerb(String window, int nameStart, int nameEnd) {
        String before = window.substring(Math.max(0, nameStart - 20), nameStart).toLowerCase(Locale.ROOT);
        String after = window.substring(nameEnd, Math.min(window.length(), nameEnd + 24));
        return VERB.matcher(after).lookingAt() || VERB.matcher(after.stripLeading()).lookingAt()
                || before.matches("(?s).*\\b(" + SAYING + ")\\s*$");
    }

    private static int paragraphStart(String text, int at) {
        int blank = text.lastIndexOf("\n\n", Math.max(0, at - 1));
        return Math.max(blank < 0 ? 0 : blank + 2, at - REACH);
    }

    private static int paragraphEnd(String text, int at) {
        int blank = text.indexOf("\n\n", at);
        return Math.min(blank < 0 ? text.length() : blank, at + REACH);
    }
}
