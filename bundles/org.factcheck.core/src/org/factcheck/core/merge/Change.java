package org.factcheck.core.merge;

/**
 * One difference between two versions of a case, as {@link CaseDiff} finds it.
 *
 * @param kind       what happened to the object
 * @param objectType the class of the object, e.g. {@code Claim}
 * @param objectId   its id
 * @param feature    the feature that changed (for {@link Kind#CHANGED}), else empty
 * @param oldValue   the old value in words (null when there was none)
 * @param newValue   the new value in words (null when there is none)
 * @param text       the change as a sentence, e.g. "verdict of claim “…” changed from Mostly false to False"
 */
public record Change(Kind kind, String objectType, String objectId, String feature, String oldValue, String newValue,
        String text) {

    /** What happened to an object. */
    public enum Kind {
        /** The object is new (with everything it contains). */
        ADDED,
        /** The object is gone (with everything it contained). */
        DELETED,
        /** A feature of the object has another value. */
        CHANGED,
        /** The object has another place: a span its words, evidence its claim, a box its position. */
        MOVED
    }

    @Override
    public String toString() {
        return text;
    }
}
