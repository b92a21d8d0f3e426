package org.seatwise.platform.auth;

import java.util.Set;

/** What the gateway and the services need of a token whose signature, issuer and expiry were checked. */
public record VerifiedToken(String subject, Set<String> groups) {

    public VerifiedToken {
        groups = Set.copyOf(groups);
    }
}
