package org.sightline.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML pages: the main text (the article, else the main element, else the body without page
 * furniture) and the metadata pages publish in meta tags and JSON-LD. jsoup repairs broken
 * markup the way browsers do, so unclosed tags still give their text.
 */
final class HtmlExtractor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FURNITURE =
            "nav, header, footer, aside, script, style, noscript, template, iframe, svg, button, select, textarea, [hidden]";
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:published_time", "datePublished", "date", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.issued", "pubdate", "publish-date", "publication_date", "parsely-pub-date",
            "sailthru.date");

    private HtmlExtractor() {
    }

    static Extracted extract(Path file, byte[] bytes) throws UnreadableDocumentException {
        Document page;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            page = Jsoup.parse(in, null, ""); // charset from BOM or <meta>, else UTF-8
        } catch (IOException e) {
            throw new UnreadableDocumentException(file, "unreadable HTML (" + e.getMessage() + ")", e);
        }
        String url = firstNonBlank(meta(page, "og:url"), page.select("link[rel=canonical]").attr("href"));
        String title = firstNonBlank(meta(page, "og:title"), page.title(), firstH1(page));
        String source = firstNonBlank(meta(page, "og:site_name"), SourceLine.host(url));
        String published = published(page);
        String text = HtmlText.of(mainContent(page));
        return new Extracted(text, title, source, blankToNull(url), published);
    }

    /** The largest article (pages list teasers as articles too), else main, else the body. */
    private static Element mainContent(Document page) {
        Element root = page.select("article").stream()
                .max(Comparator.comparingInt(e -> e.text().length()))
                .orElseGet(() -> page.selectFirst("main"));
        if (root == null || root.text().isBlank()) {
            root = page.body();
        }
        root.select(FURNITURE).remove();
        // Some sites wrap the whole page in one <form>; only forms without paragraphs are furniture.
        root.select("form").stream().filter(f -> f.selectFirst("p") == null).forEach(Element::remove);
        return root;
    }

    private static String published(Document page) {
        for (String name : PUBLISHED_META) {
            String date = Dates.toIso(meta(page, name));
            if (date != null) {
                return date;
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            String date = Dates.toIso(jsonLdDatePublished(script.data()));
            if (date != null) {
                return date;
            }
        }
        for (Element time : page.select("time[datetime]")) {
            String date = Dates.toIso(time.attr("datetime"));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String jsonLdDatePublished(String json) {
        try {
            JsonNode value = JSON.readTree(json).findValue("datePublished");
            return value != null && value.isTextual() ? value.asText() : null;
        } catch (JacksonException e) {
            return null; // broken JSON-LD is common; other sources of the date remain
        }
    }

    /** The content of a meta tag by property, name or itemprop (compared case-insensitively). */
    private static String meta(Document page, String name) {
        for (Element meta : page.getElementsByTag("meta")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))
                    || name.equalsIgnoreCase(meta.attr("itemprop"))) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String firstH1(Document page) {
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
