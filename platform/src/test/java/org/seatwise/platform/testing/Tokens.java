package org.seatwise.platform.testing;

import java.time.Instant;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for the tests, signed with the run's private key unless said otherwise. */
public final class Tokens {

    private Tokens() {
    }

    /** A valid analyst's token, as deploy/local/keys.sh makes it. */
    public static String analyst() {
        return Jwt.issuer("seatwise").subject("test-analyst").upn("test-analyst").groups("analyst").expiresIn(600).sign();
    }

    public static String withGroups(String... groups) {
        return Jwt.issuer("seatwise").subject("test-reader").groups(java.util.Set.of(groups)).expiresIn(600).sign();
    }

    public static String expired() {
        Instant issued = Instant.now().minusSeconds(7200);
        return Jwt.issuer("seatwise").subject("test-analyst").groups("analyst").issuedAt(issued)
                .expiresAt(issued.plusSeconds(3600)).sign();
    }

    /** Well-formed, but signed by a key the gateway does not know. */
    public static String signedByStranger() {
        return Jwt.issuer("seatwise").subject("intruder").groups("analyst").expiresIn(600)
                .sign(JwtKeys.generate().getPrivate());
    }

    public static String otherIssuer() {
        return Jwt.issuer("someone-else").subject("test-analyst").groups("analyst").expiresIn(600).sign();
    }
}
