package org.sightline.resolve.kb;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** ISO 8601 calendar dates of year, month or day precision: {@code 2009}, {@code 2009-06}, {@code 2009-07-02}. */
final class IsoDates {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private IsoDates() {
    }

    static boolean isValid(String s) {
        if (s == null || !SHAPE.matcher(s).matches()) {
            return false;
        }
        try {
            start(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The first day of the period that {@code s} names. */
    static LocalDate start(String s) {
        return switch (s.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(s), 1, 1);
            case 7 -> YearMonth.parse(s).atDay(1);
            default -> LocalDate.parse(s);
        };
    }

    /** The last day of the period that {@code s} names. */
    static LocalDate end(String s) {
        return switch (s.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(s), 12, 31);
            case 7 -> YearMonth.parse(s).atEndOfMonth();
            default -> LocalDate.parse(s);
        };
    }
}
