package org.sightline.server;

import io.javalin.http.Context;
import java.util.List;

/** The sign-in locks as admins see and lift them, and as the audit log records them. */
final class SignInLocks {
    private SignInLocks() {
    }

    /** Audits locks a failed sign-in has just set; the server sets them, so the actor is "system". */
    static void audit(SightlineServer s, List<LoginThrottle.Lock> set) {
        for (LoginThrottle.Lock l : set) {
            String detail = l.name() == null
                    ? LoginThrottle.MAX_ADDRESS_FAILURES + " wrong passwords (sign-in or password change) from " + l.address()
                            + " within 15 minutes; every name is refused from there"
                    : LoginThrottle.MAX_FAILURES + " wrong passwords (sign-in or password change) from " + l.address()
                            + " within 15 minutes; this name is refused from there";
            s.accounts.audit("system", "LOGIN_LOCK", target(l.name(), l.address()), "DENIED", detail + " until " + l.until());
        }
    }

    /**
     * Lifts the locks the form fields name ("name" and/or "address"; a name alone: from every
     * address) and audits it; how many were in force.
     */
    static int unlock(SightlineServer s, Context ctx) {
        String name = field(ctx, "name");
        String address = field(ctx, "address");
        if (name == null && address == null) {
            throw new HttpError(400, "\"name\" or \"address\" is required");
        }
        int lifted = s.loginThrottle.unlock(name, address);
        s.audit(ctx, "LOGIN_UNLOCK", name == null ? "address " + address : name, "OK",
                (lifted == 0 ? "no lock was in force" : lifted + " lock(s) lifted") + (name != null && address != null ? ", from " + address : ""));
        return lifted;
    }

    static String describe(Context ctx) {
        String name = field(ctx, "name");
        String address = field(ctx, "address");
        return name == null ? "address " + address : address == null ? name : name + " from " + address;
    }

    static List<Views.LockRow> rows(SightlineServer s) {
        return s.loginThrottle.locks().stream().map(l -> new Views.LockRow(l.name(), l.address(), l.until().toString())).toList();
    }

    private static String target(String name, String address) {
        return name == null ? "address " + address : name;
    }

    private static String field(Context ctx, String name) {
        return FormFields.form(ctx, name);
    }
}
