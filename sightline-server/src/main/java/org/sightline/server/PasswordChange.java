package org.sightline.server;

import io.javalin.http.Context;
import org.sightline.server.access.User;

/**
 * A user changing their own password. Whoever knew the old one may hold a session or a token made
 * with it: the change ends every other session of the user at once, and revokes their API tokens
 * when asked (form field "revoke_tokens"; the Account page ticks it). This request's session is
 * replaced by a new one, so the user stays signed in where they changed it.
 *
 * <p>The current password is checked under the sign-in throttle, with the same counts: a session
 * left open (or stolen) must not be a place to guess the password at bcrypt's speed, then change it.
 */
final class PasswordChange {
    /** What was done, for the Account page: the tokens revoked, and those left working. */
    record Done(int tokensRevoked, int tokensKept) {
    }

    private PasswordChange() {
    }

    static Done run(SightlineServer s, Context ctx) {
        User u = SightlineServer.user(ctx);
        String current = FormFields.form(ctx, "current");
        String password = ctx.formParam("password");
        String address = ctx.ip();
        if (!s.loginThrottle.allowed(u.name(), address)) {
            s.audit(ctx, "PASSWORD_CHANGE", u.name(), "DENIED", "throttled, from " + address);
            throw new HttpError(429, "Too many wrong passwords from here; try again in 15 minutes, or ask an administrator to unlock.");
        }
        if (!Passwords.verify(current, s.accounts.passwordHash(u.id()).orElse(null))) {
            s.audit(ctx, "PASSWORD_CHANGE", u.name(), "FAILED", "wrong current password, from " + address);
            SignInLocks.audit(s, s.loginThrottle.failed(u.name(), address));
            throw new HttpError(403, "the current password is wrong");
        }
        s.loginThrottle.succeeded(u.name(), address);
        String problem = Passwords.problem(password, u.name());
        if (problem == null && password.equals(current)) {
            problem = "the new password is the one you have now";
        }
        if (problem != null) {
            s.audit(ctx, "PASSWORD_CHANGE", u.name(), "FAILED", "refused: " + problem);
            throw new HttpError(400, problem);
        }
        boolean revoke = FormFields.formBoolean(ctx, "revoke_tokens");
        s.accounts.setPasswordHash(u.id(), Passwords.hash(password));
        s.accounts.endSessions(u.id());
        SignedInSession.start(s, ctx, u);
        int revoked = revoke ? s.accounts.deleteTokens(u.id()) : 0;
        int kept = s.accounts.tokens(u.id()).size();
        s.accountsChanged();
        s.audit(ctx, "PASSWORD_CHANGE", u.name(), "OK", "other sessions ended; "
                + (revoke ? revoked + " API token(s) revoked" : kept + " API token(s) kept"));
        return new Done(revoked, kept);
    }
}
