package org.seatwise.platform.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies tokens with SmallRye JWT against the configured public key or JWKS
 * ({@code mp.jwt.verify.publickey.location}) and issuer ({@code mp.jwt.verify.issuer}). The gateway's
 * proxy route and the services' {@link WriteFilter} bypass Quarkus's own HTTP security (so that a
 * refusal is problem+json), so the parser is called directly.
 */
@ApplicationScoped
public class SmallRyeTokenVerifier implements TokenVerifier {

    private static final Logger LOG = Logger.getLogger(SmallRyeTokenVerifier.class);
    private final JWTParser parser;

    public SmallRyeTokenVerifier(JWTParser parser) {
        this.parser = parser;
    }

    /** "NONE" is SmallRye JWT's word for no key: the application still starts, and refuses every write. */
    void warnWithoutKey(@Observes StartupEvent start,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location", defaultValue = "NONE") String location) {
        if ("NONE".equals(location)) {
            LOG.warn("No public key to verify analysts' tokens (SEATWISE_JWT_PUBLIC_KEY): every write will be refused with 401");
        } else {
            LOG.infof("Analysts' tokens are verified with %s", location);
        }
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
                    : "The token cannot be verified: its signature, issuer or form is not one seatwise trusts.",
                    expired);
        }
    }
}
