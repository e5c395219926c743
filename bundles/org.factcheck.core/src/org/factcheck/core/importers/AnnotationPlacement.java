package org.factcheck.core.importers;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;

/**
 * The result of reading an annotation file: for each annotation, the span it becomes and the document it
 * belongs to.
 *
 * @param spans          the placed annotations, in the order of the file
 * @param alreadyPresent how many annotations of the file were left out because their document already has a
 *                       span of the same kind at the same place (importing a file twice adds nothing)
 * @param skipped        annotations of the file that were left out because they cannot become a span (a page
 *                       note or a reply selects no text), in the order of the file
 */
public record AnnotationPlacement(List<AnnotationPlacement.Placed> spans, int alreadyPresent,
        List<AnnotationPlacement.Skipped> skipped) {

    private static final int NAMED = 5;

    /**
     * An annotation that was left out.
     *
     * @param annotation how messages name it (its id, or its place in the file)
     * @param what       what it is, as a noun such as "page note" or "reply"
     */
    public record Skipped(String annotation, String what) {

        /**
         * Checks the components.
         *
         * @param annotation its name
         * @param what       what it is
         */
        public Skipped {
            Objects.requireNonNull(annotation, "annotation");
            Objects.requireNonNull(what, "what");
        }
    }

    /**
     * One annotation, placed.
     *
     * @param document     the document of the case it belongs to
     * @param span         a new span, contained nowhere yet, with offsets into {@code document}'s text, the
     *                     quote selector fields and an {@link org.factcheck.model.AnchorStatus}
     * @param moved        whether the recorded positions did not fit the document and the span was found again
     *                     by its quote
     * @param appearanceOf claims of the case the annotation says this text is an appearance of
     */
    public record Placed(Document document, TextSpan span, boolean moved, List<Claim> appearanceOf) {

        /**
         * Checks the components.
         *
         * @param document     the document
         * @param span         the span
         * @param moved        whether it moved
         * @param appearanceOf the claims
         */
        public Placed {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(span, "span");
            appearanceOf = List.copyOf(appearanceOf);
        }
    }

    /**
     * Copies the lists.
     *
     * @param spans          the placed annotations
     * @param alreadyPresent how many were left out as already present
     * @param skipped        the annotations left out because they select no text
     */
    public AnnotationPlacement {
        spans = List.copyOf(spans);
        skipped = List.copyOf(skipped);
    }

    /**
     * A placement that skipped nothing.
     *
     * @param spans          the placed annotations
     * @param alreadyPresent how many were left out as already present
     */
    public AnnotationPlacement(List<Placed> spans, int alreadyPresent) {
        this(spans, alreadyPresent, List.of());
    }

    /**
     * Says how many annotations were skipped and why, for example "2 skipped because they select no text:
     * annotation h4 (page note), annotation h5 (reply)"; at most five are named.
     *
     * @return the sentence without a final full stop, or "" when nothing was skipped
     */
    public String skippedSummary() {
        if (skipped.isEmpty()) {
            return "";
        }
        StringJoiner named = new StringJoiner(", ");
        skipped.stream().limit(NAMED).forEach(s -> named.add(s.annotation() + " (" + s.what() + ")"));
        return skipped.size() + " skipped because " + (skipped.size() == 1 ? "it selects" : "they select")
                + " no text: " + named + (skipped.size() > NAMED ? " and " + (skipped.size() - NAMED) + " more" : "");
    }

    /**
     * Counts the annotations that had to be found again by their quote.
     *
     * @return how many moved
     */
    public long movedCount() {
        return spans.stream().filter(Placed::moved).count();
    }
}
