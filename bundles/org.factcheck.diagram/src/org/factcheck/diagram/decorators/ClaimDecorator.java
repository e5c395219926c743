package org.factcheck.diagram.decorators;

import java.util.List;

import org.factcheck.model.Claim;

/**
 * Puts badges on claim boxes in the argument diagram, for example "checked before" or "disputed by our team".
 * Contributed through {@code org.factcheck.diagram.diagramDecorators} and called only through
 * {@link ClaimDecorators}: for every claim when a diagram opens, and again for a claim when it changes. It runs
 * on a worker thread while the diagram waits, with a time budget; a decorator that throws, returns garbage or
 * hangs is reported once and disabled for the session, and the diagram is drawn without its badges.
 * <p>
 * It must only read the claim (and the case it is in), and it should be quick: it delays every refresh.
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
