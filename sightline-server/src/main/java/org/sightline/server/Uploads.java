package org.sightline.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;
import org.sightline.ingest.DocumentReader;
import org.sightline.ingest.UnreadableDocumentException;
import org.sightline.report.Ingestion;
import org.sightline.server.access.Collection;
import org.sightline.server.access.UploadJob;
import org.sightline.server.access.User;

/**
 * Takes an uploaded file: reads its text (a file that cannot be read is refused at once), files
 * it in a collection and puts it in the {@link UploadQueue}, whose workers extract its claims. A
 * document already stored is filed and queued too, and answered exactly as a new one, so that an
 * upload never tells whether the text was already held somewhere the uploader cannot read.
 */
final class Uploads {
    private final SightlineServer server;

    Uploads(SightlineServer server) {
        this.server = server;
    }

    UploadJob enqueue(User user, String fileName, InputStream content, long size, long collectionId, String source) throws IOException {
        if (size > server.options.maxUploadBytes()) {
            throw tooBig();
        }
        Collection collection = server.accounts.collection(collectionId)
                .filter(c -> server.visibility.readableCollections(user).contains(c.id()))
                .orElseThrow(() -> new HttpError(400, "no collection " + collectionId + " that you may file in"));
        if (!server.uploads.hasRoomFor(user.id())) {
            throw new HttpError(429, "you have " + server.uploads.perUser() + " uploads waiting to be read, as many as one person"
                    + " may; wait for them, or cancel one on its page");
        }
        if (!server.uploads.hasRoom()) {
            throw new HttpError(503, "the upload queue is full (" + server.uploads.capacity()
                    + " uploads waiting to be read); try again later");
        }
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
                // the reason alone: the message names the server's temporary file
                throw new HttpError(400, name + ": " + e.reason());
            }
            DocumentMetadata m = read.metadata();
            Document doc = Ingestion.withSource(new Document(read.id(), read.text(),
                    new DocumentMetadata(m.title(), m.source(), m.url(), m.published(), name, m.mediaType())), source);
            boolean heldUnreadable = server.store.containsDocument(doc.id()) && !server.visibility.storeFor(user).readable(doc.id());
            // Filed before it is stored: a document in no collection is Shared, even for a moment.
            file(collection.id(), doc.id(), user.name(), doc.metadata());
            server.visibility.changed();
            // The uploader's own title, never the stored one: that may come from a filing they cannot read.
            String title = m.title() != null && !m.title().isBlank() ? m.title() : name;
            UploadJob job = server.accounts.uploadJobs().enqueue(user.id(), collection.id(), name, doc, title, heldUnreadable);
            server.uploads.wake();
            return job;
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
            server.accounts.file(sharedId(), documentId, org.sightline.server.access.Filing.UNFILED,
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

    void audit(io.javalin.http.Context ctx, UploadJob job) {
        // Not the title: admins read the log, and need not be members of the collection.
        String collection = server.accounts.collection(job.collectionId()).map(Collection::name).orElse("collection " + job.collectionId());
        server.audit(ctx, "UPLOAD", job.documentId(), "OK", "filed in " + collection + ", queued as job " + job.id()
                + (job.heldUnreadable() ? "; the text was already held in a collection the uploader cannot read" : ""));
    }

    HttpError tooBig() {
        return new HttpError(413, "the file is larger than the upload limit of "
                + server.options.maxUploadBytes() / (1024 * 1024) + " MB; ingest it with the sightline ingest command instead");
    }
}
