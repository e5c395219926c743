package org.factcheck.detect.opennlp.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells cheaply, from the surface of a sentence, whether it may report speech: it has a word that is a form of one of the language's speech verbs (English forms are generated from the lemmas: -s, -ed, -d, -ing,
 * -ies, -ied) or the first word of a source phrase. (A quotation alone needs no tagging: {@link QuoteRules} finds its
 * attribution in the sentence holding its speech verb.) Only such sentences get OpenNLP's tokenizer, tagger and
 * lemmatizer; the others are scored for check-worthiness from their surface, which keeps a 1 MB text within about
 * two seconds.
 */
final class Candidates {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> forms = new HashSet<>();

    Candidates(Cues cues, Language language) {
        Set<String> verbs = new HashSet<>(cues.speechVerbs());
        verbs.addAll(cues.thatOnlyVerbs());
        for (String verb : verbs) {
            forms.add(verb);
            if (language == Language.EN) {
                forms.add(verb + "s");
                forms.add(verb + "ed");
                forms.add(verb + "d");
                forms.add(verb + "ing");
                forms.add(verb + "es");
                char last = verb.charAt(verb.length() - 1);
                forms.add(verb + last + "ed"); // admitted
                forms.add(verb + last + "ing");
                if (verb.endsWith("e")) {
                    forms.add(verb.substring(0, verb.length() - 1) + "ing");
                }
                if (verb.endsWith("y")) {
                    forms.add(verb.substring(0, verb.length() - 1) + "ies");
                    forms.add(verb.substring(0, verb.length() - 1) + "ied");
                }
            }
        }
        forms.addAll(Set.of("thought", "believed", "quoted", "wrote", "written", "told", "said", "stated"));
        for (var phrase : cues.attributing()) {
            forms.add(phrase.get(0));
        }
        forms.addAll(cues.sourceInfix());
    }

    boolean mayReportSpeech(String sentence) {
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            if (forms.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
