package org.factcheck.core.anchoring;

import java.util.List;

import org.factcheck.model.AnchorStatus;
import org.factcheck.model.Document;

/**
 * The outcome of re-anchoring the spans of a document to a new version of its text. Nothing has been changed
 * yet: the user interface applies it as one undoable command.
 *
 * @param document   the document whose text changes
 * @param newText    its new text
 * @param placements one placement per span of the document, in the order of its annotations
 */
public record Reanchoring(Document document, String newText, List<Placement> placements) {

    /**
     * Makes the list of placements unmodifiable.
     *
     * @param document   the document
     * @param newText    the new text
     * @param placements the placements
     */
    public Reanchoring {
        placements = List.copyOf(placements);
    }

    /**
     * @param status a status
     * @return how many spans get that status
     */
    public long count(AnchorStatus status) {
        return placements.stream().filter(p -> p.status() == status).count();
    }

    /**
     * @return the spans that could not be placed, for a person to review and re-attach
     */
    public List<Placement> orphans() {
        return placements.stream().filter(p -> p.status() == AnchorStatus.ORPHANED).toList();
    }

    /**
     * @return a one-line summary such as "12 spans: 10 found unchanged, 1 found approximately, 1 orphaned"
     */
    public String summary() {
        return placements.size() + (placements.size() == 1 ? " span: " : " spans: ") + count(AnchorStatus.ANCHORED)
                + " found exactly, " + count(AnchorStatus.FUZZY) + " found approximately, "
                + count(AnchorStatus.ORPHANED) + " orphaned";
    }
}
