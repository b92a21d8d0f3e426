package org.seatwise.census.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The list of units is served in pages of at most 10,000 (OWASP API4), its size in X-Total-Count. */
@QuarkusTest
class UnitPagingTest {

    @Test
    @DisplayName("limit and offset pick a page of the seeded regions and the header tells how many there are")
    void pages() {
        int total = Integer.parseInt(given().get("/api/v1/units?kind=oblast").then().statusCode(200).extract().header("X-Total-Count"));
        String second = given().get("/api/v1/units?kind=oblast&limit=1&offset=1").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(total)).body("$", hasSize(1)).extract().path("[0].code");
        given().get("/api/v1/units?kind=oblast&limit=2").then().statusCode(200).body("$", hasSize(2)).body("[1].code", equalTo(second));
    }

    @Test
    @DisplayName("a limit beyond 10,000 or a negative offset is a 400 problem naming the parameter")
    void beyondTheCap() {
        given().get("/api/v1/units?limit=10001").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
        given().get("/api/v1/units?offset=-1").then().statusCode(400).body("errors[0].field", equalTo("offset"));
    }
}
