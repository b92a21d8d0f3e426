package org.seatwise.model.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The list of recommendations is served in pages of at most 10,000 (OWASP API4). */
@QuarkusTest
class RecommendationPagingTest {

    @Test
    @DisplayName("a limit beyond 10,000, of 0 or in words is a 400 problem naming it; a page within says the list's size")
    void beyondTheCap() {
        given().get("/api/v1/recommendations?limit=10001").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
        given().get("/api/v1/recommendations?limit=0&offset=x").then().statusCode(400).body("errors.field", equalTo(java.util.List.of("limit", "offset")));
        given().get("/api/v1/recommendations?limit=10000").then().statusCode(200).header("X-Total-Count", org.hamcrest.Matchers.notNullValue());
    }
}
