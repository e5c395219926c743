package org.factcheck.core.text;

import java.util.Locale;

/**
 * The characters a case file can hold. Case files are XML 1.0, which has no way to write most C0 control characters
 * (U+0000 to U+001F except tab, line feed and carriage return), the non-characters U+FFFE and U+FFFF, or a surrogate
 * that is not part of a pair; Unicode's other non-characters (U+FDD0 to U+FDEF and the last two code points of every
 * plane) are refused as well, since they are never text.
 */
public final class XmlCharacters {

    /** Where a text has a character that a case file cannot hold. */
    public record Invalid(int codePoint, int index, int line, int column) {

        /** @return "U+001B ESCAPE at line 120, column 14 (character 40,321)" */
        public String describe() {
            String name = Character.getName(codePoint);
            return String.format(Locale.ROOT, "U+%04X%s at line %d, column %d (character %,d)", codePoint,
                    name == null ? "" : " " + name, line, column, index + 1);
        }
    }

    private XmlCharacters() {
    }

    /**
     * Tells whether a code point can stand in a case file.
     *
     * @param c a code point (a lone surrogate counts as the code point of its value)
     * @return whether XML 1.0 can hold it and it is not a Unicode non-character
     */
    public static boolean isAllowed(int c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            return false;
        }
        if (c >= 0xFDD0 && c <= 0xFDEF) {
            return false;
        }
        return (c & 0xFFFE) != 0xFFFE && c <= 0x10FFFF;
    }

    /**
     * Finds the first character that a case file cannot hold.
     *
     * @param text a text, or {@code null}
     * @return where it is (code point index from 0; line and column from 1, in code points), or {@code null} if
     *         every character can be stored
     */
    public static Invalid firstInvalid(CharSequence text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char ch = text.charAt(i);
            if (ch >= 0x20 && ch < 0xD800) {
                continue; // the common case, checked cheaply
            }
            int c = ch;
            if (Character.isHighSurrogate(ch) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                c = Character.toCodePoint(ch, text.charAt(i + 1));
            }
            if (!isAllowed(c)) {
                return locate(text, i, c);
            }
            if (c > 0xFFFF) {
                i++;
            }
        }
        return null;
    }

    private static Invalid locate(CharSequence text, int charIndex, int codePoint) {
        int index = 0;
        int line = 1;
        int column = 1;
        for (int i = 0; i < charIndex; i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < charIndex && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            index++;
            if (ch == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Invalid(codePoint, index, line, column);
    }
}
