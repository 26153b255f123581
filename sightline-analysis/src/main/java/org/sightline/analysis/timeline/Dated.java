package org.sightline.analysis.timeline;

import org.sightline.analysis.graph.ClaimDates;

/**
 * When something happened, as far as the record says.
 *
 * @param date   {@code yyyymmdd} with {@code 00} for an unstated month or day, 0 when unknown
 * @param basis  where the date comes from
 */
public record Dated<T>(T item, int date, Basis basis) {
    public enum Basis {
        /** The claim states when it holds ("in June 2021"). */
        STATED,
        /** The claim states no time; its document's publication date stands in. */
        PUBLISHED,
        /** Neither is known. */
        UNDATED
    }

    /** The claim's own time if stated, else its document's publication date, else undated. */
    public static <T> Dated<T> of(T item, int stated, int published) {
        if (stated > 0) {
            return new Dated<>(item, stated, Basis.STATED);
        }
        if (published > 0) {
            return new Dated<>(item, published, Basis.PUBLISHED);
        }
        return new Dated<>(item, 0, Basis.UNDATED);
    }

    /**
     * A claim dated by its own time, else by its {@code date} attribute (a designation's), else by
     * publication. A date attribute that only repeats the publication date (the default the
     * extractor gives a designation) is the publication date, not a stated one.
     */
    public static <T> Dated<T> ofClaim(T item, String time, String dateAttribute, int published) {
        int stated = ClaimDates.parse(time != null ? time : dateAttribute);
        if (time == null && stated == published) {
            stated = 0;
        }
        return of(item, stated, published);
    }

    /** "2021-06", "2014", "2021-06-01", or "undated". */
    public String dateText() {
        if (date == 0) {
            return "undated";
        }
        int year = date / 10000;
        int month = date / 100 % 100;
        int day = date % 100;
        return month == 0 ? String.valueOf(year) : day == 0 ? String.format("%d-%02d", year, month)
                : String.format("%d-%02d-%02d", year, month, day);
    }
}
