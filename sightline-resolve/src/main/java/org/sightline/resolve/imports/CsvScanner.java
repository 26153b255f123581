package org.sightline.resolve.imports;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.Span;

/**
 * Reads CSV records out of decoded text, keeping where each record and field sits. Quoted
 * fields may span lines and escape a quote by doubling it. A record that runs over several
 * lines only to end in a quoting error, or with a column count other than the expected one,
 * is taken as an unbalanced quote on its first line: that line is reported and reading
 * starts again on the next line, so one bad quote costs one row, not the rest of the file.
 */
final class CsvScanner {
    /**
     * One record. {@code span} covers the record without its line terminator; {@code fieldSpans}
     * cover each field's raw content (inside the quotes); {@code error} is null when it parsed.
     */
    record CsvRecord(long line, Span span, List<String> fields, List<Span> fieldSpans, String error) {
    }

    private final String text;
    private final int expectedColumns;
    private int pos;
    private long line = 1;

    CsvScanner(String text, int expectedColumns) {
        this.text = text;
        this.expectedColumns = expectedColumns;
    }

    boolean hasNext() {
        return pos < text.length();
    }

    CsvRecord next() {
        int start = pos;
        long startLine = line;
        Attempt a = parse(start);
        boolean multiLine = a.lines > 0;
        if (multiLine && (a.error != null || a.fields.size() != expectedColumns)) {
            int eol = endOfLine(start);
            pos = afterTerminator(eol);
            line = startLine + 1;
            return new CsvRecord(startLine, new Span(start, eol), List.of(), List.of(), "unbalanced quotes");
        }
        pos = afterTerminator(a.end);
        line = startLine + a.lines + 1;
        return new CsvRecord(startLine, new Span(start, a.end), a.fields, a.spans, a.error);
    }

    private static final class Attempt {
        final List<String> fields = new ArrayList<>(16);
        final List<Span> spans = new ArrayList<>(16);
        int end;
        int lines; // line terminators inside quoted fields
        String error;
    }

    private Attempt parse(int start) {
        Attempt a = new Attempt();
        int n = text.length();
        int i = start;
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                int contentStart = i + 1;
                StringBuilder sb = null; // only when a doubled quote makes the value differ from the text
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            if (sb == null) {
                                sb = new StringBuilder().append(text, contentStart, i);
                            }
                            sb.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        a.lines++;
                    }
                    if (sb != null) {
                        sb.append(c);
                    }
                    i++;
                }
                a.fields.add(sb == null ? text.substring(contentStart, i) : sb.toString());
                a.spans.add(new Span(contentStart, i));
                if (!closed) {
                    a.error = "unbalanced quotes";
                    a.end = i;
                    return a;
                }
                i++; // closing quote
                int after = i;
                while (i < n && text.charAt(i) == ' ') {
                    i++; // tolerate spaces between a closing quote and the comma
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    a.error = "stray quote: text after the closing quote of column " + a.fields.size();
                    a.end = endOfLine(after);
                    return a;
                }
            } else {
                int s = i;
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == ',' || c == '\r' || c == '\n') {
                        break;
                    }
                    i++;
                }
                a.fields.add(text.substring(s, i));
                a.spans.add(new Span(s, i));
            }
            if (i < n && text.charAt(i) == ',') {
                i++;
                continue;
            }
            a.end = i;
            return a;
        }
    }

    private int endOfLine(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private int afterTerminator(int eol) {
        int i = eol;
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }
}
