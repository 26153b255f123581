package org.sightline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Resolves a document's address given as a site path against the site it comes from (ingest/sites.yaml). */
final class SiteUrls {
    private record Site(String prefix, String site, String publisher) {
    }

    private static final List<Site> SITES = load();

    private SiteUrls() {
    }

    /** The url as given when it is absolute, unknown or empty; a known site's path made absolute. */
    static String resolve(String url) {
        if (url == null || !url.startsWith("/") || url.startsWith("//")) {
            return url;
        }
        for (Site s : SITES) {
            if (url.startsWith(s.prefix())) {
                return s.site() + url;
            }
        }
        return url;
    }

    /** The publisher of the site a path-only url belongs to, or null. */
    static String publisher(String url) {
        if (url == null || !url.startsWith("/") || url.startsWith("//")) {
            return null;
        }
        return SITES.stream().filter(s -> url.startsWith(s.prefix())).map(Site::publisher).findFirst().orElse(null);
    }

    private static List<Site> load() {
        try (InputStream in = SiteUrls.class.getResourceAsStream("/ingest/sites.yaml")) {
            if (in == null) {
                throw new IllegalStateException("ingest/sites.yaml is missing from the classpath");
            }
            List<Site> sites = new ArrayList<>();
            for (JsonNode n : new ObjectMapper(new YAMLFactory()).readTree(in).path("sites")) {
                sites.add(new Site(n.path("prefix").asText(), n.path("site").asText(),
                        n.hasNonNull("publisher") ? n.path("publisher").asText() : null));
            }
            return List.copyOf(sites);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ingest/sites.yaml", e);
        }
    }
}
