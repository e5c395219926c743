package org.factcheck.detect.opennlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores how worth checking a sentence that reports no speech is: a sum of weighted signs of a verifiable fact
 * over its tokens (and tags and lemmas where the sentence was tagged: most sentences are
 * scored from their surface, see {@link Candidates}), minus signs of opinion or speculation, clipped to [0, 1]. Signs: numbers
 * ({@code NUM} tag or digits), dates (months, weekdays, years), quantities (units, per cent), named places and
 * organisations (proper nouns), comparisons and superlatives, legal status (illegal, annex, law, decree,
 * referendum), and past events (a word in -ed with a proper noun). Against: questions, first person, modal and
 * hedging words (may, likely, appear, seem), headlines (no final punctuation) and very short or very long sentences.
 * A sentence scoring at least {@link #THRESHOLD} is suggested, with its signs as the reason.
 */
final class CheckWorthiness {

    static final double THRESHOLD = 0.5;

    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    private static final Set<String> DATES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "weekend", "yesterday", "januar", "februar", "märz", "mai", "juni", "juli",
            "oktober", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря", "понедельник", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
            "серпня", "вересня", "жовтня", "листопада", "грудня");
    private static final Set<String> QUANTITIES = Set.of("%", "percent", "per", "kilometers", "kilometres", "miles",
            "km", "thousand", "thousands", "million", "millions", "billion", "hundreds", "dozens", "half", "twice",
            "prozent", "kilometer", "tausend", "millionen", "процентов", "тысяч", "километров", "відсотків", "тисяч",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "several");
    private static final Set<String> COMPARISONS = Set.of("more", "less", "fewer", "most", "least", "largest",
            "worst", "biggest", "first", "only", "than", "highest", "lowest", "mehr", "weniger", "größte", "erste",
            "больше", "меньше", "впервые", "більше", "менше", "вперше");
    private static final Set<String> LEGAL = Set.of("illegal", "legal", "law", "legislation", "annex", "annexed",
            "annexation", "decree", "referendum", "referendums", "referenda", "treaty", "sanction", "sanctions",
            "unrecognized", "recognized", "accession", "violation", "sign", "signed", "control", "occupied",
            "occupation", "invasion", "withdraw", "withdrew", "seize", "seized", "liberate", "retake", "fled",
            "attacked", "injured", "killed", "hit", "gesetz", "annexion", "закон", "аннексия", "анексія");
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "likely", "perhaps", "probably",
            "appear", "appeared", "appears", "seem", "seems", "apparently", "should", "would", "i", "we", "my", "our",
            "you", "vielleicht", "wahrscheinlich", "возможно", "можливо", "reply", "comment", "cookies", "subscribe");

    private CheckWorthiness() {
    }

    /** @return the score and the signs found */
    static Scored score(Sentence s) {
        List<String> signs = new ArrayList<>();
        double score = 0;
        int propn = 0;
        boolean number = false;
        boolean date = false;
        boolean quantity = false;
        boolean comparison = false;
        boolean legal = false;
        boolean past = false;
        int hedges = 0;
        for (int i = 0; i < s.size(); i++) {
            String lower = s.lower(i);
            String lemma = s.lemmas()[i];
            String tag = s.tags()[i];
            number |= "NUM".equals(tag) || Character.isDigit(lower.codePointAt(0));
            date |= DATES.contains(lower) || YEAR.matcher(lower).matches();
            quantity |= QUANTITIES.contains(lower);
            comparison |= COMPARISONS.contains(lower) || (lower.endsWith("est") && "ADJ".equals(tag));
            legal |= LEGAL.contains(lower) || LEGAL.contains(lemma);
            past |= i > 0 && lower.length() > 4 && lower.endsWith("ed");
            hedges += HEDGES.contains(lower) ? 1 : 0;
            if (s.isProperNoun(i) && i > 0) {
                propn++;
            }
        }
        score += sign(signs, number, 0.3, "a number");
        score += sign(signs, date, 0.25, "a date");
        score += sign(signs, quantity, 0.15, "a quantity");
        score += sign(signs, comparison, 0.15, "a comparison");
        score += sign(signs, legal, 0.3, "legal status or a verifiable event");
        score += sign(signs, propn > 0, 0.15, "a named place or organisation");
        score += sign(signs, propn > 2, 0.1, "several names");
        score += sign(signs, past && propn > 0, 0.1, "a past event");
        score -= 0.2 * hedges;
        String text = s.text().strip();
        if (text.endsWith("?") || !text.matches("(?s).*[.!…\"”»“]$")) {
            score -= 0.6;
        }
        if (s.size() < 6 || s.size() > 80) {
            score -= 0.3;
        }
        return new Scored(Math.max(0, Math.min(1, score)), String.join(", ", signs));
    }

    private static double sign(List<String> signs, boolean present, double weight, String name) {
        if (present) {
            signs.add(name);
            return weight;
        }
        return 0;
    }

    record Scored(double score, String signs) {
    }
}
