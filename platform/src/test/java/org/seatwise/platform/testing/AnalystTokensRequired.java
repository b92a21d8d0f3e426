package org.seatwise.platform.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service as it runs in production: every write needs an analyst's token, verified with a key pair
 * made for the run ({@link JwtKeys}; {@link Tokens} signs with its private half).
 */
public class AnalystTokensRequired implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("seatwise.auth.writes-need-token", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(JwtKeys.class));
    }
}
