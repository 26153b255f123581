package org.sightline.resolve.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.EntityType;
import org.sightline.core.Span;
import tech.followthemoney.model.Edge;
import tech.followthemoney.model.Model;
import tech.followthemoney.model.Schema;

/**
 * Imports FollowTheMoney entities as OpenSanctions publishes them: JSON lines, one entity each,
 * {@code {"id", "schema", "properties": {"name": [...], ...}, "caption", "datasets"}}.
 *
 * <p>Legal entities, vessels and airplanes (Person, Organization, Company, PublicBody,
 * LegalEntity, Vessel, Airplane and their descendants in the model) become entities with the
 * FtM id as kbId. Sanction, Membership, Directorship, Ownership, Family, Associate,
 * UnknownLink, Employment and Representation lines become claims; other schemata (Address,
 * Identification, Position, Payment...) are read and not imported. Evidence of every entity
 * claim is its JSON line. Attribution is the outlet (OpenSanctions by default); a sanction is
 * attributed to [authority, outlet].
 *
 * <p>A large file is cut into documents of at most {@code maxChunkChars} characters of whole
 * lines. An entity referred to from a chunk that does not hold its line is added to that chunk
 * as a stub (same kbId, its name and type), so a store that merges by kbId joins the chunks;
 * this needs a first pass over the file that collects id → (name, schema).
 *
 * <p>Why the {@code followthemoney} library: it ships the model (defaultModel.json) as a
 * versioned Maven artifact and resolves schema inheritance ({@link Schema#isA}) and each
 * relation schema's source and target property ({@link Edge}). Its entity classes are not
 * used: lines are parsed with Jackson so that offsets, tolerance of unknown properties and the
 * reporting of malformed lines stay here.
 */
public final class FtmImporter {
    public static final int DEFAULT_MAX_CHUNK_CHARS = 5_000_000;
    public static final String DEFAULT_OUTLET = "OpenSanctions";
    public static final String UNKNOWN_AUTHORITY = "unknown authority";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxChunkChars;
    private final String outlet;

    public FtmImporter() {
        this(DEFAULT_MAX_CHUNK_CHARS);
    }

    public FtmImporter(int maxChunkChars) {
        this(maxChunkChars, DEFAULT_OUTLET);
    }

    /**
     * @param maxChunkChars most characters of whole lines in one document (a longer line is a document alone)
     * @param outlet        who published the file, the outermost attribution of every claim
     */
    public FtmImporter(int maxChunkChars, String outlet) {
        if (maxChunkChars <= 0) {
            throw new IllegalArgumentException("maxChunkChars must be positive: " + maxChunkChars);
        }
        this.maxChunkChars = maxChunkChars;
        this.outlet = outlet;
    }

    /** What Sightline makes of a schema. */
    private enum Kind { ENTITY, RELATION, IGNORED }

    /** One physical line: its span without the terminator, and where the next line starts. */
    private record Line(long number, int start, int end, int next) {
    }

    /** A line that parsed, by id: enough to write a stub for it anywhere. */
    private record Node(String id, Schema schema, Kind kind, EntityType type, String name, int line) {
    }

    private static final class ModelHolder {
        static final FtmModel MODEL = FtmModel.load();
    }

