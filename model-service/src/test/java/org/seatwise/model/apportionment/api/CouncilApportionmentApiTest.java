package org.seatwise.model.apportionment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.CouncilSeatsRecorded;
import org.seatwise.contracts.PopulationRecorded;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.platform.testing.TestEvents;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CouncilApportionmentApiTest {

    private static final Provenance SOURCE = new Provenance("test statistics office", LocalDate.of(2023, 1, 1), null);

    @Test
    @DisplayName("a council's current 10 seats are shared among its three districts by their latest population (Webster: 5, 3, 2)")
    void districts() {
        String parent = "A-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        // Populations 5,300 / 3,100 / 1,600 of 10,000: quotas 5.3, 3.1, 1.6 → Webster (standard rounding) 5, 3, 2 = 10.
        long[] population = { 5_300, 3_100, 1_600 };
        try (TestEvents events = new TestEvents()) {
            events.send(UUID.randomUUID().toString(), new UnitRegistered(parent, "OBLAST",
                    new UnitRegistered.Names(null, null, "Test region"), null, null, null, List.of(), SOURCE));
            events.send(UUID.randomUUID().toString(), new CouncilSeatsRecorded(parent, "VIII", LocalDate.of(2023, 3, 19), 10, SOURCE));
            for (int i = 0; i < population.length; i++) {
                String child = parent + "-D" + i;
                events.send(UUID.randomUUID().toString(), new UnitRegistered(child, "DISTRICT",
                        new UnitRegistered.Names(null, null, "District " + i), parent, null, null, List.of(), SOURCE));
                // An older figure that must not be used, then the latest one.
                events.send(UUID.randomUUID().toString(), new PopulationRecorded("old-" + child, child, LocalDate.of(2009, 2, 25),
                        "TOTAL_POPULATION", 1, SOURCE));
                events.send(UUID.randomUUID().toString(), new PopulationRecorded("new-" + child, child, LocalDate.of(2023, 1, 1),
                        "TOTAL_POPULATION", population[i], SOURCE));
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .post("/api/v1/councils/" + parent + "/apportionment?method=webster").then().statusCode(200)
                .body("apportionment.seats", equalTo(10))
                .body("apportionment.allocations.seats", contains(5, 3, 2))
                .body("inputs.figureId", contains("new-" + parent + "-D0", "new-" + parent + "-D1", "new-" + parent + "-D2")));
    }

    @Test
    @DisplayName("a unit without known sub-units answers 404 problem+json")
    void noChildren() {
        given().post("/api/v1/councils/NO-SUCH/apportionment").then().statusCode(404).contentType("application/problem+json");
    }
}
