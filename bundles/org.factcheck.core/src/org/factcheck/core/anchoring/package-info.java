/**
 * Re-anchoring: finding the annotated spans of an article again in a new version of its text.
 * <p>
 * {@link org.factcheck.core.anchoring.Anchorer} looks for each span's exact quote and weighs the candidates by
 * the span's stored context (prefix and suffix) and by its old position carried through the changes between the
 * two texts; when the exact quote is gone it looks for the most similar text and accepts it above a score
 * threshold. A span that cannot be placed becomes an orphan that keeps its quote, so that nothing is lost
 * silently and nothing is moved to a wrong place. The result is a
 * {@link org.factcheck.core.anchoring.Reanchoring}; applying it changes the model and is left to the caller
 * (the workbench does it as one undoable command). No user interface here.
 */
package org.factcheck.core.anchoring;
