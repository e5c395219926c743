package org.factcheck.detect.opennlp.internal;

import java.util.Set;

import org.factcheck.model.Actor;
import org.factcheck.model.Organisation;
import org.factcheck.model.Person;

/**
 * Resolves speaker mentions in the order of the text (one instance per detection): a name is matched to the case's
 * actors through {@link ActorIndex}; a personal pronoun ("he added", "er sagte", "он добавил") or a definite
 * description of a speaker ("the spokesman", "the Kremlin spokesperson") stands for the last person named as a
 * speaker. A person is an actor of the case that is a {@link Person}, or a name of two or more words without a word
 * of an organisation's name.
 */
final class Speakers {

    /** The speaker of one suggestion: the name to show, the actor and how it was found. */
    record Resolved(String name, Actor actor, String how) {
    }

    private static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "army", "agency", "office", "command",
            "council", "forces", "services", "service", "government", "intelligence", "media", "authorities",
            "press", "force", "military", "kremlin", "nato", "brief", "update", "news", "ministerium", "regierung",
            "министерство", "міністерство");

    private final ActorIndex index;
    private Resolved lastPerson;

    Speakers(ActorIndex index) {
        this.index = index;
    }

    Resolved resolve(Speech.Mention mention) {
        if (mention == null) {
            return null;
        }
        if (mention.pronoun() || mention.anaphor()) {
            if (lastPerson == null) {
                return new Resolved(mention.text(), null, null);
            }
            return new Resolved(lastPerson.name(), lastPerson.actor(),
                    "“" + mention.text() + "” refers to " + lastPerson.name());
        }
        Actor actor = index.match(mention.text());
        Resolved resolved = new Resolved(actor != null ? actor.getName() : mention.text(), actor,
                actor != null ? "matched to " + actor.getName() : null);
        if (actor instanceof Person || (!(actor instanceof Organisation) && looksLikePerson(mention.text()))) {
            lastPerson = resolved;
        }
        return resolved;
    }

    private static boolean looksLikePerson(String text) {
        String[] words = text.strip().split("\\s+");
        int capitalised = 0;
        for (String w : words) {
            if (ORGANISATION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT).replace("'s", "").replace("’s", ""))) {
                return false;
            }
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return capitalised >= 2 && capitalised == words.length - (words[0].equalsIgnoreCase("the") ? 1 : 0)
                || capitalised >= 2 && Character.isUpperCase(words[words.length - 1].codePointAt(0))
                        && Character.isUpperCase(words[words.length - 2].codePointAt(0));
    }
}
