package org.sightline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as ISO-8601 (yyyy-MM-dd, or yyyy-MM / yyyy when that is all that is known).
 * A timestamp keeps the calendar date it was written with: the publisher's local day is the
 * day the article names, so no conversion to UTC.
 */
final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s].*)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:[T\\s].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            written("MMMM d, uuuu"), written("MMM d, uuuu"), written("MMMM d uuuu"), written("MMM d uuuu"),
            written("d MMMM uuuu"), written("d MMM uuuu"), written("MMM. d, uuuu"));

    private Dates() {
    }

    /** The ISO date of a date as found in metadata, or null if it is not a date this reads. */
    static String toIso(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        Matcher m;
        if ((m = ISO.matcher(s)).matches() || (m = SLASHED.matcher(s)).matches() || (m = COMPACT.matcher(s)).matches()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        if ((m = YEAR_MONTH.matcher(s)).matches()) {
            try {
                return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).toString();
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (YEAR.matcher(s).matches()) {
            return s;
        }
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(s, LocalDate::from).toString();
        } catch (DateTimeParseException e) {
            // not an HTTP-style date; try the written forms
        }
        String written = s.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(written, f).toString();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** The calendar date of a PDF info date, in the time zone it was written in. */
    static String toIso(Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", calendar.get(Calendar.YEAR),
                calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH));
    }

    private static String day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static DateTimeFormatter written(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
