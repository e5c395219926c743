package org.factcheck.detect.opennlp.internal;

import java.util.List;
import java.util.Set;

/** The English {@link Cues}. Verbs are lemmas (the OpenNLP lemmatizer gives them) plus their irregular forms. */
final class EnglishCues {

    static final Cues CUES = new Cues(
            Set.of("say", "said", "says", "saying", "tell", "told", "stress", "add", "note", "state", "explain", "claim",
                    "argue", "announce", "acknowledge", "admit", "confirm", "report", "write", "wrote", "insist",
                    "warn", "vow", "promise", "estimate", "deny", "reply", "emphasize", "emphasise", "reaffirm",
                    "declare", "assert", "allege", "concede", "share", "quote", "tweet", "post", "hint", "continue",
                    "stated", "added", "stressed", "noted", "explained", "claimed", "announced", "confirmed",
                    "reported", "warned", "vowed", "promised", "replied", "insisted", "threaten", "pledge", "predict",
                    "accuse", "respond", "recall", "mention", "suggest", "signal", "indicate"),
            Set.of("believe", "think", "suggest", "signal", "indicate", "continue", "recall", "mention", "predict",
                    "respond", "share", "post"),
            Set.of("vow", "promise", "threaten", "pledge"),
            Set.of("that"),
            List.of(List.of("according", "to"), List.of("as", "reported", "by")),
            Set.of(),
            Set.of("he", "she"),
            Set.of("they", "it", "we", "i"),
            Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople"),
            Set.of("the", "a", "an", "in", "on", "at", "but", "and", "however", "meanwhile", "this", "that", "it",
                    "there", "as", "after", "before", "for", "with", "instead", "despite", "notably", "hours", "over"),
            Set.of("not", "n't", "never", "no"),
            false);

    private EnglishCues() {
    }
}
