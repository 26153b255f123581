package org.sightline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.DocumentIds;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Entity;
import org.sightline.core.EntityType;
import org.sightline.core.Evidence;
import org.sightline.core.Extraction;
import org.sightline.core.Mention;
import org.sightline.core.Span;
import org.sightline.core.Stance;

/**
 * The Parquet tables {@code sightline-spark} writes (schema in docs/ARCHITECTURE.md), read back
 * into one {@link Extraction} per document. The job writes every table from the same partitions
 * by narrow transformations, so part k of each table holds the rows of the documents in part k of
 * {@code documents}: reading one part of each table at a time keeps memory to one part's rows.
 */
final class SparkOutput {
    static final List<String> TABLES = List.of("documents", "entities", "mentions", "claims", "evidence", "errors");
    private static final Pattern PART = Pattern.compile("part-(\\d+)-.*\\.parquet");

    /** One document of the output: its extraction, or why it could not be rebuilt. */
    record Item(String documentId, String part, Extraction extraction, String problem) {
    }

    /** A path the job could not read or extract, and why (the {@code errors} table). */
    record JobError(String path, String error) {
    }

    private final Path dir;

    SparkOutput(Path dir) {
        this.dir = dir;
        for (String table : TABLES) {
            Path t = dir.resolve(table);
            if (!Files.isDirectory(t)) {
                throw new IllegalArgumentException(dir + " is not the output of sightline-spark (no " + table + " table)");
            }
            // Spark writes _SUCCESS last: without it the job stopped part-way and the tables may disagree
            if (!Files.exists(t.resolve("_SUCCESS"))) {
                throw new IllegalArgumentException(t + " is incomplete (no _SUCCESS): the job did not finish; run it again");
            }
        }
    }

    /** The number of documents, read from the files' footers (cheap). */
    long documentCount() {
        long n = 0;
        for (List<Path> files : parts("documents").values()) {
            for (Path f : files) {
                n += ParquetFile.rowCount(f);
            }
        }
        return n;
    }

    List<JobError> errors() {
        List<JobError> out = new ArrayList<>();
        for (List<Path> files : parts("errors").values()) {
            for (Path f : files) {
                ParquetFile.forEachRow(f, r -> out.add(new JobError(ParquetFile.string(r, "path"), ParquetFile.string(r, "error"))));
            }
        }
        return out;
    }

