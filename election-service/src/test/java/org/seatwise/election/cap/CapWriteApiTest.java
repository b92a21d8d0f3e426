package org.seatwise.election.cap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Topics;
import org.seatwise.platform.testing.TopicTail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Writing legal caps, in test jurisdictions (XA, XB) so that Kazakhstan's seeded caps stay as seeded. */
@QuarkusTest
class CapWriteApiTest {

    private static final String ACT = "Test Law of 1 May 2012 on councils (art. 7)";

    @Test
    @DisplayName("a new cap answers 201, is in force from its first day and is published; the same cap again answers 200 and publishes nothing")
    void createdThenIdempotent() {
        Map<String, Object> cap = Map.of("jurisdiction", "XA", "unitKind", "city", "maxSeats", 30, "legalAct", ACT,
                "inForceFrom", "2012-05-01");
        Instant before = Instant.now().minusSeconds(1);
        try (TopicTail tail = TopicTail.since(Topics.ELECTION, before)) {
            given().contentType(ContentType.JSON).body(cap).post("/api/v1/caps").then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/caps?jurisdiction=XA&at=2012-05-01"))
                    .body("unitKind", equalTo("CITY")).body("provenance.source", equalTo(ACT));
            var published = tail.await(e -> "XA".equals(e.subject()), 1, Duration.ofSeconds(20));
            assertThat(published).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo("seatwise.election.legal-cap.recorded.v1");
                assertThat(e.data()).contains("\"maxSeats\":30").contains("\"unitKind\":\"CITY\"");
            });
            given().contentType(ContentType.JSON).body(cap).post("/api/v1/caps").then().statusCode(200);
            assertThat(tail.drain(e -> "XA".equals(e.subject()), Duration.ofSeconds(2))).hasSize(1);
        }
        given().get("/api/v1/caps?jurisdiction=XA&at=2012-04-30").then().statusCode(200).body("$", hasSize(0));
        given().get("/api/v1/caps?jurisdiction=XA&at=2012-05-01").then().statusCode(200).body("maxSeats", equalTo(List.of(30)))
                .body("legalAct", equalTo(List.of(ACT)));
    }

    @Test
    @DisplayName("a later cap for the same kind replaces the earlier one from its first day; the earlier stays in force before it")
    void laterCapTakesOver() {
        given().contentType(ContentType.JSON).body(Map.of("jurisdiction", "XB", "unitKind", "DISTRICT", "maxSeats", 25,
                "legalAct", ACT, "inForceFrom", "2012-05-01")).post("/api/v1/caps").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("jurisdiction", "XB", "unitKind", "DISTRICT", "maxSeats", "21",
                "legalAct", "Test Law of 2020", "inForceFrom", "2020-01-01")).post("/api/v1/caps").then().statusCode(201);
        given().get("/api/v1/caps?jurisdiction=XB&at=2019-12-31").then().body("maxSeats", equalTo(List.of(25)));
        given().get("/api/v1/caps?jurisdiction=XB&at=2020-01-01").then().body("maxSeats", equalTo(List.of(21)));
    }

    @Test
    @DisplayName("a cap with bad fields answers 422 problem+json naming each one, and nothing is stored")
    void rejectedWhole() {
        given().contentType(ContentType.JSON).body(Map.of("jurisdiction", "XD", "unitKind", "OBLAST", "maxSeats", -3,
                "inForceFrom", "2012-13-01")).post("/api/v1/caps").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("maxSeats", "legalAct", "inForceFrom")));
        given().get("/api/v1/caps?jurisdiction=XD").then().statusCode(200).body("$", hasSize(0));
    }
}
