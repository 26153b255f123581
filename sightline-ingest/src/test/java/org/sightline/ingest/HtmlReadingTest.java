package org.sightline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.Document;

class HtmlReadingTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void articleTextAndMetaTagsAreRead() throws Exception {
        Path file = write("page.html", """
                <!DOCTYPE html>
                <html><head>
                  <title>Militias and the state | Example News</title>
                  <meta property="og:title" content="Militias and the state">
                  <meta property="og:site_name" content="Example News">
                  <meta property="og:url" content="https://www.example.com/2021/militias">
                  <meta property="article:published_time" content="2021-07-04T22:15:00-04:00">
                  <script>var tracking = "not text";</script>
                  <style>p { color: red }</style>
                </head><body>
                  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                  <header><h1>Site banner</h1></header>
                  <article>
                    <h1>Militias   and the state</h1>
                    <p>The <b>Badr Organization</b> is part of the
                       Popular Mobilization Forces.</p>
                    <aside>Related: another story</aside>
                    <p>Its leader met officials.<br>He declined to comment.</p>
                    <ul><li>First&nbsp;point</li><li>Second point</li></ul>
                    <form><input name="email"> Subscribe</form>
                  </article>
                  <footer>© Example News</footer>
                </body></html>
                """);

        Document doc = reader.read(file);

        assertThat(doc.text()).isEqualTo("""
                Militias and the state

                The Badr Organization is part of the Popular Mobilization Forces.

                Its leader met officials.
                He declined to comment.

                First point

                Second point""");
        assertThat(doc.metadata().title()).isEqualTo("Militias and the state");
        assertThat(doc.metadata().source()).isEqualTo("Example News");
        assertThat(doc.metadata().url()).isEqualTo("https://www.example.com/2021/militias");
        assertThat(doc.metadata().published()).isEqualTo("2021-07-04");
        assertThat(doc.metadata().mediaType()).isEqualTo("text/html");
    }

    @Test
    void withoutArticleOrMainTheBodyLessPageFurnitureIsTheText() throws Exception {
        Path file = write("plain.htm", """
                <html><head><title>Plain page</title>
                <link rel="canonical" href="https://www.news.example.org/a/1"></head>
                <body><header>Menu</header><div>First paragraph.</div><div><h2>Heading</h2>Second paragraph.</div>
                <footer>Footer</footer></body></html>
                """);

        Document doc = reader.read(file);

        assertThat(doc.text()).isEqualTo("First paragraph.\n\nHeading\n\nSecond paragraph.");
        assertThat(doc.metadata().title()).isEqualTo("Plain page");
        assertThat(doc.metadata().url()).isEqualTo("https://www.news.example.org/a/1");
        assertThat(doc.metadata().source()).isEqualTo("news.example.org");
        assertThat(doc.metadata().published()).isNull();
    }

    @Test
    void publishedDateFromJsonLdOrTimeElement() throws Exception {
        Document jsonLd = reader.read(write("ld.html", """
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "datePublished": "2019-03-05T10:00:00Z"}]}
                </script></head><body><main><p>Text.</p></main></body></html>
                """));
        Document time = reader.read(write("time.html", """
                <html><body><article><time datetime="2020-11-30">30 November</time><p>Text.</p></article></body></html>
                """));
        Document written = reader.read(write("written.html", """
                <html><head><meta name="date" content="June 3, 2008"></head><body><p>Text.</p></body></html>
                """));

        assertThat(jsonLd.metadata().published()).isEqualTo("2019-03-05");
        assertThat(time.metadata().published()).isEqualTo("2020-11-30");
        assertThat(written.metadata().published()).isEqualTo("2008-06-03");
    }

    @Test
    void brokenHtmlStillGivesItsText() throws Exception {
        Path file = write("broken.html", "<html><body><p>Unclosed <b>bold <p>Second para<div>Third <i>part</body>");

        assertThat(reader.read(file).text()).isEqualTo("Unclosed bold\n\nSecond para\n\nThird part");
    }

    @Test
    void htmlIsRecognisedByContentWithoutAnExtension() throws Exception {
        Document doc = reader.read(write("saved-page", "<!doctype html><title>T</title><p>Words here.</p>"));
        assertThat(doc.metadata().mediaType()).isEqualTo("text/html");
        assertThat(doc.text()).isEqualTo("Words here.");
    }

    @Test
    void declaredCharsetIsHonoured() throws Exception {
        Path file = dir.resolve("latin1.html");
        Files.write(file, "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 in Erbil</p></body></html>"
                .getBytes(Charset.forName("ISO-8859-1")));
        assertThat(reader.read(file).text()).isEqualTo("Café in Erbil");
    }

    @Test
    void htmlWithoutTextIsAnError() throws Exception {
        Path file = write("empty.html", "<html><head><title>Only a title</title><script>x()</script></head><body><nav>Menu</nav></body></html>");
        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": no text in HTML");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
