package org.sightline.interop.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.interop.ExportContext;
import org.sightline.interop.ExportSummary;
import org.sightline.interop.ExportWriter;
import org.sightline.interop.ExportedClaim;
import org.sightline.interop.ExportedClaim.ExportedEntity;
import org.sightline.interop.MappingFile;
import org.sightline.interop.StableIds;
import org.sightline.store.StoredClaim;

/**
 * One row per claim, the columns of {@code csv.yaml}, RFC 4180 (CRLF between records, a field in
 * double quotes when it holds a comma, quote or line break, quotes doubled), UTF-8 without a byte
 * order mark. The attribution chain is innermost speaker first, joined by " < " (who passed it on).
 */
public final class CsvWriter implements ExportWriter {
    private final Writer out;
    private final List<String> columns;

    public CsvWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        List<String> c = new ArrayList<>();
        MappingFile.read("csv.yaml").path("columns").forEach(n -> c.add(n.asText()));
        this.columns = List.copyOf(c);
    }

    @Override
    public boolean countsSources() {
        return true;
    }

    @Override
    public void begin(ExportContext context) throws IOException {
        row(columns);
    }

    @Override
    public void claim(ExportedClaim x) throws IOException {
        StoredClaim c = x.claim();
        Map<String, String> v = new HashMap<>();
        v.put("claim_id", StableIds.ftm("claim", x.key()));
        v.put("type", c.type().name());
        v.put("subject", x.subject().entity().name());
        v.put("subject_type", x.subject().entity().type().name());
        v.put("object", x.object().entity().name());
        v.put("object_type", x.object().entity().type().name());
        v.put("stance", c.stance().name());
        v.put("attributed_to", String.join(" < ", x.attributedTo().stream().map(s -> s.entity().name()).toList()));
        v.put("quote", c.evidence().quote());
        v.put("document_title", x.title());
        v.put("document_url", x.document().metadata().url());
        v.put("document_id", c.evidence().documentId());
        v.put("published", x.published());
        v.put("time", c.time());
        v.put("confidence", String.valueOf(c.confidence()));
        v.put("independent_sources", String.valueOf(x.independentSources()));
        v.put("tlp", x.marking() == null ? "" : "TLP:" + x.marking());
        v.put("rejected", x.rejected() ? "yes" : "");
        List<String> fields = new ArrayList<>(columns.size());
        for (String col : columns) {
            fields.add(v.get(col));
        }
        row(fields);
    }

    @Override
    public void entity(ExportedEntity entity, String marking) {
        // A row per claim: the entities are in the claims' columns.
    }

    @Override
    public void end(ExportSummary summary) throws IOException {
        out.flush();
    }

    private void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i);
            if (f == null) {
                continue;
            }
            if (needsQuotes(f)) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
        out.write("\r\n");
    }

    private static boolean needsQuotes(String f) {
        for (int i = 0; i < f.length(); i++) {
            char ch = f.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }
}
