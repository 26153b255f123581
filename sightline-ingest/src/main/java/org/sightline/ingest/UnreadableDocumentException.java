package org.sightline.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that cannot be turned into a document. The message is one line, "file: reason", so a
 * command line tool can print it as it is.
 */
public class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public UnreadableDocumentException(Path file, String reason) {
        this(file, reason, null);
    }

    public UnreadableDocumentException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
