package org.sightline.ingest;

import java.nio.file.Path;

/** Markdown with optional YAML front matter (title, date, url, source). */
final class MarkdownExtractor {
    private MarkdownExtractor() {
    }

    static Extracted extract(Path file, byte[] bytes) throws UnreadableDocumentException {
        String markdown;
        FrontMatter front;
        try {
            markdown = TextDecoder.decode(bytes).replace("\r\n", "\n").replace('\r', '\n');
            front = FrontMatter.split(markdown);
        } catch (TextDecoder.InvalidTextException | FrontMatter.MalformedException e) {
            throw new UnreadableDocumentException(file, e.getMessage(), e);
        }
        Extracted body = MarkdownText.toText(front.body());
        String title = front.get("title");
        return new Extracted(body.text(),
                title != null ? title : body.title(),
                front.get("source", "publisher"),
                front.get("url", "link", "canonical_url"),
                Dates.toIso(front.get("date", "published", "publishdate", "pubdate")));
    }
}
