package org.sightline.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies named with {@code --trusted-proxy}: an address ({@code 10.0.0.5},
 * {@code ::1}), a range ({@code 10.0.0.0/8}, {@code fd00::/8}) or a host name, which is looked up
 * once at start-up (a proxy that moves needs a restart, rather than a DNS answer deciding per
 * request whom to believe).
 */
final class TrustedProxies {
    /** An address range: the first {@code bits} bits of {@code network}. */
    private record Range(byte[] network, int bits) {
        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((b[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** @throws IllegalArgumentException naming an entry that is no address, range or known host */
    static TrustedProxies of(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            try {
                if (slash >= 0) {
                    byte[] network = literal(e.substring(0, slash)).getAddress();
                    int bits = Integer.parseInt(e.substring(slash + 1));
                    if (bits < 0 || bits > network.length * 8) {
                        throw new IllegalArgumentException("--trusted-proxy " + e + ": the prefix length must be 0 to " + network.length * 8);
                    }
                    ranges.add(new Range(network, bits));
                } else {
                    for (InetAddress a : InetAddress.getAllByName(e)) {
                        ranges.add(new Range(a.getAddress(), a.getAddress().length * 8));
                    }
                }
            } catch (UnknownHostException | NumberFormatException ex) {
                throw new IllegalArgumentException("--trusted-proxy " + e + ": not an address, an address range (CIDR) or a known host name");
            }
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean contains(InetAddress a) {
        return a != null && ranges.stream().anyMatch(r -> r.contains(a));
    }

    /** Whether {@code address} (a textual address; anything else is no proxy of ours) is trusted. */
    boolean contains(String address) {
        InetAddress a = literalOrNull(address);
        return a != null && contains(a);
    }

    /** Parses an IP address without a DNS lookup: a range's network must be written as an address. */
    private static InetAddress literal(String s) throws UnknownHostException {
        InetAddress a = literalOrNull(s);
        if (a == null) {
            throw new UnknownHostException(s);
        }
        return a;
    }

    static InetAddress literalOrNull(String s) {
        String v = s.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        boolean ipv4 = v.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = v.contains(":") && v.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(v);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
