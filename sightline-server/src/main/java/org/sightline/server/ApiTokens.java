package org.sightline.server;

import io.javalin.http.Context;
import org.sightline.server.access.User;

/** A user's API tokens as the Account page makes and revokes them, each step audited as it happened. */
final class ApiTokens {
    private ApiTokens() {
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
}
