package org.sightline.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the bench inputs: quoted fields may hold commas, doubled quotes and
 * line breaks. Kept here rather than adding a CSV library for two bench files.
 */
final class Csv {
    private Csv() {
    }

    static List<List<String>> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    static List<List<String>> read(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        ch = (char) next;
                        // fall through to the unquoted handling of this character
                        if (handle(ch, row, field, rows)) {
                            row = new ArrayList<>();
                        }
                    }
                } else {
                    field.append(ch);
                }
                continue;
            }
            any = true;
            if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (handle(ch, row, field, rows)) {
                row = new ArrayList<>();
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return any || !rows.isEmpty() ? rows : List.of();
    }

    /** Handles one unquoted character; true when it ended a row. */
    private static boolean handle(char ch, List<String> row, StringBuilder field, List<List<String>> rows) {
        if (ch == ',') {
            row.add(field.toString());
            field.setLength(0);
        } else if (ch == '\n') {
            row.add(field.toString());
            field.setLength(0);
            rows.add(row);
            return true;
        } else if (ch != '\r') {
            field.append(ch);
        }
        return false;
    }
}
