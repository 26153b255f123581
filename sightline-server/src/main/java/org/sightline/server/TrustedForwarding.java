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
            String client = canonical(client(split(xff), e -> e));
            if (client == null) {
                trimmed.remove(HttpHeader.X_FORWARDED_FOR); // no address: the connection's stands
            } else {
                trimmed.put(HttpHeader.X_FORWARDED_FOR, client);
            }
        }
        String fwd = joined(fields, HttpHeader.FORWARDED.asString());
        if (fwd != null) {
            trimmed = trimmed == null ? HttpFields.build(fields) : trimmed;
            String client = canonical(forOf(client(split(fwd), TrustedForwarding::forOf)));
            if (client == null) {
                trimmed.remove(HttpHeader.FORWARDED);
            } else {
                trimmed.put(HttpHeader.FORWARDED, "for=" + (client.contains(":") ? "\"[" + client + "]\"" : client));
            }
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

    /**
     * One spelling per address, so that the audit log and the sign-in throttle count a client once:
     * "005.005.005.009" and "::ffff:5.5.5.9" are 5.5.5.9; null for what is no address ("garbage").
     */
    static String canonical(String address) {
        String v = address == null ? "" : address.strip();
        java.util.regex.Matcher four = java.util.regex.Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})").matcher(v);
        if (four.matches()) {
            StringBuilder b = new StringBuilder();
            for (int g = 1; g <= 4; g++) {
                int octet = Integer.parseInt(four.group(g)); // decimal, leading zeros and all
                if (octet > 255) {
                    return null;
                }
                b.append(g > 1 ? "." : "").append(octet);
            }
            return b.toString();
        }
        java.net.InetAddress a = TrustedProxies.literalOrNull(v);
        return a == null ? null : a.getHostAddress();
    }
}
