package org.sightline.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Extraction;
import org.sightline.extract.Extractor;
import org.sightline.ingest.DocumentReader;
import org.sightline.ingest.UnreadableDocumentException;
import org.sightline.report.Ingestion;
import org.sightline.server.access.Collection;
import org.sightline.server.access.User;
import org.sightline.store.ClaimQuery;

/**
 * Ingests an uploaded file into the store and files it in a collection. A document already
 * stored is filed too and answered exactly as a new one, so that an upload never tells whether
 * the text was already held somewhere the uploader cannot read.
 */
final class Uploads {
    /** What an upload answers: the document, its title and how many claims it holds. */
    record Result(String documentId, String title, int claims, @com.fasterxml.jackson.annotation.JsonIgnore String collection,
                  @com.fasterxml.jackson.annotation.JsonIgnore boolean heldUnreadable) {
    }

    private final SightlineServer server;

    Uploads(SightlineServer server) {
        this.server = server;
    }

    Result ingest(User user, String fileName, InputStream content, long size, long collectionId, String source) throws IOException {
        if (size > server.options.maxUploadBytes()) {
            throw tooBig();
        }
        Collection collection = server.accounts.collection(collectionId)
                .filter(c -> server.visibility.readableCollections(user).contains(c.id()))
                .orElseThrow(() -> new HttpError(400, "no collection " + collectionId + " that you may file in"));
        String name = fileName == null || fileName.isBlank() ? "upload.txt" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        String suffix = name.contains(".") ? name.substring(name.lastIndexOf('.')).replaceAll("[^A-Za-z0-9.]", "") : ".txt";
        Path tmp = Files.createTempFile("sightline-upload-", suffix);
        try {
            long copied = Files.copy(content, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (copied > server.options.maxUploadBytes()) {
                throw tooBig();
            }
            Document read;
            try {
                read = new DocumentReader(server.options.maxUploadBytes()).read(tmp);
            } catch (UnreadableDocumentException e) {
                throw new HttpError(400, name + ": " + e.getMessage());
            }
            DocumentMetadata m = read.metadata();
            Document doc = Ingestion.withSource(new Document(read.id(), read.text(),
                    new DocumentMetadata(m.title(), m.source(), m.url(), m.published(), name, m.mediaType())), source);
            boolean stored = server.store.containsDocument(doc.id());
            boolean heldUnreadable = stored && !server.visibility.storeFor(user).readable(doc.id());
            // Filed before it is stored: a document in no collection is Shared, even for a moment.
            file(collection.id(), doc.id(), user.name(), doc.metadata());
            server.visibility.changed();
            if (!stored) {
                Extraction x = extractor().extract(doc);
                server.store.save(x);
                server.visibility.changed();
            }
            // The uploader's own title, never the stored one: that may come from a filing they cannot read.
            String title = m.title() != null && !m.title().isBlank() ? m.title() : name;
            int claims = server.store.claims(new ClaimQuery(null, null, doc.id(), 0)).size();
            return new Result(doc.id(), title, claims, collection.name(), heldUnreadable);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Files a document in a collection with the metadata it came with. A stored text filed nowhere
     * is Shared: it is first filed there, so that filing it elsewhere adds readers and never takes
     * it from Shared.
     */
    void file(long collectionId, String documentId, String filedBy, DocumentMetadata metadata) {
        if (server.store.containsDocument(documentId) && server.accounts.filingsOf(documentId).isEmpty()) {
            server.accounts.file(sharedId(), documentId, "(ingested unfiled)",
                    server.store.document(documentId).map(d -> d.metadata()).orElse(null));
        }
        server.accounts.file(collectionId, documentId, filedBy, metadata);
    }

    long serverMax() {
        return server.options.maxUploadBytes() + 64 * 1024;
    }

    long sharedId() {
        return server.accounts.shared().id();
    }

    void audit(io.javalin.http.Context ctx, Result r) {
        server.visibility.changed();
        // Not the title: admins read the log, and need not be members of the collection.
        server.audit(ctx, "UPLOAD", r.documentId(), "OK", "filed in " + r.collection()
                + (r.heldUnreadable() ? "; the text was already held in a collection the uploader cannot read" : ""));
    }

    HttpError tooBig() {
        return new HttpError(413, "the file is larger than the upload limit of "
                + server.options.maxUploadBytes() / (1024 * 1024) + " MB; ingest it with the sightline ingest command instead");
    }

    private Extractor extractor() {
        try {
            return server.extractor.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new HttpError(503, "the language models could not be loaded: " + e.getMessage());
        }
    }
}
