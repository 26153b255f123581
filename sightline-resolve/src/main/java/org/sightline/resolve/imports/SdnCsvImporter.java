package org.sightline.resolve.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.EntityType;
import org.sightline.core.Span;

/**
 * Imports OFAC's legacy SDN CSV (sdn.csv: no header, twelve columns, {@code -0- } for empty).
 *
 * <p>The whole file is one {@link Document}. Each row becomes an entity (kbId
 * {@code ofac-sdn-<ent_num>}) and a DESIGNATED claim from the Office of Foreign Assets Control;
 * each {@code Linked To: X} in the remarks becomes an ASSOCIATED_WITH claim to the row named X
 * (or to a new ORGANIZATION when no row is). Evidence is always the row's exact span.
 * Malformed rows are reported with their line numbers and skipped.
 */
public final class SdnCsvImporter {
    public static final String AUTHORITY = "Office of Foreign Assets Control";
    public static final String AUTHORITY_KB_ID = "us-ofac";
    public static final String KB_PREFIX = "ofac-sdn-";
    static final int COLUMNS = 12;

    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern PROGRAM_SEPARATOR = Pattern.compile("\\]\\s*\\[");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");
    private static final String[] VESSEL_COLUMNS = {null, null, null, null, "title", "call_sign", "vessel_type",
        "tonnage", "grt", "vessel_flag", "vessel_owner", null};

    private record Row(long line, Span span, Span nameSpan, String entNum, String name, String type,
                       List<String> programs, String[] columns, SdnRemarks.Parsed remarks) {
    }

