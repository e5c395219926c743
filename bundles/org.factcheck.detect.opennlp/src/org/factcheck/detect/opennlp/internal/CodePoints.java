package org.factcheck.detect.opennlp.internal;

/**
 * Converts UTF-16 indexes of a text (what Java's string functions and OpenNLP give) to code point offsets (what
 * suggestions carry) and back, in constant time after a linear pass. Indexes inside a surrogate pair are moved to
 * the pair's start, so every range converted is a valid code point range.
 */
final class CodePoints {

    private final String text;
    private final int[] charToPoint;
    private final int[] pointToChar;

    CodePoints(String text) {
        this.text = text;
        int points = text.codePointCount(0, text.length());
        charToPoint = new int[text.length() + 1];
        pointToChar = new int[points + 1];
        int point = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                charToPoint[i] = point - 1;
                continue;
            }
            charToPoint[i] = point;
            pointToChar[point] = i;
            point++;
        }
        charToPoint[text.length()] = point;
        pointToChar[point] = text.length();
    }

    /** @return the code point offset of a UTF-16 index (that of the pair's start inside a surrogate pair) */
    int point(int charIndex) {
        return charToPoint[Math.max(0, Math.min(charIndex, text.length()))];
    }

    /** @return the UTF-16 index of a code point offset */
    int charIndex(int point) {
        return pointToChar[Math.max(0, Math.min(point, pointToChar.length - 1))];
    }

    /** @return the number of code points */
    int length() {
        return pointToChar.length - 1;
    }

    /** @return the code point offset just past a UTF-16 end index, rounding a split pair up */
    int pointEnd(int charEnd) {
        int clamped = Math.max(0, Math.min(charEnd, text.length()));
        if (clamped > 0 && clamped < text.length() && Character.isLowSurrogate(text.charAt(clamped))
                && Character.isHighSurrogate(text.charAt(clamped - 1))) {
            return charToPoint[clamped] + 1;
        }
        return charToPoint[clamped];
    }
}
