package org.seatwise.election.bulletin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The list of bulletins is served in pages of at most 1,000, newest first (OWASP API4). */
@QuarkusTest
class BulletinPagingTest {

    @Test
    @DisplayName("a limit beyond 1,000 is a 400 problem naming it instead of a silently shorter list")
    void beyondTheCap() {
        given().get("/api/v1/bulletins?limit=1001").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
        given().get("/api/v1/bulletins?limit=1000").then().statusCode(200);
    }
}
