package org.seatwise.election.bulletin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Topics;
import org.seatwise.election.CensusAnnouncements;
import org.seatwise.election.unit.KnownPopulations;
import org.seatwise.election.unit.KnownUnits;
import org.seatwise.platform.testing.TopicTail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;

@QuarkusTest
class BulletinApiTest {

    @Inject
    KnownUnits known;
    @Inject
    KnownPopulations populations;

    /** census-service's announcements of the two units the tests use, as census-service would send them. */
    @BeforeEach
    void unitsKnown() {
        CensusAnnouncements.units(known, CensusAnnouncements.unit("KZ-61", "OBLAST", LocalDate.of(2018, 6, 19)),
                CensusAnnouncements.unit("KZ-75", "CITY_REPUBLICAN", null));
    }

    private static String issuer() {
        return "Test commission " + System.nanoTime();
    }

    private static Map<String, Object> body(String issuer, Object... codeVoters) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < codeVoters.length; i += 2) {
            rows.add(Map.of("unitCode", codeVoters[i], "voters", codeVoters[i + 1]));
        }
        return Map.of("source", issuer, "date", "2023-01-01", "rows", rows);
    }

    @Test
    @DisplayName("a valid bulletin answers 201 with its id and publishes one VoterRollPublished event per row")
    void accepted() {
        String issuer = issuer();
        Instant before = Instant.now().minusSeconds(1);
        try (TopicTail tail = TopicTail.since(Topics.ELECTION, before)) {
            String id = given().contentType(ContentType.JSON).body(body(issuer, "KZ-61", 1177507, "KZ-75", 1176138))
                    .post("/api/v1/bulletins").then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/bulletins/"))
                    .body("version", equalTo(1)).body("rowCount", equalTo(2)).body("status", equalTo("CURRENT"))
                    .extract().path("id");
            var events = tail.await(e -> e.data() != null && e.data().contains(id), 2, Duration.ofSeconds(20));
            assertThat(events).extracting(TopicTail.Event::subject).containsExactlyInAnyOrder("KZ-61", "KZ-75");
            assertThat(events).allSatisfy(e -> assertThat(e.type()).isEqualTo("seatwise.election.voter-roll.published.v1"));
            assertThat(events.stream().filter(e -> "KZ-61".equals(e.subject())).findFirst().orElseThrow().data())
                    .contains("\"voters\":1177507");
            given().get("/api/v1/bulletins/" + id + "/rows").then().statusCode(200).body("unitCode", equalTo(List.of("KZ-61", "KZ-75")));
        }
    }

    @Test
    @DisplayName("uploading the same bulletin again answers 200 with the first one and publishes nothing")
    void idempotent() {
        String issuer = issuer();
        String first = given().contentType(ContentType.JSON).body(body(issuer, "KZ-61", 10, "KZ-75", 20))
                .post("/api/v1/bulletins").then().statusCode(201).extract().path("id");
        // The relay publishes after the commit: let the first upload's two events out before "between".
        try (TopicTail published = TopicTail.since(Topics.ELECTION, Instant.now().minusSeconds(5))) {
            assertThat(published.await(e -> e.data() != null && e.data().contains(first), 2, Duration.ofSeconds(60))).hasSize(2);
        }
        Instant between = Instant.now();
        try (TopicTail tail = TopicTail.since(Topics.ELECTION, between)) {
            given().contentType(ContentType.JSON).body(body(issuer, "KZ-75", 20, "KZ-61", 10)).post("/api/v1/bulletins")
                    .then().statusCode(200).body("id", equalTo(first));
            assertThat(tail.drain(e -> e.data() != null && e.data().contains(first), Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    @DisplayName("a corrected bulletin for the same roll date is version 2 and supersedes version 1, both readable")
    void correction() {
        String issuer = issuer();
        String v1 = given().contentType(ContentType.JSON).body(body(issuer, "KZ-61", 10)).post("/api/v1/bulletins")
                .then().statusCode(201).extract().path("id");
        String v2 = given().contentType(ContentType.JSON).body(body(issuer, "KZ-61", 11)).post("/api/v1/bulletins")
                .then().statusCode(201).body("version", equalTo(2)).extract().path("id");
        given().get("/api/v1/bulletins/" + v1).then().statusCode(200).body("status", equalTo("SUPERSEDED"))
                .body("supersededBy", equalTo(v2));
        given().get("/api/v1/bulletins/" + v2).then().statusCode(200).body("status", equalTo("CURRENT"));
    }

    @Test
    @DisplayName("an unknown unit or a non-positive count answers 422 problem+json naming each row, and nothing is stored")
    void rejectedWhole() {
        String issuer = issuer();
        given().contentType(ContentType.JSON).body(body(issuer, "KZ-61", 100, "KZ-00", 5, "KZ-75", 0))
                .post("/api/v1/bulletins").then().statusCode(422).contentType("application/problem+json")
                .body("errors.row", equalTo(List.of(2, 3))).body("errors.field", equalTo(List.of("unitCode", "voters")));
        List<String> issuers = given().get("/api/v1/bulletins?limit=1000").then().statusCode(200).extract().path("issuer");
        assertThat(issuers).doesNotContain(issuer);
    }

    @Test
    @DisplayName("a unit code with a NUL byte is an unknown unit (422 naming its row), not a database error; rows that are not a list are a 422 too")
    void nulInUnitCode() {
        String issuer = issuer();
        given().contentType("text/csv").queryParam("issuer", issuer).queryParam("rollDate", "2023-01-01")
                .body("unit_code,voters\nKZ-61,5\nKZ-\u000061,7\n").post("/api/v1/bulletins").then().statusCode(422)
                .contentType("application/problem+json").body("errors.row", equalTo(List.of(3)))
                .body("errors.field", equalTo(List.of("unitCode")));
        // Rows that are not a list: no units to look up, and the problem names the field.
        given().contentType(ContentType.JSON).body("{\"source\":\"" + issuer + "\",\"date\":\"2023-01-01\",\"rows\":\"KZ-61\"}")
                .post("/api/v1/bulletins").then().statusCode(422).contentType("application/problem+json");
        List<String> issuers = given().get("/api/v1/bulletins?limit=1000").then().statusCode(200).extract().path("issuer");
        assertThat(issuers).doesNotContain(issuer);
    }

    @Test
    @DisplayName("a CSV bulletin with a byte-order mark is accepted; a CSV without the voters column is refused")
    void csv() {
        String issuer = issuer();
        byte[] csv = ("\uFEFFunit_code,voters\nKZ-61,1177507\r\nKZ-75,1176138\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().contentType("text/csv").queryParam("issuer", issuer).queryParam("rollDate", "2023-01-01").body(csv)
                .post("/api/v1/bulletins").then().statusCode(201).body("rowCount", equalTo(2));
        given().contentType("text/csv").queryParam("issuer", issuer).queryParam("rollDate", "2023-01-01")
                .body("unit_code,count\nKZ-61,5\n").post("/api/v1/bulletins").then().statusCode(422)
                .body("errors[0].field", equalTo("voters"));
        given().contentType("text/csv").queryParam("issuer", issuer).queryParam("rollDate", "2023-01-01")
                .body("unit_code,voters\nKZ-61,5\nKZ-99,abc\n").post("/api/v1/bulletins").then().statusCode(422)
                .body("errors.row", equalTo(List.of(3, 3)));
    }

    @Test
    @DisplayName("malformed JSON answers 400 problem+json")
    void malformedJson() {
        given().contentType(ContentType.JSON).body("{\"source\": ").post("/api/v1/bulletins").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    @DisplayName("a row with more voters than the unit's latest announced population answers 422 naming the row, the figure, its source and date")
    void moreVotersThanPopulation() {
        CensusAnnouncements.units(known, CensusAnnouncements.unit("KZ-TEST-POP", "DISTRICT", null));
        CensusAnnouncements.population(populations, "KZ-TEST-POP", LocalDate.of(2021, 10, 1), 14_240, "National census 2021");
        String issuer = issuer();
        given().contentType(ContentType.JSON).body(body(issuer, "KZ-61", 100, "KZ-TEST-POP", 14_241))
                .post("/api/v1/bulletins").then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("voters"))
                .body("errors[0].value", equalTo("14241"))
                .body("errors[0].reason", equalTo("more voters than the unit's population: 14,240 (National census 2021, 2021-10-01)"));
        List<String> issuers = given().get("/api/v1/bulletins?limit=1000").then().statusCode(200).extract().path("issuer");
        assertThat(issuers).doesNotContain(issuer);
        given().contentType(ContentType.JSON).body(body(issuer, "KZ-TEST-POP", 10_000)).post("/api/v1/bulletins").then()
                .statusCode(201);
    }

    @Test
    @DisplayName("with Prefer: respond-async an invalid bulletin answers 202, and its upload ends REJECTED with the problem naming each row; nothing is stored")
    void asyncRejected() {
        String issuer = issuer();
        String location = given().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body(body(issuer, "KZ-61", 100, "KZ-00", 5)).post("/api/v1/bulletins").then().statusCode(202)
                .header("Preference-Applied", "respond-async").body("total", equalTo(2)).extract().header("Location");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(location).then()
                .statusCode(200).body("status", equalTo("REJECTED")));
        given().get(location).then().body("rowsValidated", equalTo(2)).body("rowsStored", equalTo(0))
                .body("problem.status", equalTo(422)).body("problem.errors.row", equalTo(List.of(2)))
                .body("problem.errors.field", equalTo(List.of("unitCode")));
        List<String> issuers = given().get("/api/v1/bulletins?limit=1000").then().statusCode(200).extract().path("issuer");
        assertThat(issuers).doesNotContain(issuer);
    }

    @Test
    @DisplayName("with Prefer: respond-async a valid CSV bulletin's upload ends STORED with its counts and the bulletin; the same again ends STORED with created false")
    void asyncStored() {
        String issuer = issuer();
        String csv = "unit_code,voters\nKZ-61,1177507\nKZ-75,1176138\n";
        String location = given().contentType("text/csv").header("Prefer", "wait=5, respond-async").queryParam("issuer", issuer)
                .queryParam("rollDate", "2023-01-01").body(csv).post("/api/v1/bulletins").then().statusCode(202)
                .extract().header("Location");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(location).then()
                .statusCode(200).body("status", equalTo("STORED")));
        String bulletin = given().get(location).then().body("total", equalTo(2)).body("rowsValidated", equalTo(2))
                .body("rowsStored", equalTo(2)).body("created", equalTo(true)).extract().path("bulletinId");
        given().get("/api/v1/bulletins/" + bulletin).then().statusCode(200).body("issuer", equalTo(issuer)).body("rowCount", equalTo(2));
        String again = given().contentType("text/csv").header("Prefer", "respond-async").queryParam("issuer", issuer)
                .queryParam("rollDate", "2023-01-01").body(csv).post("/api/v1/bulletins").then().statusCode(202)
                .extract().header("Location");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(again).then()
                .statusCode(200).body("status", equalTo("STORED")).body("created", equalTo(false)).body("bulletinId", equalTo(bulletin)));
        given().get("/api/v1/bulletins/uploads/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
