package org.sightline.server;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a request's form fields and query parameters hold, read for a handler: a value that does
 * not parse answers 400 naming the field and what it must be. A bare {@code Enum.valueOf} or
 * {@code Long.parseLong} on a field throws an exception the server can only answer with 500
 * "internal error", which tells the user nothing and logs a stack trace for a typo.
 */
final class FormFields {
    /** Ids are positive numbers that fit a long; anything longer is no id we could have given out. */
    private static final String ID = "\\d{1,18}";

    private FormFields() {
    }

    /** A form field, stripped; null when absent or blank. A body the server cannot decode is the client's fault: 400. */
    static String form(Context ctx, String name) {
        String v;
        try {
            v = ctx.formParam(name);
        } catch (RuntimeException e) {
            throw new HttpError(400, "the form could not be read: " + e.getMessage());
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String formRequired(Context ctx, String name) {
        String v = form(ctx, name);
        if (v == null) {
            throw new HttpError(400, "\"" + name + "\" is required");
        }
        return v;
    }

    /** A required form field naming a constant of {@code type}, in any case. */
    static <E extends Enum<E>> E formEnum(Context ctx, String name, Class<E> type) {
        return parseEnum(name, formRequired(ctx, name), type);
    }

    /** A required form field holding an id. */
    static long formId(Context ctx, String name) {
        return parseId(name, formRequired(ctx, name));
    }

    /** An optional form field holding true or false (a select or checkbox); absent: false. */
    static boolean formBoolean(Context ctx, String name) {
        String v = form(ctx, name);
        if (v == null || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on")) {
            return true;
        }
        throw new HttpError(400, "\"" + name + "\" must be true or false, not \"" + shorten(v) + "\"");
    }

    /** An optional query parameter naming a constant of {@code type}, in any case; null when absent. */
    static <E extends Enum<E>> E queryEnum(Context ctx, String name, Class<E> type) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : parseEnum(name, v, type);
    }

    /** An optional whole-number query parameter within [min, max]; {@code dflt} when absent. */
    static int queryInt(Context ctx, String name, int dflt, int min, int max) {
        return parseInt(name, ctx.queryParam(name), dflt, min, max);
    }

    /** An optional whole-number form field within [min, max]; {@code dflt} when absent. */
    static int formInt(Context ctx, String name, int dflt, int min, int max) {
        return parseInt(name, form(ctx, name), dflt, min, max);
    }

    private static int parseInt(String name, String v, int dflt, int min, int max) {
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new HttpError(400, "\"" + name + "\" must be from " + min + " to " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new HttpError(400, "\"" + name + "\" must be a whole number from " + min + " to " + max + ", not \"" + shorten(v) + "\"");
        }
    }

    static <E extends Enum<E>> E parseEnum(String name, String v, Class<E> type) {
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new HttpError(400, "\"" + name + "\" must be one of " + allowed + ", not \"" + shorten(v) + "\"");
        }
    }

    static long parseId(String name, String v) {
        if (!v.strip().matches(ID)) {
            throw new HttpError(400, "\"" + name + "\" must be an id (a number), not \"" + shorten(v) + "\"");
        }
        return Long.parseLong(v.strip());
    }

    /** The value as echoed in a message: escaped where shown, but kept short so a long value does not fill the page. */
    private static String shorten(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
