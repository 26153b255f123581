package org.sightline.server;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Jetty's {@link ForwardedRequestCustomizer} (client address, https, host from X-Forwarded-* and
 * Forwarded), applied only to requests whose connection comes from a trusted proxy. Anyone else's
 * such headers are their own words: believed, they let a client write any address into the audit
 * log and step around the sign-in throttle with a new address per guess.
 *
 * <p>Even through a trusted proxy, only the hops the proxies added are believed: a proxy appends
 * the address it saw to X-Forwarded-For (and a Forwarded element), after whatever the client sent.
 * The list is read from the right, past our own proxies, to the first other address: that is the
 * client. Jetty would take the leftmost entry, which the client wrote.
 */
final class TrustedForwarding implements HttpConfiguration.Customizer {
    private final TrustedProxies trusted;
    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();

    TrustedForwarding(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    @Override
    public void customize(Connector connector, HttpConfiguration config, Request request) {
        // The connection's own peer, whatever an earlier customizer or header said.
        SocketAddress peer = request.getHttpChannel().getEndPoint().getRemoteSocketAddress();
        if (!(peer instanceof InetSocketAddress inet) || !trusted.contains(inet.getAddress())) {
            return;
        }
        HttpFields fields = request.getHttpFields();
        HttpFields.Mutable trimmed = null;
        String xff = joined(fields, HttpHeader.X_FORWARDED_FOR.asString());
        if (xff != null) {
            trimmed = HttpFields.build(fields);
            trimmed.put(HttpHeader.X_FORWARDED_FOR, client(split(xff), e -> e));
        }
        String fwd = joined(fields, HttpHeader.FORWARDED.asString());
        if (fwd != null) {
            trimmed = trimmed == null ? HttpFields.build(fields) : trimmed;
            trimmed.put(HttpHeader.FORWARDED, client(split(fwd), TrustedForwarding::forOf));
        }
        if (trimmed != null) {
            request.setHttpFields(trimmed.asImmutable());
        }
        forwarded.customize(connector, config, request);
    }

    /** The hop nearest to us that is not one of our proxies (the leftmost when all are). */
    private String client(List<String> hops, java.util.function.UnaryOperator<String> address) {
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(address.apply(hops.get(i)))) {
                return hops.get(i);
            }
        }
        return hops.get(0);
    }

    /** Every value of a header, in order, as one comma-separated list; null when absent. */
    private static String joined(HttpFields fields, String name) {
        List<String> values = fields.getValuesList(name);
        return values.isEmpty() ? null : String.join(",", values);
    }

    /** Splits at commas outside double quotes (a Forwarded value may quote an IPv6 address with its port). */
    static List<String> split(String header) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                add(out, b);
            } else {
                b.append(c);
            }
        }
        add(out, b);
        return out.isEmpty() ? List.of("") : out;
    }

    private static void add(List<String> out, StringBuilder b) {
        String s = b.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        b.setLength(0);
    }

    /** The address of a Forwarded element's for= parameter, without quotes, brackets or port; "" when none. */
    static String forOf(String element) {
        for (String pair : element.split(";")) {
            String p = pair.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("for=")) {
                String v = p.substring(4).strip();
                if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
                    v = v.substring(1, v.length() - 1);
                }
                if (v.startsWith("[")) {
                    int end = v.indexOf(']');
                    return end > 0 ? v.substring(1, end) : v;
                }
                int colon = v.indexOf(':');
                return colon >= 0 && v.indexOf(':', colon + 1) < 0 ? v.substring(0, colon) : v;
            }
        }
        return "";
    }
}
