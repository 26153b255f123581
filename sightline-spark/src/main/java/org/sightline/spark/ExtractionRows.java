package org.sightline.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sightline.core.Claim;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Entity;
import org.sightline.core.Extraction;
import org.sightline.core.Mention;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One row per input file: the document with everything extracted from it nested inside, or the
 * error that stopped it. The job caches these rows and cuts them into the flat tables of
 * {@link OutputTables}; nothing outside the job sees this shape.
 */
final class ExtractionRows {
    private ExtractionRows() {
    }

    static final StructType ENTITY = new StructType(new StructField[] {
            field("entity_id", DataTypes.StringType, false),
            field("name", DataTypes.StringType, false),
            field("type", DataTypes.StringType, false),
            field("aliases", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("kb_id", DataTypes.StringType, true)});

    static final StructType MENTION = new StructType(new StructField[] {
            field("entity_id", DataTypes.StringType, false),
            field("span_start", DataTypes.IntegerType, false),
            field("span_end", DataTypes.IntegerType, false),
            field("text", DataTypes.StringType, false)});

    static final StructType CLAIM = new StructType(new StructField[] {
            field("claim_id", DataTypes.StringType, false),
            field("type", DataTypes.StringType, false),
            field("subject_id", DataTypes.StringType, false),
            field("object_id", DataTypes.StringType, false),
            field("stance", DataTypes.StringType, false),
            field("attributed_to", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("time", DataTypes.StringType, true),
            field("confidence", DataTypes.DoubleType, false),
            field("attributes", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false),
            field("quote", DataTypes.StringType, false),
            field("span_start", DataTypes.IntegerType, false),
            field("span_end", DataTypes.IntegerType, false),
            field("sentence_start", DataTypes.IntegerType, false),
            field("sentence_end", DataTypes.IntegerType, false)});

    static final StructType SCHEMA = new StructType(new StructField[] {
            field("path", DataTypes.StringType, false),
            field("error", DataTypes.StringType, true),
            field("doc_id", DataTypes.StringType, true),
            field("title", DataTypes.StringType, true),
            field("source", DataTypes.StringType, true),
            field("url", DataTypes.StringType, true),
            field("published", DataTypes.StringType, true),
            field("media_type", DataTypes.StringType, true),
            field("text", DataTypes.StringType, true),
            field("entities", DataTypes.createArrayType(ENTITY, false), true),
            field("mentions", DataTypes.createArrayType(MENTION, false), true),
            field("claims", DataTypes.createArrayType(CLAIM, false), true)});

    static Row error(String path, String error) {
        return RowFactory.create(path, error, null, null, null, null, null, null, null, null, null, null);
    }

    static Row of(Extraction x) {
        Document d = x.document();
        DocumentMetadata m = d.metadata();
        List<Row> entities = new ArrayList<>(x.entities().size());
        for (Entity e : x.entities()) {
            entities.add(RowFactory.create(e.id(), e.name(), e.type().name(), seq(e.aliases()), e.kbId()));
        }
        List<Row> mentions = new ArrayList<>(x.mentions().size());
        for (Mention mention : x.mentions()) {
            mentions.add(RowFactory.create(mention.entityId(), mention.span().start(), mention.span().end(), mention.text()));
        }
        List<Row> claims = new ArrayList<>(x.claims().size());
        for (Claim c : x.claims()) {
            claims.add(RowFactory.create(c.id(), c.type().name(), c.subject(), c.object(), c.stance().name(),
                    seq(c.attributedTo()), c.time(), c.confidence(), CollectionConverters.asScala(c.attributes()), c.evidence().quote(),
                    c.evidence().span().start(), c.evidence().span().end(),
                    c.evidence().sentence().start(), c.evidence().sentence().end()));
        }
        return RowFactory.create(m.path(), null, d.id(), m.title(), m.source(), m.url(), m.published(), m.mediaType(),
                d.text(), seq(entities), seq(mentions), seq(claims));
    }

    /** Spark's row encoder takes Scala collections only. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list);
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
