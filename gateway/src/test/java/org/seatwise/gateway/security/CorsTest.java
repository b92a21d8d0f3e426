package org.seatwise.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.gateway.support.FakeServices;
import org.seatwise.platform.testing.JwtKeys;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * CORS limited (OWASP API8): the dashboard is served by the gateway itself, so no other site's page is
 * granted the right to read an answer or to send a write — not by the gateway, and not by a service
 * whose answer the gateway relays.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(JwtKeys.class)
class CorsTest {

    private static final String FOREIGN = "https://attacker.example";

    @Test
    @DisplayName("a read from a foreign Origin is answered without Access-Control-Allow-Origin")
    void foreignRead() {
        given().header("Origin", FOREIGN).get("/api/v1/units").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", FOREIGN).get("/").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    @DisplayName("a foreign preflight for a write with a token is granted neither the origin, the method nor the header")
    void foreignPreflight() {
        given().header("Origin", FOREIGN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/bulletins").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }

    @Test
    @DisplayName("a service's own Access-Control-Allow-Origin: * is not relayed to the browser")
    void serviceGrantIsDropped() {
        given().header("Origin", FOREIGN).get("/api/v1/units/KZ-99").then().statusCode(200)
                .body("code", equalTo("KZ-99"))
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }
}
