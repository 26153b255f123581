package org.sightline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The job's output: flat tables, one folder of Parquet files each, cut from the per-document rows
 * by narrow transformations only. So part k of every table holds the documents of part k of
 * {@code documents} (in the same order), which is what lets {@code sightline load} rebuild each
 * document's extraction reading one part at a time. Schema: docs/ARCHITECTURE.md.
 */
final class OutputTables {
    private OutputTables() {
    }

    static Map<String, Dataset<Row>> of(Dataset<Row> rows) {
        Dataset<Row> ok = rows.filter(col("error").isNull());
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put("documents", ok.select(col("doc_id"), col("path"), col("title"), col("source"), col("url"),
                col("published"), col("media_type"), col("text")));
        tables.put("entities", exploded(ok, "entities", "e").select(col("doc_id"), col("ordinal"),
                col("e.entity_id"), col("e.name"), col("e.type"), col("e.aliases"), col("e.kb_id")));
        tables.put("mentions", exploded(ok, "mentions", "m").select(col("doc_id"), col("ordinal"),
                col("m.entity_id"), col("m.span_start"), col("m.span_end"), col("m.text")));
        Dataset<Row> claims = exploded(ok, "claims", "c");
        tables.put("claims", claims.select(col("doc_id"), col("ordinal"), col("c.claim_id"), col("c.type"),
                col("c.subject_id"), col("c.object_id"), col("c.stance"), col("c.attributed_to"), col("c.time"),
                col("c.confidence"), col("c.attributes")));
        tables.put("evidence", claims.select(col("doc_id"), col("c.claim_id"), col("c.quote"), col("c.span_start"),
                col("c.span_end"), col("c.sentence_start"), col("c.sentence_end")));
        tables.put("errors", rows.filter(col("error").isNotNull()).select(col("path"), col("error")));
        return tables;
    }

    private static Dataset<Row> exploded(Dataset<Row> ok, String array, String as) {
        Column pos = posexplode(col(array)).as(new String[] {"ordinal", as});
        return ok.select(col("doc_id"), pos);
    }
}
