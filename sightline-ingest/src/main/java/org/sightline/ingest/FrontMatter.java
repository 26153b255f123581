package org.sightline.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * YAML front matter of a markdown file: the block between a first line "---" and the next line
 * "---" (or "..."). Keys are looked up case-insensitively.
 */
record FrontMatter(Map<String, Object> fields, String body) {
    private static final YAMLMapper YAML = new YAMLMapper();

    /** Why the front matter cannot be read. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Splits markdown (LF line ends) into front matter and body; no front matter gives no fields. */
    static FrontMatter split(String markdown) throws MalformedException {
        int firstEnd = lineEnd(markdown, 0);
        if (!markdown.substring(0, firstEnd).strip().equals("---")) {
            return new FrontMatter(Map.of(), markdown);
        }
        int start = Math.min(firstEnd + 1, markdown.length());
        for (int pos = start; pos < markdown.length(); ) {
            int end = lineEnd(markdown, pos);
            String line = markdown.substring(pos, end).strip();
            if (line.equals("---") || line.equals("...")) {
                Map<String, Object> fields = parse(markdown.substring(start, pos));
                return new FrontMatter(fields, markdown.substring(Math.min(end + 1, markdown.length())));
            }
            pos = end + 1;
        }
        throw new MalformedException("malformed front matter (no closing --- line)", null);
    }

    /** The value of a scalar field, the first of the given keys that has one; null if none. */
    String get(String... keys) {
        for (String key : keys) {
            Object value = fields.get(key.toLowerCase(Locale.ROOT));
            if (value != null && !(value instanceof Map) && !(value instanceof List)) {
                String s = value.toString().strip();
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        return null;
    }

    private static Map<String, Object> parse(String yaml) throws MalformedException {
        Object value;
        try {
            value = YAML.readValue(yaml.isBlank() ? "{}" : yaml, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " at line " + (at.getLineNr() + 1);
            String why = e.getOriginalMessage() == null ? "" : ": " + e.getOriginalMessage().lines().findFirst().orElse("");
            throw new MalformedException("malformed YAML front matter" + where + why, e);
        }
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new MalformedException("malformed front matter (not a list of key: value lines)", null);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.putIfAbsent(String.valueOf(k).toLowerCase(Locale.ROOT), v));
        return fields;
    }

    private static int lineEnd(String s, int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? s.length() : end;
    }
}
