package org.seatwise.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.gateway.support.FakeServices;
import org.seatwise.platform.testing.JwtKeys;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Over HTTP: census answers a document, election's stand-in answers none, model-service is down. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(JwtKeys.class)
class MergedOpenApiTest {

    @Test
    @DisplayName("/q/openapi merges the gateway's own paths with every service that answers, and names those that do not")
    void merged() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).contentType(containsString("json"))
                .body("info.title", equalTo("seatwise API"))
                .body("paths.'/api/v1/recommendations/stream'", notNullValue())
                .body("paths.'/api/v1/units'.get.'x-seatwise-service'", equalTo("census-service"))
                .body("components.schemas.UnitView", notNullValue())
                .body("'x-seatwise-unavailable'", hasItems("election-service", "model-service"));
        given().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"))
                .body(containsString("/api/v1/units:"));
        given().queryParam("scope", "gateway").queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("seatwise gateway"));
    }
}
