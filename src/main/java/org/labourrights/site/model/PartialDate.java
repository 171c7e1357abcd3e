package org.labourrights.site.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A date as precise as the source states it: a day, a month, a year, or nothing at all.
 * The Mission's documents do not always carry a date, and inventing one would be a false fact.
 * Fields of lower precision are zero.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate>, Serializable {

    public enum Precision { UNKNOWN, YEAR, MONTH, DAY }

    public static final PartialDate UNKNOWN = new PartialDate(0, 0, 0);

    private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * A date as editors write it: 2025-12-15, 2025-12, 2025 or "unknown". Null when the text is
     * not one of those forms or names no real day or month (2025-02-30).
     */
    public static PartialDate parse(String text) {
        if ("unknown".equals(text)) {
            return UNKNOWN;
        }
        java.util.regex.Matcher m = WRITTEN.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            if (month != 0) {
                LocalDate.of(year, month, Math.max(day, 1));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public Precision precision() {
        if (year == 0) {
            return Precision.UNKNOWN;
        }
        if (month == 0) {
            return Precision.YEAR;
        }
        return day == 0 ? Precision.MONTH : Precision.DAY;
    }

    public boolean isKnown() {
        return year != 0;
    }

    /** The earliest day this date can mean, for feeds and sorting; unknown dates have none. */
    public LocalDate firstDay() {
        if (!isKnown()) {
            throw new IllegalStateException("an unknown date has no first day");
        }
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /**
     * The latest day this date can mean: a month's last day, a year's 31 December. A status known
     * to hold "in November 2022" may have been confirmed as late as the 30th.
     */
    public LocalDate lastDay() {
        return switch (precision()) {
            case UNKNOWN -> throw new IllegalStateException("an unknown date has no last day");
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /**
     * Whether a source dated {@code this} can state {@code stated}: not more precisely than it is
     * dated itself, and not of a time after it. A document of December 2025 can say how things
     * stood in 2025 or in November 2025, not on 20 December 2025 nor in January 2026.
     */
    public boolean canState(PartialDate stated) {
        return isKnown() && stated.isKnown() && stated.precision().compareTo(precision()) <= 0
                && !stated.firstDay().isAfter(firstDay());
    }

    /** As written in front matter: 2025-12-15, 2025-12, 2025 or unknown. */
    public String iso() {
        // Not String.format: the preview formats every date of the site after each edit.
        return switch (precision()) {
            case UNKNOWN -> "unknown";
            case YEAR -> digits(year, 4);
            case MONTH -> digits(year, 4) + "-" + digits(month, 2);
            case DAY -> digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2);
        };
    }

    private static String digits(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Newest first is the natural order of the site's lists; unknown dates sort last. */
    @Override
    public int compareTo(PartialDate other) {
        int a = year * 10000 + month * 100 + day;
        int b = other.year * 10000 + other.month * 100 + other.day;
        return Integer.compare(a, b);
    }
}
