package org.sightline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.sightline.store.ClaimQuery;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;

/**
 * Reads the app as one client would, and further: every page linked from home, every API GET of
 * /api/openapi.yaml with every stored id (secret ones included) and the secret words as queries.
 */
final class Crawler {
    private Crawler() {
    }


    static Map<String, String> crawl(TestServer t, TestServer.Client c) {
        return crawl(t, c, Fixtures.SECRETS);
    }

    /** As {@link #crawl(TestServer, TestServer.Client)}, asking for each of {@code secrets} by name. */
    static Map<String, String> crawl(TestServer t, TestServer.Client c, List<String> secrets) {
        Map<String, String> seen = new java.util.LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add("/");
        for (String s : secrets) {
            todo.add("/search?q=" + s);
            todo.add("/screen?name=" + s);
            todo.add("/exposure?funder=" + s);
        }
        todo.add("/search?q=Badr");
        todo.add("/search?q=Federal");
        todo.add("/exposure?funder=United+States");
        todo.add("/screen?name=Badr+Corps");
        List<Long> entityIds = t.store.entities(null).stream().map(StoredEntity::id).toList();
        List<Long> claimIds = t.store.claims(ClaimQuery.ALL).stream().map(StoredClaim::id).toList();
        List<String> docIds = t.store.documents().stream().map(StoredDocument::id).toList();
        entityIds.forEach(id -> {
            todo.add("/entities/" + id);
            todo.add("/entities/" + id + "/graph");
        });
        docIds.forEach(id -> todo.add("/documents/" + id));
        todo.add("/graph/edge?claims=" + String.join(",", claimIds.stream().map(String::valueOf).toList()));
        for (String route : apiGets()) {
            List<String> filled = new ArrayList<>();
            if (route.contains("{id}")) {
                List<String> ids = route.startsWith("/api/documents") ? docIds
                        : route.startsWith("/api/claims") ? claimIds.stream().map(String::valueOf).toList()
                        : entityIds.stream().map(String::valueOf).toList();
                ids.forEach(id -> filled.add(route.replace("{id}", id)));
            } else {
                filled.add(route);
            }
            for (String f : filled) {
                todo.add(f);
                List<String> asked = new ArrayList<>(secrets.subList(0, Math.min(3, secrets.size())));
                asked.addAll(List.of("Badr", "United States"));
                for (String s : asked) {
                    todo.add(f + "?q=" + s.replace(" ", "+") + "&funder=" + s.replace(" ", "+") + "&name=" + s.replace(" ", "+"));
                }
            }
        }
        while (!todo.isEmpty() && seen.size() < 2000) {
            String url = todo.poll();
            if (seen.containsKey(url)) {
                continue;
            }
            HttpResponse<String> r = c.get(url);
            seen.put(url, r.body());
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                for (Element a : Jsoup.parse(r.body()).select("a[href], [hx-get]")) {
                    String link = a.hasAttr("href") ? a.attr("href") : a.attr("hx-get");
                    if (link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/logout")) {
                        todo.add(link.contains("#") ? link.substring(0, link.indexOf('#')) : link);
                    }
                }
            }
        }
        return seen;
    }

    static List<String> apiGets() {
        try {
            List<String> gets = new ArrayList<>();
            JsonNode paths = openApi().get("paths");
            for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
                String p = it.next();
                if (paths.get(p).has("get")) {
                    gets.add(p);
                }
            }
            return gets;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode openApi() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Crawler.class.getResourceAsStream("/openapi.yaml"));
    }

}
