package org.seatwise.election.council;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CouncilApiTest {

    @Test
    @DisplayName("Turkestan's council had 47 seats in the I convocation (1994) and has 46 in the VIII (2023), per the study's Table 1")
    void turkestan() {
        given().get("/api/v1/councils/KZ-61").then().statusCode(200)
                .body("convocations.convocation", equalTo(List.of("I", "VIII")))
                .body("convocations.seats", equalTo(List.of(47, 46)))
                .body("currentSeats", equalTo(46))
                .body("convocations[1].electionDate", equalTo("2023-03-19"));
    }

    @Test
    @DisplayName("Ulytau region, created in 2022, has only its VIII convocation")
    void ulytau() {
        given().get("/api/v1/councils/KZ-62").then().statusCode(200).body("convocations.convocation", equalTo(List.of("VIII")));
    }

    @Test
    @DisplayName("a unit without a council answers 404 problem+json")
    void unknown() {
        given().get("/api/v1/councils/KZ-00").then().statusCode(404).contentType("application/problem+json");
    }
}
