package org.sightline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.MessageType;

/**
 * One local Parquet file read row by row with parquet-hadoop's own row API (no Spark, and of
 * Hadoop only the shaded client jars parquet-hadoop's classes link against).
 */
final class ParquetFile {
    private ParquetFile() {
    }

    static void forEachRow(Path file, Consumer<Group> each) {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalFile(file), ParquetReadOptions.builder().build())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
            PageReadStore rowGroup;
            while ((rowGroup = reader.readNextRowGroup()) != null) {
                RecordReader<Group> rows = io.getRecordReader(rowGroup, new GroupRecordConverter(schema));
                for (long i = 0, n = rowGroup.getRowCount(); i < n; i++) {
                    each.accept(rows.read());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read Parquet (" + e.getMessage() + ")", e);
        }
    }

    /** The number of rows, from the footer alone. */
    static long rowCount(Path file) {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalFile(file), ParquetReadOptions.builder().build())) {
            return reader.getRecordCount();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read Parquet (" + e.getMessage() + ")", e);
        }
    }

    /** The field's value, or null when the row has none. */
    static String string(Group row, String field) {
        return row.getFieldRepetitionCount(field) == 0 ? null : row.getString(field, 0);
    }

    static int integer(Group row, String field) {
        return row.getInteger(field, 0);
    }

    /** A Spark array&lt;string&gt;: group (LIST) { repeated group list { element } }. */
    static java.util.List<String> strings(Group row, String field) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (row.getFieldRepetitionCount(field) == 0) {
            return out;
        }
        Group list = row.getGroup(field, 0);
        for (int i = 0, n = list.getFieldRepetitionCount("list"); i < n; i++) {
            out.add(string(list.getGroup("list", i), "element"));
        }
        return out;
    }

    /** A Spark map&lt;string,string&gt;: group (MAP) { repeated group key_value { key, value } }. */
    static java.util.Map<String, String> map(Group row, String field) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (row.getFieldRepetitionCount(field) == 0) {
            return out;
        }
        Group map = row.getGroup(field, 0);
        for (int i = 0, n = map.getFieldRepetitionCount("key_value"); i < n; i++) {
            Group kv = map.getGroup("key_value", i);
            out.put(string(kv, "key"), string(kv, "value"));
        }
        return out;
    }

    /** parquet-hadoop 1.13 has no local-file InputFile of its own (it came in 1.14). */
    private record LocalFile(Path path) implements InputFile {
        @Override
        public long getLength() throws IOException {
            return java.nio.file.Files.size(path);
        }

        @Override
        public SeekableInputStream newStream() throws IOException {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
            return new DelegatingSeekableInputStream(Channels.newInputStream(channel)) {
                @Override
                public long getPos() throws IOException {
                    return channel.position();
                }

                @Override
                public void seek(long newPos) throws IOException {
                    channel.position(newPos);
                }
            };
        }
    }
}
