package org.sightline.server.access;

/** What a user may do: viewers read, analysts also upload, judge and export, admins also manage users and collections. */
public enum Role {
    VIEWER, ANALYST, ADMIN;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }
}
