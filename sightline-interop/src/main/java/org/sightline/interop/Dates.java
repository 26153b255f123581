package org.sightline.interop;

import java.util.regex.Pattern;

/** Which stated times are dates that FtM, STIX and spreadsheets read as such. */
public final class Dates {
    /** FtM's date type: an ISO 8601 prefix, year to seconds. */
    private static final Pattern ISO_PREFIX = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?)?)?");

    private Dates() {
    }

    public static boolean isIsoPrefix(String s) {
        return s != null && ISO_PREFIX.matcher(s).matches();
    }
}
