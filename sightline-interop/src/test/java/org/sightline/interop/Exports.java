package org.sightline.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sightline.store.Store;

/** An export held in memory, for tests. */
record Exports(String text, ExportSummary summary) {
    static final ObjectMapper JSON = new ObjectMapper();

    static Exports of(Store store, ExportFormat format, ExportSelection selection, Markings markings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSummary summary = new Exporter(store, markings).export(selection, ExportWriters.of(format, out));
        return new Exports(out.toString(StandardCharsets.UTF_8), summary);
    }

    static Exports of(Store store, ExportFormat format) throws IOException {
        return of(store, format, ExportSelection.ALL, Markings.NONE);
    }

    JsonNode json() throws IOException {
        return JSON.readTree(text);
    }

    List<JsonNode> lines() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
