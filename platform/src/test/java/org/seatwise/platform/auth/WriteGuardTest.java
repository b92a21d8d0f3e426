package org.seatwise.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WriteGuardTest {

    /** Accepts "analyst-token", "reader-token"; "old-token" has expired; anything else is forged. */
    private final WriteGuard guard = new WriteGuard(token -> switch (token) {
        case "analyst-token" -> new VerifiedToken("aigerim", Set.of("analyst", "reader"));
        case "reader-token" -> new VerifiedToken("dias", Set.of("reader"));
        case "old-token" -> throw new TokenVerifier.InvalidToken("expired", true);
        default -> throw new TokenVerifier.InvalidToken("forged", false);
    });

    private static int status(AccessDecision d) {
        return d instanceof AccessDecision.Denied denied ? denied.status() : 200;
    }

    @Test
    @DisplayName("reads pass without a token, and so does a stale token on a read")
    void readsArePublic() {
        assertThat(guard.decide("GET", "/api/v1/bulletins", null)).isEqualTo(new AccessDecision.Allowed(null));
        assertThat(status(guard.decide("GET", "/api/v1/units/KZ-61", "Bearer old-token"))).isEqualTo(200);
        assertThat(status(guard.decide("HEAD", "/api/v1/units", null))).isEqualTo(200);
    }

    @Test
    @DisplayName("apportionments, malapportionment and scenarios are computations anyone may ask for")
    void computationsArePublic() {
        assertThat(status(guard.decide("POST", "/api/v1/apportionments", null))).isEqualTo(200);
        assertThat(status(guard.decide("POST", "/api/v1/malapportionment/", null))).isEqualTo(200);
        assertThat(status(guard.decide("POST", "/api/v1/scenarios", null))).isEqualTo(200);
        assertThat(status(guard.decide("DELETE", "/api/v1/scenarios", null))).isEqualTo(401);
    }

    @Test
    @DisplayName("a write without a bearer token is 401")
    void writeWithoutToken() {
        assertThat(status(guard.decide("POST", "/api/v1/bulletins", null))).isEqualTo(401);
        assertThat(status(guard.decide("POST", "/api/v1/bulletins", "Bearer "))).isEqualTo(401);
        assertThat(status(guard.decide("PUT", "/api/v1/caps", "Basic YTpi"))).isEqualTo(401);
    }

    @Test
    @DisplayName("an expired token is 401 token-expired, a forged one 401 invalid-token")
    void invalidTokens() {
        assertThat(guard.decide("POST", "/api/v1/bulletins", "Bearer old-token"))
                .isInstanceOfSatisfying(AccessDecision.Denied.class, d -> assertThat(d.slug()).isEqualTo("token-expired"));
        assertThat(guard.decide("POST", "/api/v1/bulletins", "Bearer forged"))
                .isInstanceOfSatisfying(AccessDecision.Denied.class, d -> assertThat(d.slug()).isEqualTo("invalid-token"));
    }

    @Test
    @DisplayName("a valid token without the analyst group is 403; with it the write passes under the analyst's name")
    void roles() {
        assertThat(status(guard.decide("PATCH", "/api/v1/councils/KZ-61", "Bearer reader-token"))).isEqualTo(403);
        assertThat(guard.decide("POST", "/api/v1/bulletins", "bearer analyst-token"))
                .isEqualTo(new AccessDecision.Allowed("aigerim"));
    }
}
