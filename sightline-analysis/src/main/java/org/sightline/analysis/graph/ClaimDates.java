package org.sightline.analysis.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claim times as ints {@code yyyymmdd}, with {@code 00} for an unstated month or day ("2021-06"
 * is 20210600, "2014" is 20140000) and 0 for no time at all.
 */
public final class ClaimDates {
    /** A year 1800–2199, optionally "-mm" and "-dd", not inside a longer number. */
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(1[89]\\d\\d|2[01]\\d\\d)(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?!\\d)");

    private ClaimDates() {
    }

    /**
     * The first date in {@code text} ("2021-06-01", "2021-06", "2014", "since 2003" gives 2003), or
     * 0 when there is none ("during the Trump presidency") or {@code text} is null. A month or day
     * out of range is left unstated.
     */
    public static int parse(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return 0;
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return year * 10000;
        }
        return year * 10000 + month * 100 + (day < 1 || day > 31 ? 0 : day);
    }

    /**
     * The last day a time may stand for: "2021-06" (20210600) may mean up to 20210631, "2014" up to
     * 20141231. 0 (unknown) stays 0.
     */
    public static int end(int time) {
        if (time == 0) {
            return 0;
        }
        if (time % 10000 == 0) {
            return time + 1231;
        }
        if (time % 100 == 0) {
            return time + 31;
        }
        return time;
    }

    /** Whether a claim of {@code time} may hold on or after {@code since}: unknown times may. */
    public static boolean mayHoldSince(int time, int since) {
        return time == 0 || since == 0 || end(time) >= since;
    }
}
