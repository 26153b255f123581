package org.sightline.analysis.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders what is on record about an entity in time: by date (a year alone sorts before the
 * months of that year, as "some time in 2021" does not follow June 2021), stated dates before
 * publication dates on the same day, undated entries last, ties in the order given.
 */
public final class Timeline {
    private Timeline() {
    }

    public static <T> List<Dated<T>> order(List<Dated<T>> entries) {
        List<Dated<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.<Dated<T>>comparingInt(d -> d.date() == 0 ? 1 : 0)
                .thenComparingInt(Dated::date)
                .thenComparing(Dated::basis));
        return sorted;
    }
}
