package org.factcheck.detect.opennlp.internal;

import java.util.List;
import java.util.Set;

/** The German {@link Cues}: lemmas and the usual forms of the verbs of saying. */
final class GermanCues {

    static final Cues CUES = new Cues(
            Set.of("sagen", "sagte", "sagt", "sagten", "gesagt", "erklären", "erklärte", "erklärt", "erklärten",
                    "betonen", "betonte", "betont", "behaupten", "behauptete", "berichten", "berichtete", "schreiben",
                    "schrieb", "warnen", "warnte", "versichern", "versicherte", "ergänzen", "ergänzte", "bestätigen",
                    "bestätigte", "mitteilen", "teilte", "unterstreichen", "unterstrich", "meinen", "meinte",
                    "sprechen", "sprach", "antworten", "antwortete", "kündigte", "ankündigen", "hinzufügen", "fügte",
                    "drohen", "drohte", "versprechen", "versprach", "verkündete", "zitiert", "räumte", "einräumen"),
            Set.of("glauben", "glaubte", "meinen", "meinte"),
            Set.of("drohen", "drohte", "versprechen", "versprach"),
            Set.of("dass", "daß", "ob"),
            List.of(List.of("laut"), List.of("nach", "angaben"), List.of("zufolge"), List.of("wie", "sagte")),
            Set.of("so"),
            Set.of("er", "sie"),
            Set.of("es", "wir", "ich"),
            Set.of("sprecher", "sprecherin", "kremlsprecher", "regierungssprecher"),
            Set.of("der", "die", "das", "ein", "eine", "am", "im", "in", "auf", "aber", "und", "doch", "nach", "es",
                    "dies", "diese", "laut", "wie", "so", "auch", "zudem"),
            Set.of("nicht", "nie", "kein", "keine"),
            true);

    private GermanCues() {
    }
}
