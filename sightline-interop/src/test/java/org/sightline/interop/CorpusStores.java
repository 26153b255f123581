package org.sightline.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.sightline.core.Document;
import org.sightline.extract.Extractor;
import org.sightline.ingest.DocumentReader;
import org.sightline.store.SqliteStore;
import org.sightline.store.Store;

/**
 * Stores built by the real extractor from {@code ../shared}: the seed article, and the 90
 * treasury-iraq releases (about 3 minutes of extraction). Each is built once into
 * {@code target/interop-stores/} and reused by later runs until {@code mvn clean}; it is written
 * under a temporary name and moved into place when complete, so a killed build never leaves half a
 * store to be reused.
 */
final class CorpusStores {
    private static final Path DIR = Path.of("target", "interop-stores");
    private static Extractor extractor;

    private CorpusStores() {
    }

    static synchronized Path seed(Path article) throws IOException {
        return build("seed.db", List.of(article), null);
    }

    static synchronized Path treasury(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        return build("treasury.db", files, "U.S. Department of the Treasury");
    }

    private static Path build(String name, List<Path> files, String source) throws IOException {
        Path db = DIR.resolve(name);
        if (Files.exists(db)) {
            return db;
        }
        Files.createDirectories(DIR);
        Path partial = DIR.resolve(name + ".partial");
        Files.deleteIfExists(partial);
        DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);
        try (Store store = SqliteStore.open(partial)) {
            for (Path f : files) {
                Document doc = reader.read(f);
                if (source != null && doc.metadata().source() == null) {
                    doc = new Document(doc.id(), doc.text(), doc.metadata().withSource(source));
                }
                store.save(extractor().extract(doc));
            }
        } catch (org.sightline.ingest.UnreadableDocumentException e) {
            throw new IOException(e);
        }
        Files.move(partial, db, StandardCopyOption.ATOMIC_MOVE);
        return db;
    }

    private static Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.load();
        }
        return extractor;
    }
}
