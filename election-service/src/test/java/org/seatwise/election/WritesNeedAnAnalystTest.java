package org.seatwise.election;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.platform.testing.AnalystTokensRequired;
import org.seatwise.platform.testing.TestEvents;
import org.seatwise.platform.testing.Tokens;
import org.seatwise.platform.testing.WriteGuardContract;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** election-service called directly: bulletin uploads (JSON and CSV) need an analyst. */
@QuarkusTest
@TestProfile(AnalystTokensRequired.class)
class WritesNeedAnAnalystTest extends WriteGuardContract {

    private static final String JSON = """
            {"issuer":"write-guard test","rollDate":"2023-01-01","rows":[{"unitCode":"KZ-61","voters":1177507}]}""";
    private static final String CSV = "unit_code,voters\nKZ-61,1177507\n";
    private static boolean unitKnown;

    /** census-service's announcement of the unit the bulletins name, as census-service would send it. */
    @BeforeEach
    void unitKnown() {
        if (unitKnown) {
            return;
        }
        try (TestEvents events = new TestEvents()) {
            events.send(UUID.randomUUID().toString(), new UnitRegistered("KZ-61", "OBLAST",
                    new UnitRegistered.Names(null, null, "Turkestan Region"), "KZ", LocalDate.of(2018, 6, 19), null,
                    List.of(), new Provenance("test", LocalDate.of(2025, 1, 1), null)));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().contentType("application/json")
                .header("Authorization", "Bearer " + Tokens.analyst()).body(JSON).post("/api/v1/bulletins").statusCode() / 100 == 2);
        unitKnown = true;
    }

    @Override
    protected List<Write> writes() {
        return List.of(new Write("POST", "/api/v1/bulletins", "application/json", JSON),
                new Write("POST", "/api/v1/bulletins?issuer=write-guard%20test&rollDate=2023-01-01", "text/csv", CSV));
    }
}
