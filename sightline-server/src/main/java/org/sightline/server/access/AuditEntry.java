package org.sightline.server.access;

/** One line of the audit log: who did what to what, when, and how it ended. */
public record AuditEntry(long id, String at, String actor, String action, String target, String outcome, String detail) {
}
