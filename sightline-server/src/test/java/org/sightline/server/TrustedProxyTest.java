package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.AuditEntry;
import org.sightline.server.access.Role;

/**
 * X-Forwarded-For, X-Forwarded-Proto and Forwarded are believed only from proxies named with
 * --trusted-proxy: anyone else's cannot forge the address in the audit log, step around the
 * sign-in throttle or make a request count as https; through a trusted proxy, what the client
 * itself put in front of the proxy's entry is not believed either.
 */
class TrustedProxyTest {
    private static final String PROXY = "127.0.0.3";
    private static final String CLIENT = "127.0.0.2";

    @TempDir
    Path dir;

    @Test
    void withoutTrustedProxiesForwardingHeadersChangeNothing() {
        try (TestServer t = new TestServer(dir, List.of())) {
            t.user("vera", Role.VIEWER);
            new PeerClient(t.base, CLIENT).header("X-Forwarded-For", "203.0.113.9").login("forged-xff", "wrong-password");
            new PeerClient(t.base, CLIENT).header("Forwarded", "for=198.51.100.1").login("forged-fwd", "wrong-password");
            assertThat(failedFrom(t, "forged-xff")).isEqualTo("from " + CLIENT);
            assertThat(failedFrom(t, "forged-fwd")).isEqualTo("from " + CLIENT);

            // A new made-up address per guess is still the one address of the connection.
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertThat(new PeerClient(t.base, CLIENT).header("X-Forwarded-For", "203.0.113." + (10 + i))
                        .login("vera", "guess-" + i).status()).isEqualTo(401);
            }
            assertThat(new PeerClient(t.base, CLIENT).header("X-Forwarded-For", "203.0.113.99").login("vera", "vera-password").status())
                    .isEqualTo(429);

            PeerClient.Answer in = new PeerClient(t.base, "127.0.0.4").header("X-Forwarded-Proto", "https").login("vera", "vera-password");
            assertThat(in.status()).isEqualTo(302);
            assertThat(sessionCookie(in)).as("not https: a client's word for it").doesNotContainIgnoringCase("Secure");
        }
    }

    @Test
    void aTrustedProxysHopIsBelievedAndWhatTheClientPutBeforeItIsNot() {
        try (TestServer t = new TestServer(dir, List.of(PROXY + "/32"))) {
            t.user("vera", Role.VIEWER);
            new PeerClient(t.base, PROXY).header("X-Forwarded-For", "198.51.100.7").login("via-proxy", "wrong-password");
            new PeerClient(t.base, PROXY).header("X-Forwarded-For", "6.6.6.6, 198.51.100.7").login("forged-before-proxy", "wrong-password");
            new PeerClient(t.base, PROXY).header("Forwarded", "for=6.6.6.6, for=\"[2001:db8::7]:4711\";proto=https").login("fwd-proxy", "wrong");
            new PeerClient(t.base, CLIENT).header("X-Forwarded-For", "198.51.100.8").login("not-via-proxy", "wrong-password");
            assertThat(failedFrom(t, "via-proxy")).isEqualTo("from 198.51.100.7");
            assertThat(failedFrom(t, "forged-before-proxy")).isEqualTo("from 198.51.100.7");
            assertThat(failedFrom(t, "fwd-proxy")).contains("2001:db8").doesNotContain("6.6.6.6");
            assertThat(failedFrom(t, "not-via-proxy")).isEqualTo("from " + CLIENT);

            PeerClient.Answer in = new PeerClient(t.base, PROXY).header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.7")
                    .login("vera", "vera-password");
            assertThat(in.status()).isEqualTo(302);
            assertThat(sessionCookie(in)).as("https at the proxy").containsIgnoringCase("Secure");
        }
    }

    @Test
    void aForwardedAddressIsSpelledOneWayAndWhatIsNoAddressIsNotBelieved() {
        try (TestServer t = new TestServer(dir, List.of(PROXY + "/32"))) {
            new PeerClient(t.base, PROXY).header("X-Forwarded-For", "garbage").login("garbled", "wrong-password");
            new PeerClient(t.base, PROXY).header("X-Forwarded-For", "005.005.005.009").login("zeros", "wrong-password");
            new PeerClient(t.base, PROXY).header("X-Forwarded-For", "::ffff:5.5.5.9").login("mapped", "wrong-password");
            assertThat(failedFrom(t, "garbled")).as("the proxy's own address stands").isEqualTo("from " + PROXY);
            assertThat(failedFrom(t, "zeros")).isEqualTo("from 5.5.5.9");
            assertThat(failedFrom(t, "mapped")).isEqualTo("from 5.5.5.9");
        }
        assertThat(TrustedForwarding.canonical("2001:DB8:0:0:0:0:0:7")).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(TrustedForwarding.canonical("256.1.1.1")).isNull();
    }

    @Test
    void aTrustedProxyThatIsNoAddressStopsTheStart() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).hasMessageContaining("--trusted-proxy 10.0.0.0/33");
        assertThat(TrustedProxies.of(List.of("10.0.0.0/8", "::1")).contains("10.200.3.4")).isTrue();
        assertThat(TrustedProxies.of(List.of("10.0.0.0/8", "::1")).contains("11.0.0.1")).isFalse();
        assertThat(TrustedProxies.of(List.of("10.0.0.0/8", "::1")).contains("[::1]")).isTrue();
    }

    private static String failedFrom(TestServer t, String name) {
        return t.accounts.audit(100).stream().filter(a -> a.actor().equals(name) && a.action().equals("LOGIN")).map(AuditEntry::detail)
                .findFirst().orElseThrow(() -> new AssertionError("no LOGIN entry of " + name));
    }

    private static String sessionCookie(PeerClient.Answer a) {
        return a.head().lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie:", 0, 11) && l.contains("sightline_session="))
                .reduce((x, y) -> y).orElseThrow(() -> new AssertionError("no session cookie in " + a.head()));
    }
}
