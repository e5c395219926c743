package org.factcheck.core.detectors;

/**
 * A region of a text, in Unicode code points, end exclusive.
 *
 * @since 0.1.0
 */
public final class CodePointRange {

    private final int start;
    private final int end;

    /**
     * Creates a range.
     *
     * @param start the first code point, at least 0
     * @param end   the code point after the last one, at least {@code start}
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public CodePointRange(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid range [" + start + ", " + end + ")");
        }
        this.start = start;
        this.end = end;
    }

    /** @return the first code point */
    public int start() {
        return start;
    }

    /** @return the code point after the last one */
    public int end() {
        return end;
    }

    /**
     * Tells whether this range shares at least one code point with {@code [otherStart, otherEnd)}.
     *
     * @param otherStart the start of the other range
     * @param otherEnd   its end, exclusive
     * @return whether they overlap
     */
    public boolean overlaps(int otherStart, int otherEnd) {
        return otherStart < end && start < otherEnd;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodePointRange range && range.start == start && range.end == end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
