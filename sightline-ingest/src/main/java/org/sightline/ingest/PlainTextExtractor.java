package org.sightline.ingest;

import java.nio.file.Path;

/**
 * Plain text files: strict UTF-8 (or UTF-16 with a BOM); title and source come from the text
 * later. A text that opens with a YAML front-matter block (people save Markdown-style notes as
 * .txt) gives its title, source, URL and date from it, as Markdown does; a block that is no front
 * matter is left as text.
 */
final class PlainTextExtractor {
    private PlainTextExtractor() {
    }

    static Extracted extract(Path file, byte[] bytes) throws UnreadableDocumentException {
        String text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (TextDecoder.InvalidTextException e) {
            throw new UnreadableDocumentException(file, e.getMessage(), e);
        }
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        if (lf.startsWith("---\n")) {
            try {
                FrontMatter front = FrontMatter.split(lf);
                if (!front.fields().isEmpty()) {
                    Extracted body = Extracted.ofText(front.body().strip());
                    String title = front.get("title");
                    return new Extracted(body.text(), title != null ? title : body.title(), front.get("source", "publisher"),
                            front.get("url", "link", "canonical_url"), Dates.toIso(front.get("date", "published", "publishdate", "pubdate")));
                }
            } catch (FrontMatter.MalformedException e) {
                // a rule of dashes, not front matter: the text as it is
            }
        }
        return Extracted.ofText(text);
    }
}
