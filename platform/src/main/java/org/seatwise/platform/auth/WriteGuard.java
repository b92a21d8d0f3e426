package org.seatwise.platform.auth;

import java.util.Locale;


/**
 * Writes to official data need a bearer token of an analyst; everything else is public. The
 * decision only: verifying the token is the {@link TokenVerifier}'s job, answering is the proxy's.
 */
public final class WriteGuard {

    /** The group (MicroProfile JWT {@code groups} claim) whose members may write. */
    public static final String ANALYST = "analyst";
    private static final String BEARER = "bearer ";

    private final TokenVerifier verifier;

    public WriteGuard(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    public AccessDecision decide(String method, String path, String authorization) {
        if (RequestKind.of(method, path) != RequestKind.WRITE) {
            return new AccessDecision.Allowed(null);
        }
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)
                || authorization.substring(BEARER.length()).isBlank()) {
            return new AccessDecision.Denied(401, "unauthenticated", "Authentication required",
                    "Changing data needs an analyst's bearer token (Authorization: Bearer <JWT>).");
        }
        VerifiedToken token;
        try {
            token = verifier.verify(authorization.substring(BEARER.length()).trim());
        } catch (TokenVerifier.InvalidToken e) {
            return new AccessDecision.Denied(401, e.expired() ? "token-expired" : "invalid-token",
                    e.expired() ? "Token expired" : "Invalid token", e.getMessage());
        }
        if (!token.groups().contains(ANALYST)) {
            return new AccessDecision.Denied(403, "forbidden", "Forbidden",
                    "Changing data is reserved to the group '" + ANALYST + "'; the token of "
                            + (token.subject() == null ? "this caller" : token.subject()) + " does not name it.");
        }
        return new AccessDecision.Allowed(token.subject());
    }
}