    public ImportResult read(Path file) throws IOException {
        String text = ImportText.decode(Files.readAllBytes(file));
        FtmModel model = ModelHolder.MODEL;
        List<Line> lines = lines(text);
        List<ImportProblem> problems = new ArrayList<>();

        // Pass 1: every line parsed once; the id index the chunks and stubs need.
        Map<String, Node> nodes = new HashMap<>();
        Node[] byLine = new Node[lines.size()];
        int read = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String raw = text.substring(line.start, line.end);
            if (raw.isBlank()) {
                continue;
            }
            read++;
            JsonNode json;
            try {
                json = JSON.readTree(raw);
            } catch (JsonProcessingException e) {
                problems.add(new ImportProblem(file, line.number, notJson(e)));
                continue;
            }
            if (json == null || !json.isObject()) {
                problems.add(new ImportProblem(file, line.number, "not a JSON object"));
                continue;
            }
            String id = json.path("id").asText("").strip();
            if (id.isEmpty()) {
                problems.add(new ImportProblem(file, line.number, "no id"));
                continue;
            }
            String schemaName = json.path("schema").asText("").strip();
            if (schemaName.isEmpty()) {
                problems.add(new ImportProblem(file, line.number, "no schema (id '" + id + "')"));
                continue;
            }
            Schema schema = model.schema(schemaName);
            if (schema == null) {
                problems.add(new ImportProblem(file, line.number, "unknown schema '" + schemaName + "' (id '" + id + "')"));
                continue;
            }
            Kind kind = model.kind(schema);
            EntityType type = kind == Kind.ENTITY ? model.entityType(schema) : null;
            String name = null;
            if (kind == Kind.ENTITY) {
                List<String> names = values(json, "name");
                name = names.isEmpty() ? json.path("caption").asText("").strip() : names.get(0);
                if (name.isEmpty()) {
                    problems.add(new ImportProblem(file, line.number, schemaName + " '" + id + "' has no name"));
                    continue;
                }
            }
            Node node = new Node(id, schema, kind, type, name, i);
            Node first = nodes.putIfAbsent(id, node);
            if (first != null) {
                problems.add(new ImportProblem(file, line.number, "duplicate id '" + id + "' (first on line "
                        + lines.get(first.line).number + ")"));
                continue;
            }
            byLine[i] = node;
        }

