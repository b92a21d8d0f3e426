package org.seatwise.election.cap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CapApiTest {

    @Test
    @DisplayName("on 1 January 2023 regional councils are capped at 50, city councils at 30 and district councils at 25 by the 2001 law")
    void capsIn2023() {
        given().get("/api/v1/caps?at=2023-01-01").then().statusCode(200).body("$", hasSize(5))
                .body("find { it.unitKind == 'OBLAST' }.maxSeats", equalTo(50))
                .body("find { it.unitKind == 'CAPITAL' }.maxSeats", equalTo(50))
                .body("find { it.unitKind == 'CITY' }.maxSeats", equalTo(30))
                .body("find { it.unitKind == 'DISTRICT' }.maxSeats", equalTo(25))
                .body("find { it.unitKind == 'OBLAST' }.inForceFrom", equalTo("2001-01-23"))
                .body("find { it.unitKind == 'OBLAST' }.legalAct", org.hamcrest.Matchers.containsString("2001"));
    }

    @Test
    @DisplayName("in 1995 the 1993 law applied, which names no capital")
    void capsIn1995() {
        given().get("/api/v1/caps?at=1995-06-01").then().statusCode(200).body("$", hasSize(4))
                .body("find { it.unitKind == 'OBLAST' }.inForceFrom", equalTo("1993-12-10"))
                .body("find { it.unitKind == 'CAPITAL' }", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @DisplayName("a malformed date is a 422 problem naming the parameter")
    void badDate() {
        given().get("/api/v1/caps?at=yesterday").then().statusCode(422).body("errors[0].field", equalTo("at"));
    }
}