    /** Every document, part by part, in the order the job wrote them. */
    void forEach(java.util.function.Consumer<Item> each) {
        Map<Integer, List<Path>> documents = parts("documents");
        Map<String, Map<Integer, List<Path>>> others = new HashMap<>();
        for (String table : List.of("entities", "mentions", "claims", "evidence")) {
            others.put(table, parts(table));
        }
        for (Map.Entry<Integer, List<Path>> part : documents.entrySet()) {
            int k = part.getKey();
            Map<String, List<Group>> entities = byDocument(others.get("entities").get(k));
            Map<String, List<Group>> mentions = byDocument(others.get("mentions").get(k));
            Map<String, List<Group>> claims = byDocument(others.get("claims").get(k));
            Map<String, List<Group>> evidence = byDocument(others.get("evidence").get(k));
            for (Path file : part.getValue()) {
                String partName = dir.relativize(file).toString();
                ParquetFile.forEachRow(file, row -> {
                    String id = ParquetFile.string(row, "doc_id");
                    Extraction x;
                    try {
                        x = extraction(row, entities.getOrDefault(id, List.of()), mentions.getOrDefault(id, List.of()),
                                claims.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of()));
                    } catch (RuntimeException e) {
                        each.accept(new Item(id, partName, null, "cannot rebuild the extraction (" + e.getMessage() + ")"));
                        return;
                    }
                    each.accept(new Item(id, partName, x, null));
                });
            }
        }
    }

    private static Extraction extraction(Group doc, List<Group> entityRows, List<Group> mentionRows,
                                         List<Group> claimRows, List<Group> evidenceRows) {
        String id = ParquetFile.string(doc, "doc_id");
        String text = ParquetFile.string(doc, "text");
        if (!id.equals(DocumentIds.of(text))) {
            throw new IllegalArgumentException("the text does not hash to the document id");
        }
        DocumentMetadata metadata = new DocumentMetadata(ParquetFile.string(doc, "title"), ParquetFile.string(doc, "source"),
                ParquetFile.string(doc, "url"), ParquetFile.string(doc, "published"), ParquetFile.string(doc, "path"),
                ParquetFile.string(doc, "media_type"));
        Document document = new Document(id, text, metadata);

        List<Entity> entities = new ArrayList<>();
        for (Group e : byOrdinal(entityRows)) {
            entities.add(new Entity(ParquetFile.string(e, "entity_id"), ParquetFile.string(e, "name"),
                    EntityType.valueOf(ParquetFile.string(e, "type")), ParquetFile.strings(e, "aliases"),
                    ParquetFile.string(e, "kb_id")));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Group m : byOrdinal(mentionRows)) {
            mentions.add(new Mention(ParquetFile.string(m, "entity_id"),
                    new Span(ParquetFile.integer(m, "span_start"), ParquetFile.integer(m, "span_end")), ParquetFile.string(m, "text")));
        }
        Map<String, Group> evidenceByClaim = new HashMap<>();
        evidenceRows.forEach(ev -> evidenceByClaim.putIfAbsent(ParquetFile.string(ev, "claim_id"), ev));
        List<Claim> claims = new ArrayList<>();
        for (Group c : byOrdinal(claimRows)) {
            String claimId = ParquetFile.string(c, "claim_id");
            Group ev = evidenceByClaim.get(claimId);
            if (ev == null) {
                throw new IllegalArgumentException("claim " + claimId + " has no evidence row");
            }
            Evidence evidence = new Evidence(id,
                    new Span(ParquetFile.integer(ev, "span_start"), ParquetFile.integer(ev, "span_end")),
                    ParquetFile.string(ev, "quote"),
                    new Span(ParquetFile.integer(ev, "sentence_start"), ParquetFile.integer(ev, "sentence_end")));
            claims.add(new Claim(claimId, ClaimType.valueOf(ParquetFile.string(c, "type")),
                    ParquetFile.string(c, "subject_id"), ParquetFile.string(c, "object_id"),
                    Stance.valueOf(ParquetFile.string(c, "stance")), ParquetFile.strings(c, "attributed_to"),
                    ParquetFile.string(c, "time"), c.getDouble("confidence", 0), ParquetFile.map(c, "attributes"), evidence));
        }
        return new Extraction(document, entities, mentions, claims);
    }

    /**
     * The rows in list order. Two files with the same text are one document id with two sets of
     * rows, the first file's first (narrow transformations keep order): the first one wins, as in
     * ingest, where the second file is "already stored".
     */
    private static List<Group> byOrdinal(List<Group> rows) {
        Map<Integer, Group> first = new TreeMap<>();
        rows.forEach(r -> first.putIfAbsent(ParquetFile.integer(r, "ordinal"), r));
        return new ArrayList<>(first.values());
    }

    private static Map<String, List<Group>> byDocument(List<Path> files) {
        Map<String, List<Group>> out = new HashMap<>();
        if (files != null) {
            for (Path f : files) {
                ParquetFile.forEachRow(f, r -> out.computeIfAbsent(ParquetFile.string(r, "doc_id"), k -> new ArrayList<>()).add(r));
            }
        }
        return out;
    }

    /** A table's files by part number (a part may have several files), in order. */
    private Map<Integer, List<Path>> parts(String table) {
        Map<Integer, List<Path>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve(table))) {
            files.sorted().forEach(f -> {
                Matcher m = PART.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(f);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(dir.resolve(table) + ": cannot list (" + e.getMessage() + ")", e);
        }
        return out;
    }
}
