package org.sightline.server;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session from a chosen loopback address (127.0.0.2, ...), over plain sockets: the JDK's
 * HTTP client cannot pick its source address. Enough HTTP/1.1 for the login form and a few pages.
 */
final class PeerClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([0-9a-f]+)\"|name=\"_csrf\" value=\"([0-9a-f]+)\"");
    private static final Pattern COOKIE = Pattern.compile("(?im)^Set-Cookie:\\s*([^=;\\s]+)=([^;\\r\\n]*)");
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location:\\s*([^\\r\\n]+)");

    /** An answer: status, the Location header (or null), the raw body and the raw status line and headers. */
    record Answer(int status, String location, String body, String head) {
    }

    private final URI base;
    private final String from;
    private final Map<String, String> headers = new LinkedHashMap<>();
    /** The cookies set so far (the session's and the sign-in form's), sent back as a browser would. */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    String csrf;

    PeerClient(String base, String from) {
        this.base = URI.create(base);
        this.from = from;
    }

    /** Sends every request with this header too (X-Forwarded-For, say). */
    PeerClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Answer get(String path) {
        return send("GET " + path, null);
    }

    Answer post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        return send("POST " + path, fields.entrySet().stream()
                .map(e -> TestServer.Client.enc(e.getKey()) + "=" + TestServer.Client.enc(e.getValue())).collect(Collectors.joining("&")));
    }

    Answer login(String name, String password) {
        get("/login");
        return post("/login", Map.of("name", name, "password", password, "next", "/"));
    }

    private Answer send(String requestLine, String body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            StringBuilder req = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append(':')
                    .append(base.getPort()).append("\r\nConnection: close\r\n");
            headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
            if (!cookies.isEmpty()) {
                req.append("Cookie: ").append(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; "))).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                req.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            req.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String raw = all.toString(StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, split);
            String rest = raw.substring(split + 4);
            Matcher c = COOKIE.matcher(head);
            while (c.find()) {
                cookies.put(c.group(1), c.group(2));
            }
            Matcher m = CSRF.matcher(rest);
            if (m.find()) {
                csrf = m.group(1) != null ? m.group(1) : m.group(2);
            }
            Matcher l = LOCATION.matcher(head);
            return new Answer(Integer.parseInt(head.split(" ")[1]), l.find() ? l.group(1).strip() : null, rest, head);
        } catch (Exception e) {
            throw new IllegalStateException(requestLine + " from " + from + ": " + e, e);
        }
    }

    static List<String> addresses(int n) {
        return java.util.stream.IntStream.rangeClosed(2, n + 1).mapToObj(i -> "127.0.0." + i).toList();
    }
}
