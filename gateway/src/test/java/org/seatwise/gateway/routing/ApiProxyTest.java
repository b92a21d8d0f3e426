package org.seatwise.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.gateway.support.FakeServices;
import org.seatwise.platform.testing.JwtKeys;
import org.seatwise.platform.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The proxy over real HTTP, against {@link FakeServices}. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(JwtKeys.class)
class ApiProxyTest {

    @Test
    @DisplayName("a request is forwarded with its method, path, query, body and headers, and the answer comes back unchanged")
    void forwards() {
        String token = Tokens.analyst();
        given().contentType("application/json").header("Authorization", "Bearer " + token).body("{\"a\":1}")
                .post("/api/v1/bulletins?dryRun=true").then().statusCode(422).contentType("application/problem+json")
                .body("method", equalTo("POST")).body("uri", equalTo("/api/v1/bulletins?dryRun=true"))
                .body("body", equalTo("{'a':1}")).body("auth", equalTo("Bearer " + token));
    }

    @Test
    @DisplayName("a service that cannot be reached gives 503 problem+json naming it, at once")
    void unavailable() {
        given().get("/api/v1/recommendations/KZ-61").then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503)).body("detail", containsString("model-service"))
                .body("instance", equalTo("/api/v1/recommendations/KZ-61"));
        given().get("/api/v1/models").then().statusCode(503).body("detail", containsString("model-service"));
    }

    @Test
    @DisplayName("reads of every service are routed to it: census answers its units")
    void routesReads() {
        given().get("/api/v1/units").then().statusCode(200).contentType("application/json").body("[0].code", equalTo("KZ-61"));
        given().get("/api/v1/units/XX").then().statusCode(404).contentType("application/problem+json");
    }
}
