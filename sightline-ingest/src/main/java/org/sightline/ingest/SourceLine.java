package org.sightline.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet named on an article's last line, as copied articles often end: "Source » iranbriefing"
 * or "Source: Reuters". The line stays in the text; it is attribution the extractor may use.
 */
final class SourceLine {
    private static final Pattern LINE = Pattern.compile("(?i)source\\s*(?:»|>>|:)\\s*(\\S.{0,199})");

    private SourceLine() {
    }

    /** The source named on the last line of normalised text, or null. */
    static String find(String text) {
        String last = text.substring(text.lastIndexOf('\n') + 1).strip();
        Matcher m = LINE.matcher(last);
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1).strip();
        String host = host(name);
        return host != null ? host : name;
    }

    /** The host of a URL, without "www.", or null if the text is not an http(s) URL. */
    static String host(String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