    public ImportResult read(Path file) throws IOException {
        String text = ImportText.decode(Files.readAllBytes(file));
        Document doc = Document.of(text, metadata(file));
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Long> entNums = new HashMap<>();
        int read = 0;
        CsvScanner scanner = new CsvScanner(text, COLUMNS);
        while (scanner.hasNext()) {
            CsvScanner.CsvRecord rec = scanner.next();
            if (isBlank(rec.span().of(text))) {
                continue; // empty lines and the trailing Ctrl-Z end-of-file byte
            }
            read++;
            String error = rec.error();
            if (error == null && rec.fields().size() != COLUMNS) {
                error = "expected " + COLUMNS + " columns, found " + rec.fields().size();
            }
            if (error != null) {
                problems.add(new ImportProblem(file, rec.line(), error));
                continue;
            }
            String[] c = new String[COLUMNS];
            for (int i = 0; i < COLUMNS; i++) {
                c[i] = clean(rec.fields().get(i));
            }
            if (!DIGITS.matcher(c[0]).matches()) {
                problems.add(new ImportProblem(file, rec.line(), "ent_num '" + c[0] + "' is not a number"));
                continue;
            }
            if (c[1].isEmpty()) {
                problems.add(new ImportProblem(file, rec.line(), "empty SDN_Name (ent_num " + c[0] + ")"));
                continue;
            }
            Long first = entNums.putIfAbsent(c[0], rec.line());
            if (first != null) {
                problems.add(new ImportProblem(file, rec.line(), "duplicate ent_num " + c[0] + " (first on line " + first + ")"));
                continue;
            }
            String rawName = rec.fieldSpans().get(1).of(text);
            Span nameSpan = rawName.equals(rec.fields().get(1)) && !c[1].isEmpty()
                    ? trimmed(text, rec.fieldSpans().get(1)) : null;
            rows.add(new Row(rec.line(), rec.span(), nameSpan, c[0], collapse(c[1]),
                    c[2].toLowerCase(Locale.ROOT), programs(c[3]), c, SdnRemarks.parse(c[11], c[4])));
        }

        ExtractionDraft draft = new ExtractionDraft(doc);
        String ofac = draft.addEntity(AUTHORITY, EntityType.GOVERNMENT_BODY, List.of("OFAC"), AUTHORITY_KB_ID);
        List<String> byOfac = List.of(ofac);
        Map<String, List<Integer>> byName = new HashMap<>(); // name key → row indexes (18 names are on two rows)
        List<String> ids = new ArrayList<>(rows.size());
        for (Row row : rows) {
            EntityType type = switch (row.type) {
                case "individual" -> EntityType.PERSON;
                case "vessel" -> EntityType.VESSEL;
                case "aircraft" -> EntityType.AIRCRAFT;
                default -> EntityType.ORGANIZATION;
            };
            String id = draft.addEntity(row.name, type, aliases(row, type), KB_PREFIX + row.entNum);
            if (row.nameSpan != null) {
                draft.addMention(id, row.nameSpan);
            }
            ids.add(id);
            byName.computeIfAbsent(key(row.name), k -> new ArrayList<>(1)).add(ids.size() - 1);
        }
        Map<String, String> created = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String id = ids.get(i);
            draft.addClaim(ClaimType.DESIGNATED, ofac, id, byOfac, null, designation(row), row.span);
            for (String target : row.remarks.linkedTo()) {
                Integer match = lookup(byName, target, rows, row);
                String other = match == null ? null : ids.get(match);
                if (other == null) {
                    String name = collapse(target);
                    other = created.computeIfAbsent(key(name),
                            k -> draft.addEntity(name, EntityType.ORGANIZATION, List.of(), null));
                }
                draft.addClaim(ClaimType.ASSOCIATED_WITH, id, other, byOfac, null, Map.of("relation", "linked to"), row.span);
            }
        }
        return new ImportResult(List.of(draft.build()), problems, read, rows.size());
    }

    private static DocumentMetadata metadata(Path file) {
        String name = file.getFileName().toString();
        return new DocumentMetadata("OFAC Specially Designated Nationals list (" + name + ")", AUTHORITY, null,
                dateIn(name), file.toString(), "text/csv");
    }

    /** The first valid yyyy-MM-dd in a file name, or null. */
    static String dateIn(String fileName) {
        Matcher m = DATE_IN_NAME.matcher(fileName);
        while (m.find()) {
            try {
                return LocalDate.parse(m.group(1)).toString();
            } catch (DateTimeParseException e) {
                // not a date; look further
            }
        }
        return null;
    }

    private static Map<String, String> designation(Row row) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("program", String.join("; ", row.programs));
        for (int i = 0; i < COLUMNS; i++) {
            if (VESSEL_COLUMNS[i] != null && !row.columns[i].isEmpty()) {
                attrs.put(VESSEL_COLUMNS[i], row.columns[i]);
            }
        }
        row.remarks.attributes().forEach((k, values) -> attrs.merge(k, String.join("; ", values), (a, b) -> a + "; " + b));
        return attrs;
    }

    private static List<String> aliases(Row row, EntityType type) {
        Set<String> out = new LinkedHashSet<>();
        if (type == EntityType.PERSON) {
            addNatural(out, row.name);
        }
        for (SdnRemarks.Alias alias : row.remarks.aliases()) {
            out.add(alias.name());
            if (type == EntityType.PERSON) {
                addNatural(out, alias.name());
            }
        }
        out.remove(row.name);
        return new ArrayList<>(out);
    }

    /** "AL-MUHANDIS, Abu Mahdi" → "Abu Mahdi AL-MUHANDIS"; "DELOS REYES, Feliciano, Jr." → "Feliciano DELOS REYES Jr.". */
    static String naturalOrder(String name) {
        if (name.indexOf(',') < 0) {
            return null;
        }
        String[] p = COMMA.split(name);
        if (p.length == 2 && !p[0].isEmpty() && !p[1].isEmpty()) {
            return p[1] + " " + p[0];
        }
        if (p.length == 3 && !p[0].isEmpty() && !p[1].isEmpty() && NAME_SUFFIXES.contains(p[2].toLowerCase(Locale.ROOT))) {
            return p[1] + " " + p[0] + " " + p[2];
        }
        return null;
    }

    private static void addNatural(Set<String> out, String name) {
        String natural = naturalOrder(name);
        if (natural != null) {
            out.add(natural);
        }
    }

    /**
     * A "Linked To:" name as a row: exact key, then with or without the period that ends the
     * remarks. Of two rows with that name, the one sharing a program with the linking row, then
     * the nearest ent_num (OFAC numbers related entries together): "MINISTRY OF STATE SECURITY"
     * is both North Korea's (DPRK3) and the Luhansk one (CAATSA - RUSSIA).
     */
    private static Integer lookup(Map<String, List<Integer>> byName, String target, List<Row> rows, Row from) {
        String k = key(target);
        List<Integer> found = byName.get(k);
        if (found == null) {
            found = byName.get(k + ".");
        }
        if (found == null && k.endsWith(".")) {
            found = byName.get(k.substring(0, k.length() - 1));
        }
        if (found == null) {
            return null;
        }
        Integer best = null;
        long bestScore = Long.MAX_VALUE;
        long fromNum = Long.parseLong(from.entNum);
        for (int i : found) {
            Row r = rows.get(i);
            boolean shares = r.programs.stream().anyMatch(from.programs::contains);
            long score = (shares ? 0 : 1L << 40) + Math.abs(Long.parseLong(r.entNum) - fromNum);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static String key(String name) {
        return collapse(name).toLowerCase(Locale.ROOT);
    }

    /** Runs of whitespace to one space, ends trimmed (without a regex: this runs per row). */
    static String collapse(String s) {
        StringBuilder sb = null;
        int n = s.length();
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c);
            if (sb == null) {
                if (!ws || (c == ' ' && i > 0 && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1)) && !Character.isWhitespace(s.charAt(i - 1)))) {
                    continue; // still identical to the input
                }
                sb = new StringBuilder(n).append(s, 0, i);
                int len = sb.length();
                while (len > 0 && sb.charAt(len - 1) == ' ') {
                    len--;
                }
                sb.setLength(len);
                space = len > 0;
                continue;
            }
            if (ws) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** "SDGT] [IRAQ3" → [SDGT, IRAQ3]: the list joins several programs with "] [". */
    static List<String> programs(String column) {
        List<String> out = new ArrayList<>();
        for (String p : PROGRAM_SEPARATOR.split(column)) {
            String s = p.replace("[", "").replace("]", "").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String clean(String field) {
        String s = field.strip();
        return s.equals("-0-") ? "" : s;
    }

    private static Span trimmed(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u001A' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
