package org.sightline.server;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import org.sightline.server.access.User;

/** The server session of a signed-in user: made at sign-in and again after a password change. */
final class SignedInSession {
    private SignedInSession() {
    }

    /**
     * Replaces the request's session with a new one for {@code user}: a session id known before
     * (fixation, or the session of a password now changed) is worth nothing after. The session
     * holds the user's epoch of now; see {@link org.sightline.server.access.AccountStore#sessionEpoch}.
     */
    static void start(SightlineServer s, Context ctx, User user) {
        HttpSession old = ctx.req().getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = ctx.req().getSession(true);
        session.setAttribute("uid", user.id());
        session.setAttribute("epoch", s.accounts.sessionEpoch(user.id()));
        session.setAttribute("csrf", Passwords.randomToken(24));
    }
}
