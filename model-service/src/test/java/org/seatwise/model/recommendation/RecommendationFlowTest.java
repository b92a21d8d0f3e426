package org.seatwise.model.recommendation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.CouncilSeatsRecorded;
import org.seatwise.contracts.LegalCapRecorded;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.Topics;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.contracts.VoterRollPublished;
import org.seatwise.platform.testing.TestEvents;
import org.seatwise.platform.testing.TopicTail;

import io.quarkus.test.junit.QuarkusTest;

/**
 * model-service against the real broker and database: events in as census-service and
 * election-service publish them, recommendations and their events out.
 */
@QuarkusTest
class RecommendationFlowTest {

    private static final Provenance SOURCE = new Provenance("test commission", LocalDate.of(2023, 1, 1), null);
    /** election-service's acceptance sequence: each bulletin of the test accepted after the one before. */
    private static final AtomicLong ACCEPTED = new AtomicLong();

    /** A unit code of its own in jurisdiction T (where capBinds sets a cap) or another one. */
    private static String newUnit(String jurisdiction) {
        return jurisdiction + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private static String newUnit() {
        return newUnit("T");
    }

    @Test
    @DisplayName("asOf is the day of the figures: the roll in force then, even when a later roll is current; knownAt is what was said at an instant")
    void asOfIsTheFiguresDay() {
        String unit = newUnit();
        try (TestEvents events = new TestEvents()) {
            register(events, unit, 30);
            events.send(UUID.randomUUID().toString(), rollOn(unit, "b2023-" + unit, 1_000_000, LocalDate.of(2023, 1, 1)));
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/recommendations/" + unit)
                    .then().statusCode(200).body("seats", equalTo(100)));
            // An older roll accepted later: never current, yet it is the answer for a day before 2023.
            events.send(UUID.randomUUID().toString(), rollOn(unit, "b2021-" + unit, 404_469, LocalDate.of(2021, 1, 1)));
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("asOf", "2022-06-01")
                    .get("/api/v1/recommendations/" + unit).then().statusCode(200).body("seats", equalTo(74))
                    .body("input.bulletinId", equalTo("b2021-" + unit)).body("input.provenance.date", equalTo("2021-01-01"))
                    .body("otherRules.size()", equalTo(2)));
            given().get("/api/v1/recommendations/" + unit).then().body("seats", equalTo(100));
            given().queryParam("asOf", "2024-01-01").get("/api/v1/recommendations/" + unit).then().statusCode(200)
                    .body("seats", equalTo(100)).body("input.bulletinId", equalTo("b2023-" + unit));
            given().queryParam("asOf", "2020-12-31").get("/api/v1/recommendations/" + unit).then().statusCode(404)
                    .contentType("application/problem+json");
            given().queryParam("asOf", "2022-06-01").queryParam("model", "cube-root").queryParam("rounding", "floor")
                    .get("/api/v1/recommendations").then().statusCode(200);
            for (String bad : new String[] { "0000-01-01", "1899-12-31", "2023-02-30", "2023-1-1", "+2023-01-01", "yesterday" }) {
                given().queryParam("asOf", bad).get("/api/v1/recommendations/" + unit).then().statusCode(422)
                        .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
            }
            given().queryParam("asOf", "2022-06-01").queryParam("knownAt", "2025-01-01T00:00:00Z")
                    .get("/api/v1/recommendations/" + unit).then().statusCode(422).body("errors[0].field", equalTo("knownAt"));
            given().queryParam("knownAt", "2000-01-01T00:00:00Z").get("/api/v1/recommendations/" + unit).then().statusCode(404);
        }
    }

    private static VoterRollPublished rollOn(String unit, String bulletin, long voters, LocalDate date) {
        return new VoterRollPublished(bulletin, 1, 1, unit, voters, date, SOURCE, ACCEPTED.incrementAndGet(), null);
    }

    private static VoterRollPublished roll(String unit, String bulletin, long voters) {
        return new VoterRollPublished(bulletin, 1, 1, unit, voters, LocalDate.of(2023, 1, 1), SOURCE,
                ACCEPTED.incrementAndGet(), null);
    }

    private static void register(TestEvents events, String unit, int seats) {
        events.send(UUID.randomUUID().toString(), new UnitRegistered(unit, "OBLAST",
                new UnitRegistered.Names(null, null, "Test " + unit), "KZ", null, null, List.of(), SOURCE));
        events.send(UUID.randomUUID().toString(), new CouncilSeatsRecorded(unit, "VIII", LocalDate.of(2023, 3, 19), seats, SOURCE));
    }

    @Test
    @DisplayName("a voter figure gives the cube-root recommendation with its provenance, current seats and gap, and publishes it")
    void figureToRecommendation() {
        String unit = newUnit();
        long voters = 1_177_507;
        int rounded = (int) Math.round(Math.cbrt(voters)); // 105.598 → 106, far from any .5 tie
        try (TestEvents events = new TestEvents(); TopicTail tail = TopicTail.since(Topics.RECOMMENDATIONS, Instant.now().minusSeconds(1))) {
            register(events, unit, 46);
            events.send(UUID.randomUUID().toString(), roll(unit, "bulletin-" + unit, voters));
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/recommendations/" + unit)
                    .then().statusCode(200).body("seats", equalTo(rounded)).body("currentSeats", equalTo(46))
                    .body("gap", equalTo(46 - rounded)).body("input.value", equalTo((int) voters))
                    .body("input.bulletinId", equalTo("bulletin-" + unit))
                    .body("input.provenance.source", equalTo("test commission"))
                    .body("rule.model", equalTo("cube-root")).body("rule.rounding", equalTo("nearest"))
                    .body("rule.capApplied", equalTo(false)));
            var published = tail.await(e -> unit.equals(e.subject()) && e.data().contains("\"currentSeats\":46")
                    && e.data().contains("\"rounding\":\"nearest\"") && e.data().contains("\"capApplied\":false"), 1, Duration.ofSeconds(20));
            assertThat(published).isNotEmpty();
            assertThat(published.get(0).type()).isEqualTo("seatwise.recommendation.issued.v1");
            assertThat(published.get(0).data()).contains("\"seats\":" + rounded);
        }
    }

    @Test
    @DisplayName("a redelivered event changes nothing and publishes nothing; a new bulletin supersedes the old recommendation")
    void replayAndSupersede() {
        // A jurisdiction without caps, so that no other test's cap event recomputes this unit meanwhile.
        String unit = newUnit("R");
        String firstEventId = UUID.randomUUID().toString();
        Instant started = Instant.now().minusSeconds(1);
        try (TestEvents events = new TestEvents()) {
            register(events, unit, 30);
            events.send(firstEventId, roll(unit, "b1-" + unit, 404_469));
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/recommendations/" + unit)
                    .then().statusCode(200).body("currentSeats", equalTo(30)).body("input.value", equalTo(404_469)));
            String first = given().get("/api/v1/recommendations/" + unit).then().extract().path("recommendationId");
            // The relay publishes after the commit that GET already sees: wait for the events themselves,
            // one per active configuration.
            Map<String, String> published;
            try (TopicTail tail = TopicTail.since(Topics.RECOMMENDATIONS, started)) {
                published = tail.await(e -> unit.equals(e.subject()), 3, Duration.ofSeconds(60)).stream()
                        .collect(Collectors.toMap(TopicTail.Event::id, TopicTail.Event::data, (a, b) -> a));
            }
            assertThat(published).hasSize(3).containsKey(first);
            Instant afterFirst = Instant.now();

            try (TopicTail tail = TopicTail.since(Topics.RECOMMENDATIONS, afterFirst)) {
                events.send(firstEventId, roll(unit, "b1-" + unit, 404_469));
                // Delivery is at least once: a relay may send an event again, byte for byte, but a replayed
                // input must not make a new one.
                assertThat(tail.drain(e -> unit.equals(e.subject()), Duration.ofSeconds(4)))
                        .as("events after a replay, other than identical redeliveries")
                        .filteredOn(e -> !e.data().equals(published.get(e.id()))).isEmpty();
            }
            given().get("/api/v1/recommendations/" + unit).then().body("recommendationId", equalTo(first));

            events.send(UUID.randomUUID().toString(), roll(unit, "b2-" + unit, 1_000_000));
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/recommendations/" + unit)
                    .then().body("seats", equalTo(100)).body("input.bulletinId", equalTo("b2-" + unit)));
            // The first stopped being current when its successor was computed.
            String successorComputed = given().get("/api/v1/recommendations/" + unit).then().body("supersededAt", nullValue())
                    .extract().path("computedAt");
            given().queryParam("knownAt", afterFirst.toString()).get("/api/v1/recommendations/" + unit).then().statusCode(200)
                    .body("recommendationId", equalTo(first)).body("supersededAt", equalTo(successorComputed));
        }
    }

    @Test
    @DisplayName("a legal cap of 50 for regions makes the capped rule recommend 50 for 1,177,507 voters and report that the cap binds")
    void capBinds() {
        String unit = newUnit();
        try (TestEvents events = new TestEvents()) {
            register(events, unit, 46);
            events.send(UUID.randomUUID().toString(), roll(unit, "b-" + unit, 1_177_507));
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/recommendations/" + unit)
                    .then().statusCode(200).body("seats", equalTo(106)));
            // The jurisdiction of T-… units is T; the cap applies to every OBLAST there from 2001.
            events.send(UUID.randomUUID().toString(), new LegalCapRecorded("T", "OBLAST", LocalDate.of(2001, 1, 23), 50,
                    "Test law, art. 5(3)", SOURCE));
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/recommendations/" + unit)
                    .then().statusCode(200).body("seats", equalTo(106)).body("cap", equalTo(50)).body("capBinds", equalTo(true))
                    .body("otherRules.find { it.rule.capApplied }.seats", equalTo(50))
                    .body("otherRules.find { it.rule.capApplied }.rounded", equalTo(106)));
        }
    }

    @Test
    @DisplayName("a unit with no figure answers 404 problem+json")
    void unknownUnit() {
        given().get("/api/v1/recommendations/NO-SUCH-UNIT").then().statusCode(404).contentType("application/problem+json");
    }
}