        // Pass 2: documents of whole lines.
        List<int[]> chunks = chunks(lines);
        List<org.sightline.core.Extraction> extractions = new ArrayList<>();
        int imported = 0;
        for (int c = 0; c < chunks.size(); c++) {
            int from = chunks.get(c)[0];
            int to = chunks.get(c)[1];
            int offset = lines.get(from).start;
            int endOffset = lines.get(to - 1).next;
            String chunkText = text.substring(offset, endOffset);
            Document doc = Document.of(chunkText, metadata(file, c, chunks.size()));
            Chunk chunk = new Chunk(new ExtractionDraft(doc), offset);
            // Entities first, so a relation above its endpoints' lines still finds them here.
            for (int i = from; i < to; i++) {
                Node node = byLine[i];
                if (node != null && node.kind == Kind.ENTITY) {
                    chunk.addFull(node, parse(text, lines.get(i)), lines.get(i));
                    imported++;
                }
            }
            for (int i = from; i < to; i++) {
                Node node = byLine[i];
                if (node != null && node.kind == Kind.RELATION) {
                    if (chunk.addRelation(node, parse(text, lines.get(i)), lines.get(i), file, problems, nodes, lines, text)) {
                        imported++;
                    }
                }
            }
            extractions.add(chunk.draft.build());
        }
        problems.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new ImportResult(extractions, problems, read, imported);
    }

    /** The entities and claims of one document, with the FtM id → local id map for stubs. */
    private final class Chunk {
        final ExtractionDraft draft;
        final int offset;
        final Map<String, String> local = new HashMap<>();
        final Map<String, String> authorities = new HashMap<>();
        String outletId;

        Chunk(ExtractionDraft draft, int offset) {
            this.draft = draft;
            this.offset = offset;
        }

        String outlet() {
            if (outletId == null) {
                outletId = draft.addEntity(outlet, EntityType.ORGANIZATION, List.of(),
                        DEFAULT_OUTLET.equals(outlet) ? "opensanctions" : null);
            }
            return outletId;
        }

        void addFull(Node node, JsonNode json, Line line) {
            Set<String> aliases = new LinkedHashSet<>();
            List<String> names = values(json, "name");
            aliases.addAll(names.isEmpty() ? List.of() : names.subList(1, names.size()));
            for (String p : List.of("alias", "weakAlias", "previousName")) {
                aliases.addAll(values(json, p));
            }
            aliases.remove(node.name);
            String id = draft.addEntity(node.name, node.type, new ArrayList<>(aliases), node.id);
            local.put(node.id, id);
        }

        /** The local id of an FtM entity: its own line in this chunk, or a stub. */
        String entity(Node node) {
            return local.computeIfAbsent(node.id, k -> draft.addEntity(node.name, node.type, List.of(), node.id));
        }

        String authority(String name) {
            String key = SdnCsvImporter.collapse(name).toLowerCase(Locale.ROOT);
            return authorities.computeIfAbsent(key, k -> {
                boolean ofac = k.equals("office of foreign assets control") || k.equals("ofac")
                        || k.equals("us office of foreign assets control");
                boolean unknown = name.equals(UNKNOWN_AUTHORITY);
                return draft.addEntity(ofac ? SdnCsvImporter.AUTHORITY : name,
                        unknown ? EntityType.ORGANIZATION : EntityType.GOVERNMENT_BODY, List.of(),
                        ofac ? SdnCsvImporter.AUTHORITY_KB_ID : null);
            });
        }

        /** @return whether the line produced a claim */
        boolean addRelation(Node node, JsonNode json, Line line, Path file, List<ImportProblem> problems,
                            Map<String, Node> nodes, List<Line> lines, String text) {
            FtmModel model = ModelHolder.MODEL;
            String schemaName = node.schema.getName();
            String sourceProp = model.source(node.schema);
            String targetProp = model.target(node.schema);
            List<Node> sources = endpoints(json, sourceProp, node, file, line, problems, nodes);
            List<Node> targets = sourceProp.equals("entity") ? null : endpoints(json, targetProp, node, file, line, problems, nodes);
            if (sources == null || (targets == null && !sourceProp.equals("entity"))) {
                return false;
            }
            Span span = new Span(line.start - offset, line.end - offset);
            String time = time(json);
            boolean any = false;
            if (schemaName.equals("Sanction") || sourceProp.equals("entity")) {
                List<String> authorityNames = values(json, "authority");
                String authority = authority(authorityNames.isEmpty() ? UNKNOWN_AUTHORITY : authorityNames.get(0));
                for (Node sanctioned : sources) {
                    if (sanctioned.kind != Kind.ENTITY) {
                        continue; // a sanctioned security or address: not an entity Sightline keeps
                    }
                    Map<String, String> attrs = sanctionAttributes(json);
                    entityAttributes(parse(text, lines.get(sanctioned.line)), attrs);
                    draft.addClaim(ClaimType.DESIGNATED, authority, entity(sanctioned), List.of(authority, outlet()),
                            null, attrs, span);
                    any = true;
                }
                return any;
            }
            ClaimType type = model.claimType(node.schema);
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("relation", model.edgeLabel(node.schema));
            attrs.put("role", join(values(json, "role")));
            attrs.put("relationship", join(values(json, "relationship")));
            attrs.put("percentage", join(values(json, "percentage")));
            attrs.put("datasets", join(datasets(json)));
            for (Node s : sources) {
                for (Node t : targets) {
                    if (s.kind != Kind.ENTITY || t.kind != Kind.ENTITY) {
                        continue; // e.g. Ownership of a Security: no Sightline entity on that end
                    }
                    draft.addClaim(type, entity(s), entity(t), List.of(outlet()), time, attrs, span);
                    any = true;
                }
            }
            return any;
        }
    }

    /** The nodes a relation property points at; null (and a problem) when one is missing or unknown. */
    private static List<Node> endpoints(JsonNode json, String prop, Node relation, Path file, Line line,
                                        List<ImportProblem> problems, Map<String, Node> nodes) {
        List<String> ids = values(json, prop);
        String what = relation.schema.getName() + " '" + relation.id + "'";
        if (ids.isEmpty()) {
            problems.add(new ImportProblem(file, line.number, what + " has no " + prop));
            return null;
        }
        List<Node> out = new ArrayList<>();
        for (String id : ids) {
            Node n = nodes.get(id);
            if (n == null) {
                problems.add(new ImportProblem(file, line.number, what + ": " + prop + " '" + id + "' is not in the file"));
                return null;
            }
            out.add(n);
        }
        return out;
    }

    private static Map<String, String> sanctionAttributes(JsonNode json) {
        Map<String, String> a = new LinkedHashMap<>();
        List<String> program = values(json, "program");
        a.put("program", join(program.isEmpty() ? values(json, "programId") : program));
        a.put("date", first(json, "startDate", "listingDate", "date"));
        a.put("listing_date", join(values(json, "listingDate")));
        a.put("end_date", join(values(json, "endDate")));
        a.put("authority_id", join(values(json, "authorityId")));
        a.put("provisions", join(values(json, "provisions")));
        a.put("status", join(values(json, "status")));
        a.put("reason", join(values(json, "reason")));
        a.put("authority_country", join(values(json, "country")));
        a.put("source_url", join(values(json, "sourceUrl")));
        a.put("datasets", join(datasets(json)));
        return a;
    }

    /** Properties of the sanctioned entity that say who it is, as on an SDN designation. */
    private static void entityAttributes(JsonNode entity, Map<String, String> a) {
        String[][] map = {{"birthDate", "dob"}, {"birthPlace", "pob"}, {"nationality", "nationality"},
            {"citizenship", "citizenship"}, {"country", "country"}, {"gender", "gender"}, {"position", "title"},
            {"topics", "topics"}, {"idNumber", "ids"}, {"passportNumber", "ids"}, {"registrationNumber", "ids"},
            {"imoNumber", "ids"}};
        for (String[] m : map) {
            String v = join(values(entity, m[0]));
            if (!v.isEmpty()) {
                a.merge(m[1], v, (x, y) -> x + "; " + y);
            }
        }
        if (a.getOrDefault("program", "").isEmpty()) {
            a.put("program", join(values(entity, "program")));
        }
    }

    /** "since 2014-03", "until 2020", "2014-03/2020" (ISO-8601 interval), or null. */
    private static String time(JsonNode json) {
        String start = first(json, "startDate", "date");
        String end = first(json, "endDate");
        if (!start.isEmpty() && !end.isEmpty()) {
            return start + "/" + end;
        }
        if (!start.isEmpty()) {
            return "since " + start;
        }
        return end.isEmpty() ? null : "until " + end;
    }

    private static String first(JsonNode json, String... props) {
        for (String p : props) {
            List<String> v = values(json, p);
            if (!v.isEmpty()) {
                return v.get(0);
            }
        }
        return "";
    }

    /** A property's values: FtM writes arrays of strings; a single string is taken too. */
    static List<String> values(JsonNode json, String prop) {
        JsonNode v = json.path("properties").path(prop);
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode x : v) {
                String s = x.isValueNode() ? x.asText().strip() : "";
                if (!s.isEmpty() && !out.contains(s)) {
                    out.add(s);
                }
            }
        } else if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
            out.add(v.asText().strip());
        }
        return out;
    }

    private static List<String> datasets(JsonNode json) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : json.path("datasets")) {
            if (d.isTextual() && !d.asText().isBlank()) {
                out.add(d.asText());
            }
        }
        return out;
    }

    /** "not JSON at column 63: Unexpected end-of-input: expected close marker for Array", without Jackson's source note. */
    private static String notJson(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int cut = m.indexOf(" (start marker");
        if (cut < 0) {
            cut = m.indexOf('\n');
        }
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return "not JSON" + (column > 0 ? " at column " + column : "") + ": " + m.strip();
    }

    private static String join(List<String> values) {
        return String.join("; ", values);
    }

    private static JsonNode parse(String text, Line line) {
        try {
            return JSON.readTree(text.substring(line.start, line.end));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("line " + line.number + " parsed in the first pass and not now", e);
        }
    }

    private DocumentMetadata metadata(Path file, int chunk, int chunks) {
        String name = file.getFileName().toString();
        String title = "FollowTheMoney entities (" + name + ")" + (chunks > 1 ? ", part " + (chunk + 1) + " of " + chunks : "");
        return new DocumentMetadata(title, outlet, null, SdnCsvImporter.dateIn(name), file.toString(), "application/x-ndjson");
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        long number = 1;
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int next = nl < 0 ? n : nl + 1;
            int end = nl < 0 ? n : nl;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            out.add(new Line(number++, start, end, next));
            start = next;
        }
        return out;
    }

    /** [from, to) line indexes of each document: whole lines, at most maxChunkChars unless one line is longer. */
    private List<int[]> chunks(List<Line> lines) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (i > from && lines.get(i).next - lines.get(from).start > maxChunkChars) {
                out.add(new int[] {from, i});
                from = i;
            }
        }
        if (from < lines.size()) {
            out.add(new int[] {from, lines.size()});
        }
        return out;
    }

    /** The FtM model as this importer uses it: which schemata are entities, which relations, and their ends. */
    static final class FtmModel {
        private final Model model;
        private final Schema person;
        private final Schema publicBody;
        private final Schema vessel;
        private final Schema airplane;
        private final Schema legalEntity;
        private final Map<String, ClaimType> relations = new HashMap<>();

        private FtmModel(Model model) {
            this.model = model;
            person = model.getSchema("Person");
            publicBody = model.getSchema("PublicBody");
            vessel = model.getSchema("Vessel");
            airplane = model.getSchema("Airplane");
            legalEntity = model.getSchema("LegalEntity");
            relations.put("Sanction", ClaimType.DESIGNATED);
            relations.put("Membership", ClaimType.MEMBER_OF);
            relations.put("Employment", ClaimType.MEMBER_OF);
            relations.put("Directorship", ClaimType.LEADS);
            relations.put("Ownership", ClaimType.CONTROLS);
            relations.put("Family", ClaimType.ASSOCIATED_WITH);
            relations.put("Associate", ClaimType.ASSOCIATED_WITH);
            relations.put("UnknownLink", ClaimType.ASSOCIATED_WITH);
            relations.put("Representation", ClaimType.ASSOCIATED_WITH);
        }

        static FtmModel load() {
            try {
                return new FtmModel(Model.loadDefault());
            } catch (IOException e) {
                throw new UncheckedIOException("the followthemoney jar's defaultModel.json cannot be read", e);
            }
        }

        Schema schema(String name) {
            return model.getSchema(name);
        }

        Kind kind(Schema s) {
            if (s.isA(legalEntity) || s.isA(vessel) || s.isA(airplane)) {
                return Kind.ENTITY;
            }
            return relationOf(s) != null ? Kind.RELATION : Kind.IGNORED;
        }

        EntityType entityType(Schema s) {
            if (s.isA(person)) {
                return EntityType.PERSON;
            }
            if (s.isA(publicBody)) {
                return EntityType.GOVERNMENT_BODY;
            }
            if (s.isA(vessel)) {
                return EntityType.VESSEL;
            }
            if (s.isA(airplane)) {
                return EntityType.AIRCRAFT;
            }
            return EntityType.ORGANIZATION;
        }

        /** The relation schema s is or descends from, by name; null when none. */
        private String relationOf(Schema s) {
            if (relations.containsKey(s.getName())) {
                return s.getName();
            }
            for (String r : relations.keySet()) {
                Schema base = model.getSchema(r);
                if (base != null && s.isA(base)) {
                    return r;
                }
            }
            return null;
        }

        ClaimType claimType(Schema s) {
            return relations.get(relationOf(s));
        }

        String source(Schema s) {
            return s.getEdge().map(e -> e.getSourceProperty().getName()).orElse("entity");
        }

        String target(Schema s) {
            return s.getEdge().map(e -> e.getTargetProperty().getName()).orElse("authority");
        }

        String edgeLabel(Schema s) {
            return s.getEdge().map(Edge::getLabel).orElse(s.getLabel());
        }
    }
}
