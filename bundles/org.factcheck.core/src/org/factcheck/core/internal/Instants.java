package org.factcheck.core.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants of a case file quickly. A large case holds hundreds of thousands of timestamps, and
 * {@link Instant#parse(CharSequence)} (a general {@code DateTimeFormatter}) took a tenth of the time of loading
 * one. Case files hold them in exactly the form {@link Instant#toString()} writes, which this reads directly;
 * everything else is left to {@code Instant.parse}, so the results are the same.
 */
public final class Instants {

    private static final int[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000 };

    private Instants() {
    }

    /**
     * Reads an instant written as {@code yyyy-MM-ddTHH:mm:ssZ} or {@code yyyy-MM-ddTHH:mm:ss.fZ} with one to nine
     * fraction digits (the years 0000 to 9999, UTC, ASCII digits, nothing before or after).
     *
     * @param text the text
     * @return the instant, equal to what {@code Instant.parse(text)} returns; {@code null} if the text has any other
     *         form (also if it is not a valid date or time), which {@code Instant.parse} should then judge
     */
    public static Instant parseCanonical(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int nano = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            if (text.charAt(19) != '.' || fractionDigits < 1) {
                return null;
            }
            int fraction = digits(text, 20, fractionDigits);
            if (fraction < 0) {
                return null;
            }
            nano = fraction * POWERS_OF_TEN[9 - fractionDigits];
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nano);
    }

    /** The value of {@code count} (at most 9) ASCII digits from {@code start}, or -1 if one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
