package org.seatwise.platform.auth;

/** The answer to "may this request go through?", at the gateway or at a service. */
public sealed interface AccessDecision {

    /** Forward it; {@code subject} is the analyst's name for the log, null for public requests. */
    record Allowed(String subject) implements AccessDecision {
    }

    /** 401 (who are you?) or 403 (not allowed); {@code slug} names the problem type. */
    record Denied(int status, String slug, String title, String detail) implements AccessDecision {
    }
}
