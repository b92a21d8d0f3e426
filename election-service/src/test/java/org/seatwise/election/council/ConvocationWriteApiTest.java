package org.seatwise.election.council;

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
import org.seatwise.election.unit.KnownUnits;
import org.seatwise.platform.testing.TopicTail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * Writing a convocation's seats against the real database and broker. The units are of a test
 * jurisdiction (XC) whose cap each test writes itself, so Kazakhstan's seeded councils stay as seeded.
 */
@QuarkusTest
class ConvocationWriteApiTest {

    private static final String ACT = "Test Act No. 1 of 2010 (art. 3)";

    @Inject
    KnownUnits known;

    @BeforeEach
    void unitsAndCapKnown() {
        CensusAnnouncements.units(known, CensusAnnouncements.unit("XC-1", "OBLAST", null),
                CensusAnnouncements.unit("XC-2", "OBLAST", null), CensusAnnouncements.unit("XC-3", "OBLAST", null));
        given().contentType(ContentType.JSON).body(Map.of("jurisdiction", "XC", "unitKind", "OBLAST", "maxSeats", 50,
                "legalAct", ACT, "inForceFrom", "2010-01-01")).post("/api/v1/caps").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static Map<String, Object> seats(Object seats) {
        return Map.of("electionDate", "2023-03-19", "seats", seats, "source", "Test election commission",
                "citation", "results of 19 March 2023");
    }

    @Test
    @DisplayName("51 seats above the cap of 50 answer 422 problem+json naming seats, the cap and its act; nothing is stored or published")
    void aboveCap() {
        Instant before = Instant.now().minusSeconds(1);
        try (TopicTail tail = TopicTail.since(Topics.ELECTION, before)) {
            given().contentType(ContentType.JSON).body(seats(51)).put("/api/v1/councils/XC-1/convocations/VIII").then()
                    .statusCode(422).contentType("application/problem+json").body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("seats")).body("errors[0].value", equalTo("51"))
                    .body("errors[0].reason", equalTo("above the legal cap in force on 2023-03-19: at most 50 seats for OBLAST councils ("
                            + ACT + ", in force from 2010-01-01)"));
            given().get("/api/v1/councils/XC-1").then().statusCode(404);
            assertThat(tail.drain(e -> "XC-1".equals(e.subject()), Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    @DisplayName("a new count answers 201 and is published; the same again answers 200 and publishes nothing")
    void createdThenIdempotent() {
        Instant before = Instant.now().minusSeconds(1);
        try (TopicTail tail = TopicTail.since(Topics.ELECTION, before)) {
            given().contentType(ContentType.JSON).body(seats(46)).put("/api/v1/councils/XC-2/convocations/VIII").then()
                    .statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/councils/XC-2/convocations/VIII"))
                    .body("seats", equalTo(46)).body("provenance.date", equalTo("2023-03-19"));
            var published = tail.await(e -> "XC-2".equals(e.subject()), 1, Duration.ofSeconds(20));
            assertThat(published).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo("seatwise.election.council-seats.recorded.v1");
                assertThat(e.data()).contains("\"seats\":46").contains("\"convocation\":\"VIII\"");
            });
            given().contentType(ContentType.JSON).body(seats("46")).put("/api/v1/councils/XC-2/convocations/VIII").then()
                    .statusCode(200).body("seats", equalTo(46));
            assertThat(tail.drain(e -> "XC-2".equals(e.subject()), Duration.ofSeconds(2))).hasSize(1);
            given().get("/api/v1/councils/XC-2").then().statusCode(200).body("currentSeats", equalTo(46))
                    .body("capInForce.maxSeats", equalTo(50));
        }
    }

    @Test
    @DisplayName("a corrected count answers 200 and is published, and a return to the first count is published again under a new event id")
    void changes() {
        Instant before = Instant.now().minusSeconds(1);
        try (TopicTail tail = TopicTail.since(Topics.ELECTION, before)) {
            given().contentType(ContentType.JSON).body(seats(40)).put("/api/v1/councils/XC-3/convocations/VIII").then().statusCode(201);
            given().contentType(ContentType.JSON).body(seats(41)).put("/api/v1/councils/XC-3/convocations/VIII").then().statusCode(200);
            given().contentType(ContentType.JSON).body(seats(40)).put("/api/v1/councils/XC-3/convocations/VIII").then().statusCode(200);
            var published = tail.await(e -> "XC-3".equals(e.subject()), 3, Duration.ofSeconds(20));
            assertThat(published).extracting(e -> e.data().contains("\"seats\":41") ? 41 : 40).containsExactly(40, 41, 40);
            assertThat(published).extracting(TopicTail.Event::id).doesNotHaveDuplicates();
            given().get("/api/v1/councils/XC-3").then().statusCode(200).body("currentSeats", equalTo(40));
        }
    }

    @Test
    @DisplayName("a convocation that is not a Roman numeral and a unit census-service never announced are both named")
    void badPath() {
        given().contentType(ContentType.JSON).body(seats(10)).put("/api/v1/councils/XC-404/convocations/8th").then()
                .statusCode(422).body("errors.field", equalTo(List.of("unitCode", "convocation")));
    }

    @Test
    @DisplayName("a later cap below the seats already recorded for a council it would govern answers 422 naming that convocation; nothing is stored")
    void capBelowRecordedSeats() {
        CensusAnnouncements.units(known, CensusAnnouncements.unit("XE-1", "OBLAST", null));
        given().contentType(ContentType.JSON).body(Map.of("jurisdiction", "XE", "unitKind", "OBLAST", "maxSeats", 50,
                "legalAct", ACT, "inForceFrom", "2010-01-01")).post("/api/v1/caps").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().contentType(ContentType.JSON).body(seats(46)).put("/api/v1/councils/XE-1/convocations/VIII").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().contentType(ContentType.JSON).body(Map.of("jurisdiction", "XE", "unitKind", "OBLAST", "maxSeats", 40,
                "legalAct", "Test Act of 2020", "inForceFrom", "2020-01-01")).post("/api/v1/caps").then().statusCode(422)
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("maxSeats"))
                .body("errors[0].reason", equalTo("below the 46 seats recorded for the VIII convocation of XE-1, elected 2023-03-19 "
                        + "(Test election commission)"));
        given().get("/api/v1/caps?jurisdiction=XE&at=2024-01-01").then().statusCode(200).body("maxSeats", equalTo(List.of(50)));
        given().contentType(ContentType.JSON).body(Map.of("jurisdiction", "XE", "unitKind", "OBLAST", "maxSeats", 40,
                "legalAct", "Test Act of 2024", "inForceFrom", "2024-01-01")).post("/api/v1/caps").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    @Test
    @DisplayName("a unit code outside the contract's pattern (markup, announced by a producer breaking it) answers 201 with its Location percent-encoded, not 500 after the count was stored")
    void codeOfMarkupInLocation() {
        String code = "XC-<img src=x onerror=alert(1)>";
        CensusAnnouncements.units(known, CensusAnnouncements.unit(code, "OBLAST", null));
        given().contentType(ContentType.JSON).body(seats(12)).put("/api/v1/councils/{unit}/convocations/VIII", code).then()
                .statusCode(201).header("Location", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("/api/v1/councils/XC-%3Cimg%20src"),
                        org.hamcrest.Matchers.endsWith("%3E/convocations/VIII")))
                .body("unitCode", equalTo(code));
        given().get("/api/v1/councils/{unit}", code).then().statusCode(200).body("currentSeats", equalTo(12));
    }
}
