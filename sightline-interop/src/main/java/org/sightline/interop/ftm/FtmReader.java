package org.sightline.interop.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.ClaimType;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.EntityType;
import org.sightline.core.Stance;
import org.sightline.interop.imports.ImportedDocuments;
import org.sightline.interop.imports.ImportedFile;

/**
 * Reads back an FtM export that Sightline wrote ({@link FtmWriter}): entities by their
 * description's type and knowledge-base lines, claims by their {@link ClaimDescription}, the quote
 * from {@code summary}, the ends from the properties {@code ftm.yaml} puts them in. FtM from
 * elsewhere (OpenSanctions) is what {@code FtmImporter} in sightline-resolve reads.
 */
public final class FtmReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FtmMapping mapping;

    public FtmReader() {
        this(FtmMapping.bundled());
    }

    public FtmReader(FtmMapping mapping) {
        this.mapping = mapping;
    }

    /** Whether the file's first entity says it is a Sightline export (dataset "sightline"). */
    public static boolean isSightlineExport(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    try {
                        JsonNode json = JSON.readTree(line);
                        for (JsonNode d : json.path("datasets")) {
                            if (FtmWriter.DATASET.equals(d.asText())) {
                                return true;
                            }
                        }
                    } catch (IOException e) {
                        return false;
                    }
                    return false;
                }
            }
        }
        return false;
    }

    public ImportedFile read(Path file) throws IOException {
        List<ImportedFile.Problem> problems = new ArrayList<>();
        List<JsonNode> claimLines = new ArrayList<>();
        List<Long> claimLineNumbers = new ArrayList<>();
        ImportedDocuments docs = new ImportedDocuments();
        int read = 0;
        int imported = 0;
        long number = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                read++;
                JsonNode json;
                try {
                    json = JSON.readTree(line);
                } catch (IOException e) {
                    problems.add(new ImportedFile.Problem(number, "not JSON"));
                    continue;
                }
                String description = first(json, "description");
                if (description != null && description.startsWith(FtmWriter.ENTITY_FIRST)) {
                    docs.entity(entity(json, description));
                    imported++;
                } else if (description != null && description.startsWith(ClaimDescription.FIRST)) {
                    claimLines.add(json);
                    claimLineNumbers.add(number);
                } else {
                    problems.add(new ImportedFile.Problem(number, "not an entity or claim Sightline wrote (no Sightline description)"));
                }
            }
        }
        Map<String, FtmMapping.Rule> rules = new HashMap<>();
        for (ClaimType t : ClaimType.values()) {
            for (EntityType s : EntityType.values()) {
                for (EntityType o : EntityType.values()) {
                    FtmMapping.Rule r = mapping.rule(t, s, o);
                    rules.putIfAbsent(r.schema(), r);
                }
            }
        }
        for (int i = 0; i < claimLines.size(); i++) {
            JsonNode json = claimLines.get(i);
            try {
                ClaimDescription d = ClaimDescription.parse(first(json, "description"));
                FtmMapping.Rule rule = rules.get(json.path("schema").asText());
                if (rule == null) {
                    throw new IllegalArgumentException("schema " + json.path("schema").asText() + " is not one Sightline writes claims as");
                }
                String subject = rule.authority() ? d.subjectId() : first(json, rule.source());
                String object = first(json, rule.target());
                String quote = first(json, "summary");
                if (subject == null || object == null || quote == null) {
                    throw new IllegalArgumentException("a claim without its subject, object or quote");
                }
                DocumentMetadata meta = new DocumentMetadata(d.title(), d.outlet(), d.url(), d.published(), null, "text/plain");
                docs.claim(d.documentId(), meta, new ImportedDocuments.ImportedClaim(ClaimType.valueOf(d.claimType()), subject, object,
                        Stance.valueOf(d.stance()), d.speakerIds(), d.time(), d.confidence() == null ? 1.0 : d.confidence(),
                        d.attributes(), quote, 0));
                imported++;
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new ImportedFile.Problem(claimLineNumbers.get(i), String.valueOf(e.getMessage())));
            }
        }
        return new ImportedFile(docs.build(), problems, read, imported);
    }

    private static ImportedDocuments.ImportedEntity entity(JsonNode json, String description) {
        String[] lines = description.split("\n");
        EntityType type = EntityType.valueOf(lines[0].substring(FtmWriter.ENTITY_FIRST.length()).strip());
        String kb = null;
        for (String l : lines) {
            if (l.startsWith("Knowledge base: ")) {
                kb = l.substring("Knowledge base: ".length()).strip();
            }
        }
        List<String> aliases = new ArrayList<>();
        json.path("properties").path("alias").forEach(a -> aliases.add(a.asText()));
        return new ImportedDocuments.ImportedEntity(json.path("id").asText(), first(json, "name"), type, aliases, kb);
    }

    private static String first(JsonNode json, String property) {
        JsonNode v = json.path("properties").path(property);
        return v.isArray() && !v.isEmpty() ? v.get(0).asText() : null;
    }
}
