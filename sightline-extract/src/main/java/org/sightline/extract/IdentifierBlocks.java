package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.core.EntityType;
import org.sightline.core.Names;

/**
 * Reads the identifier blocks of sanctions notices ({@code rules/identifiers.yaml}): the name,
 * its a.k.a.s, its titles, and where the labelled fields lie, so that no field becomes a name.
 */
final class IdentifierBlocks {
    /** A label's kind. */
    enum Kind { AKA, TITLE, PERSON, OTHER }

    /** One labelled value: [start, end) characters of the text. */
    record Field(Kind kind, String label, int start, int end) {
    }

    /**
     * One block: the name ([nameStart, nameEnd) characters, as the text writes it, and as a name),
     * its other names, its fields, and the characters its fields cover.
     */
    record Block(int nameStart, int nameEnd, String name, EntityType type, List<String> aliases, List<Field> fields,
                 int fieldsStart, int fieldsEnd) {
    }

    private record Label(String text, Kind kind) {
    }

    private final Pattern labels;
    private final java.util.Map<String, Kind> kindOf = new java.util.HashMap<>();
    private final Set<String> notNames = new LinkedHashSet<>();
    private final Lexicon lexicon;

    IdentifierBlocks(JsonNode file, Lexicon lexicon) {
        this.lexicon = lexicon;
        List<Label> all = new ArrayList<>();
        file.path("labels").fields().forEachRemaining(e -> e.getValue().forEach(
                l -> all.add(new Label(l.asText(), Kind.valueOf(e.getKey().toUpperCase(Locale.ROOT))))));
        all.sort(Comparator.comparingInt((Label l) -> -l.text.length()));
        // a label starts a word, or follows the lower-case end of the value before it ("MusawiAKA:"), never
        // the inside of a capitalised word ("KAKA AL-UBAYDI")
        StringBuilder sb = new StringBuilder("(?<![\\p{Lu}\\p{N}])(?:");
        boolean first = true;
        for (Label l : all) {
            kindOf.put(l.text, l.kind);
            sb.append(first ? "" : "|").append(Pattern.quote(l.text));
            first = false;
        }
        // "AKA:", "DOB #1:", "AKAs " (no colon, before a capital), "a.k.a. "
        labels = Pattern.compile(sb.append(")(?:\\s*#\\s*\\d+)?(?:\\s*:|(?<=AKAs|AKA|a\\.k\\.a\\.)\\s+(?=\\p{Lu}))").toString());
        file.path("notNames").forEach(n -> notNames.add(n.asText()));
    }

    /** The blocks of a text, in order. */
    List<Block> find(String text) {
        List<Block> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            readLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** The blocks that start on one line (a line may hold the end of one block and the next). */
    private void readLine(String text, int lineStart, int lineEnd, List<Block> out) {
        String line = text.substring(lineStart, lineEnd);
        List<int[]> found = new ArrayList<>();
        Matcher m = labels.matcher(line);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty() || !strongLine(line, found)) {
            return;
        }
        // each a.k.a. or Name label that follows a run of capitals (or opens the line) starts a block
        int i = 0;
        while (i < found.size()) {
            int[] label = found.get(i);
            String labelText = labelText(line, label);
            Kind kind = kindOf.getOrDefault(labelText, Kind.OTHER);
            int nameStart;
            int nameEnd;
            int fieldsFrom;
            if (labelText.equals("Name")) {
                nameStart = skipSpace(line, label[1]);
                nameEnd = i + 1 < found.size() ? found.get(i + 1)[0] : line.length();
                fieldsFrom = i + 1;
            } else if (kind == Kind.AKA || i == 0) {
                int[] caps = capitalsBefore(line, label[0], i == 0 ? 0 : found.get(i - 1)[1]);
                if (caps == null) {
                    if (i == 0) {
                        // the name is the heading line above: "ABU MUSTAFA AL-SHEIBANI" / "AKAs: ..."
                        int[] heading = headingAbove(text, lineStart);
                        if (heading == null) {
                            return;
                        }
                        nameStart = heading[0] - lineStart;
                        nameEnd = heading[1] - lineStart;
                    } else {
                        i++;
                        continue;
                    }
                } else {
                    nameStart = caps[0];
                    nameEnd = caps[1];
                }
                fieldsFrom = i;
            } else {
                i++;
                continue;
            }
            int next = fieldsFrom;
            while (next < found.size() && (next == fieldsFrom || !startsBlock(line, found, next))) {
                next++;
            }
            List<Field> fields = new ArrayList<>();
            for (int f = fieldsFrom; f < next; f++) {
                int[] l = found.get(f);
                int valueEnd = f + 1 < found.size() ? found.get(f + 1)[0] : line.length();
                if (f + 1 == next && next < found.size()) {
                    int[] caps = capitalsBefore(line, found.get(next)[0], l[1]);
                    valueEnd = caps != null ? caps[0] : valueEnd;
                }
                String lt = labelText(line, l);
                valueEnd = Math.min(valueEnd, proseStart(line, l[1], valueEnd, f + 1 == found.size()));
                fields.add(new Field(kindOf.getOrDefault(lt, Kind.OTHER), lt, lineStart + l[1], lineStart + valueEnd));
            }
            Block b = block(text, lineStart + nameStart, lineStart + nameEnd, fields);
            if (b != null) {
                out.add(b);
            }
            i = next;
        }
    }

