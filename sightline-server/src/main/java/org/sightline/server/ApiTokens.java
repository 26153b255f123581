package org.sightline.server;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import org.sightline.server.access.User;

/** A user's API tokens as the Account page makes and revokes them, each step audited as it happened. */
final class ApiTokens {
    /** A token lasts this long unless its maker chose otherwise; a year at most, so none lasts for ever. */
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;

    private ApiTokens() {
    }

    /** Makes a token for the caller (form fields "label" and "days"); the token itself, shown once. */
    static String create(SightlineServer s, Context ctx) {
        String label = FormFields.formRequired(ctx, "label");
        int days = FormFields.formInt(ctx, "days", DEFAULT_DAYS, 1, MAX_DAYS);
        String token = "sl_" + Passwords.randomToken(24);
        var info = s.accounts.addToken(SightlineServer.user(ctx).id(), Passwords.sha256(token), label,
                Instant.now().plus(Duration.ofDays(days)));
        s.audit(ctx, "TOKEN_CREATE", label, "OK", "token " + info.id() + ", expires " + info.expiresAt());
        return token;
    }

    /**
     * Revokes one of the caller's tokens. A token id that is not theirs answers 404 as a missing one
     * does, so ids cannot be probed; the audit log (read by admins) says which it was and that
     * nothing was revoked: "OK" there would claim a revocation that never happened.
     */
    static void revoke(SightlineServer s, Context ctx) {
        User u = SightlineServer.user(ctx);
        long id = ApiRoutes.longParam(ctx, "id");
        if (s.accounts.deleteToken(u.id(), id)) {
            s.accountsChanged();
            s.audit(ctx, "TOKEN_REVOKE", "token " + id, "OK", "revoked");
            return;
        }
        boolean someoneElses = s.accounts.tokenOwner(id).isPresent();
        s.audit(ctx, "TOKEN_REVOKE", "token " + id, someoneElses ? "DENIED" : "FAILED",
                someoneElses ? "the token is another user's; nothing revoked" : "no such token; nothing revoked");
        throw new HttpError(404, "you have no token " + id);
    }

    /** Revokes every token of the user; how many there were. */
    static int revokeAll(SightlineServer s, Context ctx, User u) {
        int n = s.accounts.deleteTokens(u.id());
        s.accountsChanged();
        s.audit(ctx, "TOKEN_REVOKE", "all tokens of " + u.name(), "OK", n + " revoked");
        return n;
    }
}
