package org.seatwise.census;

import org.seatwise.platform.testing.ReadinessContract;
import org.seatwise.platform.testing.UnreachableInfrastructure;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The tests and their assertions are ReadinessContract's, run against this service's own build. */
@QuarkusTest
@TestProfile(ReadinessTest.Unreachable.class)
class ReadinessTest extends ReadinessContract {

    /** Its own profile: the application restarts with the database behind a proxy and no broker. */
    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(UnreachableInfrastructure.class,
                    java.util.Map.of("database", "seatwise_census_test" + System.getenv().getOrDefault("SEATWISE_TEST_DB_SUFFIX", "")), true));
        }
    }
}
