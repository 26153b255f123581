package org.sightline.ingest;

import java.text.Normalizer;

/**
 * The one place that decides what text extraction sees. Document ids hash this text, and
 * evidence offsets point into it, so every reader must go through here and the rules must not
 * drift: NFC; CRLF and CR to LF; NUL, other control characters and zero-width spaces dropped; tabs, no-break and
 * other Unicode spaces to plain spaces; trailing spaces removed from each line; runs of blank
 * lines collapsed to one blank line; leading and trailing whitespace trimmed.
 */
public final class TextNormaliser {
    private TextNormaliser() {
    }

    public static String normalise(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int newlines = 0;  // line ends since the last visible character
        int spaces = 0;    // spaces since the last visible character on this line
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && raw.charAt(i + 1) == '\n') {
                    continue; // the '\n' that follows ends the line
                }
                c = '\n';
            }
            if (c == '\n' || c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u0085') {
                newlines++;
                spaces = 0; // trailing spaces of the line just ended
            } else if (c == '\u2029') {
                newlines += 2;
                spaces = 0;
            } else if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
                spaces++;
            } else if (Character.getType(c) == Character.CONTROL || c == '\uFEFF' || c == '\u200B' || c == '\u2060') {
                // NUL and friends break downstream tools and carry no words; a stray BOM, a zero
                // width space or word joiner is invisible noise (joiners that shape words, such
                // as U+200C in Persian, stay).
            } else {
                if (out.length() > 0) {
                    out.append("\n\n", 0, Math.min(newlines, 2));
                    for (int k = 0; k < spaces; k++) {
                        out.append(' ');
                    }
                }
                newlines = 0;
                spaces = 0;
                out.append(c);
            }
        }
        // After the pass: removing controls can leave a base letter and a combining mark side by side.
        String text = out.toString();
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
