package org.seatwise.gateway.security;

import java.util.Set;

/** What the gateway needs of a token whose signature, issuer and expiry were checked. */
public record VerifiedToken(String subject, Set<String> groups) {

    public VerifiedToken {
        groups = Set.copyOf(groups);
    }
}