    private static final Pattern PROSE = Pattern.compile("\\.\\s+(?=\\p{Lu})|\\s(?=\\p{Lu}[\\p{L}.]+-based\\s)");
    private static final int LAST_VALUE_MAX = 160;

    /**
     * Where the prose that follows a block on the same line begins ("... Tehran, Iran Iran-based
     * Ahmed Foruzandeh, a Brigadier General ..."): a sentence end, or an "X-based" that opens a
     * sentence about the designee; the last value of a line is at most a few words long.
     */
    private static int proseStart(String line, int from, int to, boolean last) {
        Matcher m = PROSE.matcher(line).region(from, to);
        int end = m.find() ? m.start() + (line.charAt(m.start()) == '.' ? 1 : 0) : to;
        if (last && end - from > LAST_VALUE_MAX) {
            int cut = line.lastIndexOf(' ', from + LAST_VALUE_MAX);
            end = cut > from ? cut : from + LAST_VALUE_MAX;
        }
        return end;
    }

    /** A line of fields: a name-bearing label (a.k.a., Name) or a person's particulars. */
    private boolean strongLine(String line, List<int[]> found) {
        for (int[] l : found) {
            Kind k = kindOf.getOrDefault(labelText(line, l), Kind.OTHER);
            String t = labelText(line, l);
            if (k == Kind.AKA || k == Kind.PERSON || t.equals("Name")) {
                return true;
            }
        }
        return false;
    }

    private boolean startsBlock(String line, List<int[]> found, int i) {
        String t = labelText(line, found.get(i));
        if (t.equals("Name")) {
            return true;
        }
        return kindOf.getOrDefault(t, Kind.OTHER) == Kind.AKA
                && capitalsBefore(line, found.get(i)[0], found.get(i - 1)[1]) != null;
    }

    private String labelText(String line, int[] label) {
        String t = line.substring(label[0], label[1]).replaceAll("\\s*#\\s*\\d+", "").replace(":", "").strip();
        return t;
    }

