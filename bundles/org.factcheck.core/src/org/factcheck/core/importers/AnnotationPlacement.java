package org.factcheck.core.importers;

import java.util.List;
import java.util.Objects;

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
 */
public record AnnotationPlacement(List<AnnotationPlacement.Placed> spans, int alreadyPresent) {

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
     * Copies the list.
     *
     * @param spans          the placed annotations
     * @param alreadyPresent how many were left out as already present
     */
    public AnnotationPlacement {
        spans = List.copyOf(spans);
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
