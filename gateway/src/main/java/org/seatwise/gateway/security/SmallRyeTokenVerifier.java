package org.seatwise.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies tokens with SmallRye JWT against the configured public key or JWKS
 * ({@code mp.jwt.verify.publickey.location}) and issuer ({@code mp.jwt.verify.issuer}). The proxy
 * route bypasses Quarkus's own HTTP security, so the parser is called directly.
 */
@ApplicationScoped
public class SmallRyeTokenVerifier implements TokenVerifier {

    private final JWTParser parser;

    public SmallRyeTokenVerifier(JWTParser parser) {
        this.parser = parser;
    }

    @Override
    public VerifiedToken verify(String token) throws InvalidToken {
        try {
            JsonWebToken jwt = parser.parse(token);
            return new VerifiedToken(jwt.getName(), jwt.getGroups() == null ? java.util.Set.of() : jwt.getGroups());
        } catch (ParseException | RuntimeException e) {
            boolean expired = false;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                    expired = true;
                }
            }
            throw new InvalidToken(expired ? "The token has expired; ask for a new one."
                    : "The token cannot be verified: its signature, issuer or form is not one this gateway trusts.",
                    expired);
        }
    }
}
