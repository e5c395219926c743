package org.factcheck.core.internal.importers;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the top of a plain-text news article says about itself, in the forms wire copy and newspaper sites print:
 * <ul>
 * <li>a dateline: {@code MOSCOW, Oct 5 (Reuters) -}, {@code KYIV, Ukraine (AP) —}, {@code LONDON, Nov. 11, 2022
 * (Reuters) –} — the agency in parentheses is the outlet, the date the publication date;</li>
 * <li>a byline: {@code By Jane Doe}, {@code By Jane Doe and John Roe, Reuters}, {@code BY JANE DOE};</li>
 * <li>a date line: {@code Published: 2022-10-05}, {@code Published October 5, 2022}, {@code Updated 5 Oct 2022}
 * (a published date is preferred to an updated one).</li>
 * </ul>
 * Only the first lines are read ({@link #LINES} non-blank lines), so that a quoted "By …" deep in the text is
 * not taken for a byline. A dateline without a year takes the year that puts the date on or before the day of the
 * import (an article dated "Dec 30" imported on 2 January is from last year); a date line's full date wins over it.
 */
public final class Dateline {

    /** How many non-blank lines from the top are read. */
    static final int LINES = 6;

    /** What was found; any part may be null. */
    public record Header(String author, LocalDate published, String outlet) {
    }

    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DATELINE = Pattern.compile("^\\s*([A-Z][\\p{L}'.-]+(?:[ -][A-Z][\\p{L}'.-]+){0,3})"
            + "(?:,\\s*[A-Z][\\p{L}.]+(?: [A-Z][\\p{L}.]+){0,2})?" // ", Ukraine" or ", Russia"
            + "(?:,?\\s*" + MONTH + "\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?)?" // ", Oct 5" or ", Nov. 11, 2022"
            + "\\s*\\(([A-Z][\\p{L}.&' ]{0,30})\\)\\s*[-–—]"); // "(Reuters) -"
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?:By|BY|by)\\s+(\\p{Lu}[\\p{L}.'’ -]+?(?:(?:,| and| AND| &)"
            + "\\s*\\p{Lu}[\\p{L}.'’ -]+?)*)\\s*(?:[,|•·–—-]\\s*(\\p{Lu}[\\p{L}.& ]{1,30}))?\\s*$");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*(Published|Updated|Posted|Date|First published)"
            + "(?: on)?\\s*:?\\s*(.+?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\.?\\s+" + MONTH + "\\s+(\\d{4})");
    /** Agencies printed in datelines, and the names a case knows them by. */
    private static final Map<String, String> AGENCIES = Map.ofEntries(Map.entry("AP", "Associated Press"),
            Map.entry("Reuters", "Reuters"), Map.entry("AFP", "AFP"), Map.entry("dpa", "dpa"), Map.entry("DPA", "dpa"),
            Map.entry("Bloomberg", "Bloomberg"), Map.entry("TASS", "TASS"), Map.entry("Interfax", "Interfax"),
            Map.entry("UPI", "UPI"), Map.entry("Xinhua", "Xinhua"), Map.entry("Ukrinform", "Ukrinform"));
    /** Words after "By" that do not make a byline ("By the way", "By Monday"). */
    private static final List<String> NOT_NAMES = List.of("the", "a", "an", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "then", "now", "contrast", "comparison", "law");

    private Dateline() {
    }

    /** Reads the header of {@code text}; {@code today} decides the year of a dateline that prints none. */
    public static Header read(String text, LocalDate today) {
        String author = null;
        LocalDate published = null;
        LocalDate updated = null;
        LocalDate datelineDate = null;
        String outlet = null;
        List<String> top = text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(LINES).toList();
        for (String line : top) {
            Matcher dateline = DATELINE.matcher(line);
            if (datelineDate == null && dateline.find() && !line.regionMatches(true, 0, "By ", 0, 3)) {
                if (outlet == null) { // a byline above may have named the agency already
                    outlet = AGENCIES.getOrDefault(dateline.group(5).strip(), dateline.group(5).strip());
                }
                datelineDate = dateline.group(2) == null ? null : date(dateline.group(2), dateline.group(3),
                        dateline.group(4), today);
                continue;
            }
            Matcher byline = BYLINE.matcher(line);
            if (author == null && line.length() <= 120 && byline.matches() && isName(byline.group(1))) {
                author = byline.group(1).strip();
                String agency = byline.group(2) == null ? null : byline.group(2).strip();
                int comma = author.lastIndexOf(',');
                if (agency == null && comma > 0 && AGENCIES.containsKey(author.substring(comma + 1).strip())) {
                    agency = author.substring(comma + 1).strip(); // "By Jane Doe, Reuters"
                    author = author.substring(0, comma).strip();
                }
                if (outlet == null && agency != null && AGENCIES.containsKey(agency)) {
                    outlet = AGENCIES.get(agency);
                }
                continue;
            }
            Matcher dated = DATE_LINE.matcher(line);
            if (dated.matches() && line.length() <= 80) {
                LocalDate date = fullDate(dated.group(2));
                boolean isUpdate = dated.group(1).equalsIgnoreCase("Updated");
                if (date != null && isUpdate && updated == null) {
                    updated = date;
                } else if (date != null && !isUpdate && published == null) {
                    published = date;
                }
            }
        }
        LocalDate date = published != null ? published : datelineDate != null ? datelineDate : updated;
        return new Header(author, date, outlet);
    }

    /** Whether {@code outlet} is one of the news agencies datelines name. */
    static boolean isAgency(String outlet) {
        return AGENCIES.containsValue(outlet);
    }

    private static boolean isName(String name) {
        String first = name.strip().split("[ ,]")[0].toLowerCase(Locale.ROOT);
        return !NOT_NAMES.contains(first) && name.strip().split("\\s+").length <= 12;
    }

    /** A date written in full: 2022-10-05, October 5, 2022, Oct. 5 2022, 5 October 2022; null if none. */
    static LocalDate fullDate(String text) {
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.find()) {
                return LocalDate.parse(iso.group());
            }
            Matcher mdy = MONTH_DAY_YEAR.matcher(text);
            if (mdy.find()) {
                return LocalDate.of(Integer.parseInt(mdy.group(3)), month(mdy.group(1)), Integer.parseInt(mdy.group(2)));
            }
            Matcher dmy = DAY_MONTH_YEAR.matcher(text);
            if (dmy.find()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)), month(dmy.group(2)), Integer.parseInt(dmy.group(1)));
            }
        } catch (java.time.DateTimeException e) {
            return null; // "2022-02-30", "Feb 30, 2022": not a date
        }
        return null;
    }

    private static LocalDate date(String month, String day, String year, LocalDate today) {
        try {
            Month m = month(month);
            int d = Integer.parseInt(day);
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), m, d);
            }
            LocalDate thisYear = LocalDate.of(today.getYear(), m, d);
            return thisYear.isAfter(today) ? thisYear.minusYears(1) : thisYear;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Month month(String abbreviation) {
        String three = abbreviation.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(three)) {
                return month;
            }
        }
        throw new java.time.DateTimeException("no month " + abbreviation);
    }
}
