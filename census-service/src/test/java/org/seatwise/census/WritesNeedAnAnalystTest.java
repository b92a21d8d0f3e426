package org.seatwise.census;

import java.util.List;

import org.seatwise.platform.testing.AnalystTokensRequired;
import org.seatwise.platform.testing.WriteGuardContract;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** census-service called directly: its population uploads (JSON and CSV, under both names) need an analyst. */
@QuarkusTest
@TestProfile(AnalystTokensRequired.class)
class WritesNeedAnAnalystTest extends WriteGuardContract {

    // KZ-62 (Ulytau region) is among the seeded units; the figures are made up for the test.
    private static final String JSON = """
            {"source":"write-guard test","citation":"made up","figures":[
             {"unitCode":"KZ-62","date":"2023-01-01","universe":"voters","value":138000}]}""";
    private static final String CSV = "unit_code,date,universe,value\nKZ-62,2023-01-01,voters,138000\n";

    @Override
    protected List<Write> writes() {
        return List.of(new Write("POST", "/api/v1/population", "application/json", JSON),
                new Write("POST", "/api/v1/population?source=write-guard%20test", "text/csv", CSV),
                new Write("POST", "/api/v1/population-figures", "application/json", JSON),
                new Write("POST", "/api/v1/population-figures?source=write-guard%20test", "text/csv", CSV));
    }
}
