package org.seatwise.model;

import java.util.List;

import org.seatwise.platform.testing.AnalystTokensRequired;
import org.seatwise.platform.testing.WriteGuardContract;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * model-service called directly: it has no write endpoint of its own (recommendations come from
 * events; apportionment, malapportionment and scenarios are computations, open to all), so the
 * contract checks that any write it might grow is refused and that the computations stay open.
 */
@QuarkusTest
@TestProfile(AnalystTokensRequired.class)
class WritesNeedAnAnalystTest extends WriteGuardContract {

    @Override
    protected List<Write> writes() {
        return List.of();
    }
}
