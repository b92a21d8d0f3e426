package org.seatwise.platform.auth;

/** Checks a bearer token's signature, issuer and expiry. */
@FunctionalInterface
public interface TokenVerifier {

    VerifiedToken verify(String token) throws InvalidToken;

    /** A token that must not be trusted, and why, in words a client can act on. */
    final class InvalidToken extends Exception {
        private final boolean expired;

        public InvalidToken(String reason, boolean expired) {
            super(reason);
            this.expired = expired;
        }

        public boolean expired() {
            return expired;
        }
    }
}
