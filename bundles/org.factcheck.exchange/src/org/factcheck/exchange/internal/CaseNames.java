package org.factcheck.exchange.internal;

import java.util.Locale;

import org.factcheck.model.Actor;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Identifiable;
import org.factcheck.model.TextSpan;

/** How the exchange formats name things of a case: ids as URNs, people and documents as text. */
public final class CaseNames {

    private CaseNames() {
    }

    /**
     * Returns the IRI of an object of the case.
     *
     * @param object an object with an id
     * @return {@code urn:uuid:<id>} for UUID ids, {@code urn:factcheck:<id>} for other ids
     */
    public static String iri(Identifiable object) {
        String id = object.getId() == null ? "" : object.getId();
        return id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
                ? "urn:uuid:" + id.toLowerCase(Locale.ROOT) : "urn:factcheck:" + id;
    }

    /**
     * Returns the name of a claimant.
     *
     * @param actor the actor or null
     * @return the actor's name, or "Unknown" when there is no actor or name
     */
    public static String name(Actor actor) {
        return actor == null || actor.getName() == null || actor.getName().isBlank() ? "Unknown" : actor.getName();
    }

    /**
     * Returns a title for a document.
     *
     * @param document the document
     * @return its title, else its URL, else its id
     */
    public static String title(Document document) {
        if (document.getTitle() != null && !document.getTitle().isBlank()) {
            return document.getTitle();
        }
        return document.getUrl() != null ? document.getUrl() : document.getId();
    }

    /**
     * Returns a short label of a claim for graph formats.
     *
     * @param claim the claim
     * @return the statement, shortened to 80 characters at a word boundary
     */
    public static String shortStatement(Claim claim) {
        String s = claim.getStatement() == null ? "" : claim.getStatement().strip();
        if (s.length() <= 80) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 79);
        return s.substring(0, cut > 40 ? cut : 79) + "…";
    }

    /**
     * Returns the quoted text of a span.
     *
     * @param span the span
     * @return the recorded quote, else the text its offsets cover, else ""
     */
    public static String quote(TextSpan span) {
        if (span.getExact() != null) {
            return span.getExact();
        }
        String covered = span.coveredText();
        return covered == null ? "" : covered;
    }
}