    /**
     * The run of upper-case words right before a label ("AHMED FORUZANDEH AKAs:", "... Syria AL-RA'Y
     * SATELLITE TELEVISION CHANNEL AKAs:"), within [from, at), or null.
     */
    private int[] capitalsBefore(String line, int at, int from) {
        int end = at;
        while (end > from && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int start = end;
        int letters = 0;
        while (start > from) {
            char c = line.charAt(start - 1);
            if (Character.isLetter(c) && Character.isLowerCase(c)) {
                break;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
            start--;
        }
        // the run may begin inside the previous value's last word ("SyriaAL-RA'Y"): start at a word
        while (start < end && !Character.isLetter(line.charAt(start)) && line.charAt(start) != '(') {
            start++;
        }
        if (start < end && start > from && Character.isLetter(line.charAt(start - 1))) {
            start++;
            while (start < end && line.charAt(start) != ' ') {
                start++;
            }
        }
        String run = line.substring(Math.min(start, end), end).strip();
        if (letters < 4 || run.split("\\s+").length > 10 || !run.matches(".*\\p{Lu}{2}.*") || notNames.contains(run)) {
            return null;
        }
        return new int[] {start, end};
    }

    /** A short upper-case heading line right above a line of fields, or null. */
    private int[] headingAbove(String text, int lineStart) {
        int end = lineStart - 1;
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        if (end <= start) {
            return null;
        }
        String h = text.substring(start, end);
        for (String n : notNames) {
            if (h.startsWith(n + " ")) {
                start += n.length() + 1;
                h = h.substring(n.length() + 1);
            }
        }
        if (h.isBlank() || h.length() > 80 || !h.equals(h.toUpperCase(Locale.ROOT)) || notNames.contains(h.strip())) {
            return null;
        }
        return new int[] {start, end};
    }

    private Block block(String text, int nameStart, int nameEnd, List<Field> fields) {
        String raw = text.substring(nameStart, nameEnd).strip();
        nameStart = nameStart + text.substring(nameStart, nameEnd).indexOf(raw);
        nameEnd = nameStart + raw.length();
        List<String> aliases = new ArrayList<>();
        // "ISMA'IL HAFIZ AL LAMI (ABU DURA)": the parenthesis is another name
        Matcher paren = Pattern.compile("\\(([^)]+)\\)").matcher(raw);
        String name = raw;
        while (paren.find()) {
            aliases.add(readable(paren.group(1)));
            name = name.replace(paren.group(0), " ");
        }
        name = readable(name.replaceAll("\\s+", " ").strip());
        if (name.length() < 3 || notNames.contains(raw)) {
            return null;
        }
        boolean person = false;
        int fieldsStart = fields.isEmpty() ? nameEnd : fields.get(0).start();
        int fieldsEnd = fields.isEmpty() ? nameEnd : fields.get(fields.size() - 1).end();
        for (Field f : fields) {
            if (f.kind() == Kind.AKA) {
                aliases.addAll(splitNames(text.substring(f.start(), f.end())));
            }
            person |= f.kind() == Kind.PERSON;
        }
        // a body's name ends in a word of bodies ("... Television Station"); a person has particulars
        String last = name.substring(name.lastIndexOf(' ') + 1);
        EntityType type = lexicon.isOrganizationHead(last) ? lexicon.organizationType(last)
                : person || name.split(" ").length <= 4 ? EntityType.PERSON : EntityType.ORGANIZATION;
        String key = Names.key(name);
        aliases.removeIf(a -> Names.key(a).equals(key) || a.length() < 3 || kindOf.containsKey(a));
        return new Block(nameStart, nameEnd, name, type, List.copyOf(new LinkedHashSet<>(aliases)), fields, fieldsStart, fieldsEnd);
    }

    /**
     * The names of an a.k.a. field: separated by semicolons, or glued where a lower-case letter (or
     * a closing quote) runs into a capital ("Ahmad ForuzandehAhmad Fruzandah") or two capitals into
     * a word ("Alzawraa TVAl-Zawraa TV").
     */
    static List<String> splitNames(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split("[;\\n]|\\s{2,}|,\\s")) {
            for (String name : part.split("(?<=[\\p{Ll})\"])(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})")) {
                String n = name.replaceAll("^[\\s\"'`,.]+|[\\s\"'`,]+$", "").strip();
                if (n.length() >= 3 && Character.isLetter(n.charAt(0))) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** "AHMED FORUZANDEH" → "Ahmed Foruzandeh", "AL-SHEIBANI" → "Al-Sheibani"; mixed case stays. */
    static String readable(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        char before = ' ';
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(start && !(sb.length() > 0 && SMALL.contains(wordAt(name, sb.length()))) ? Character.toUpperCase(c) : c);
            // "Al-Kabi", "'Abbas" (an apostrophe that opens a word), but "Isma'il"
            start = c == ' ' || c == '-' || c == '(' || c == '\'' && before == ' ';
            before = c;
        }
        return sb.toString();
    }

    private static final Set<String> SMALL = Set.of("for", "and", "of", "the", "in", "bin", "ibn");

    /** The lower-case word of {@code s} that starts at {@code i}. */
    private static String wordAt(String s, int i) {
        int e = i;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            e++;
        }
        return s.substring(i, e).toLowerCase(Locale.ROOT);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
