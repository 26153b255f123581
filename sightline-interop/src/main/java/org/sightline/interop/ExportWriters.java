package org.sightline.interop;

import java.io.IOException;
import java.io.OutputStream;
import org.sightline.interop.csv.CsvWriter;
import org.sightline.interop.ftm.FtmWriter;
import org.sightline.interop.graphml.GraphmlWriter;
import org.sightline.interop.stix.StixWriter;

/** The writer of each format. */
public final class ExportWriters {
    private ExportWriters() {
    }

    public static ExportWriter of(ExportFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case FTM -> new FtmWriter(out);
            case STIX -> new StixWriter(out);
            case GRAPHML -> new GraphmlWriter(out);
            case CSV -> new CsvWriter(out);
        };
    }
}
