package org.factcheck.diagram.decorators;

import java.util.List;

import org.factcheck.model.Claim;

/**
 * Puts badges on claim boxes in the argument diagram, for example "checked before" or "disputed by our team".
 * Contributed through {@code org.factcheck.diagram.diagramDecorators} and called only through
 * {@link ClaimDecorators}: for every claim when a diagram opens, and again for a claim when it changes. It runs
 * on a worker thread, with a time budget; the diagram never waits for it: the boxes are drawn at once and get
 * their badges when the decorators have answered. A decorator that throws, returns garbage or hangs is reported
 * once and disabled for the session, and the diagram is drawn without its badges.
 * <p>
 * In the workbench, the claim it is given belongs to a private copy of the case, taken on the UI thread after the
 * edits settled and never changed while decorators read it: the claim, everything reachable from it and the
 * whole case ({@code claim.eContainer()}) are consistent with one another, and stay so however long the decorator
 * takes. It must only read them (changes to the copy are thrown away), and must not keep them or compare them by
 * identity with objects obtained elsewhere. It may be called on several threads, for different batches at once.
 *
 * @since 0.1.0
 */
public interface ClaimDecorator {

    /**
     * Decorates one claim.
     *
     * @param claim the claim, to read only
     * @return its decorations, never {@code null}: an empty list for none, at most
     *         {@value ClaimDecorators#MAX_PER_CLAIM}
     * @throws Exception if it cannot decide; the decorator is then reported and disabled for the session
     */
    List<Decoration> decorate(Claim claim) throws Exception;
}
