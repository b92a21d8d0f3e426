package org.seatwise.gateway.security;

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
import io.restassured.specification.RequestSpecification;

/** Writes need an analyst's token verified against the run's public key; reads and computations are public. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(JwtKeys.class)
class AuthTest {

    private static RequestSpecification upload() {
        return given().contentType("text/csv").body("unit_code,voters\nKZ-61,1177507\n");
    }

    @Test
    @DisplayName("a write without a token is refused with 401 problem+json and a Bearer challenge, and not forwarded")
    void noToken() {
        upload().post("/api/v1/bulletins").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).body("status", equalTo(401))
                .body("type", equalTo("https://seatwise.org/problems/unauthenticated"))
                .body("instance", equalTo("/api/v1/bulletins"));
    }

    @Test
    @DisplayName("a write with a token of another group is refused with 403")
    void wrongRole() {
        upload().header("Authorization", "Bearer " + Tokens.withGroups("reader")).post("/api/v1/bulletins").then()
                .statusCode(403).contentType("application/problem+json").body("detail", containsString("analyst"));
    }

    @Test
    @DisplayName("an expired analyst's token is refused with 401 saying it expired")
    void expired() {
        upload().header("Authorization", "Bearer " + Tokens.expired()).post("/api/v1/bulletins").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("https://seatwise.org/problems/token-expired"))
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    @DisplayName("a token signed by an unknown key is refused with 401")
    void badSignature() {
        upload().header("Authorization", "Bearer " + Tokens.signedByStranger()).post("/api/v1/bulletins").then()
                .statusCode(401).body("type", equalTo("https://seatwise.org/problems/invalid-token"));
    }

    @Test
    @DisplayName("a token of another issuer, or one that is not a JWT at all, is refused with 401")
    void otherIssuerOrGarbage() {
        upload().header("Authorization", "Bearer " + Tokens.otherIssuer()).post("/api/v1/bulletins").then().statusCode(401);
        upload().header("Authorization", "Bearer not.a.jwt").post("/api/v1/bulletins").then().statusCode(401);
        upload().header("Authorization", "Basic YW5hbHlzdDpzZWNyZXQ=").post("/api/v1/bulletins").then().statusCode(401);
    }

    @Test
    @DisplayName("an analyst's write is forwarded with its token, and every write method is guarded")
    void analystForwarded() {
        upload().header("Authorization", "Bearer " + Tokens.analyst()).post("/api/v1/bulletins?issuer=CEC&rollDate=2025-01-01")
                .then().statusCode(422).body("method", equalTo("POST")).body("length", equalTo(31));
        given().put("/api/v1/councils/KZ-61").then().statusCode(401);
        given().delete("/api/v1/bulletins/1").then().statusCode(401);
        given().patch("/api/v1/units/KZ-61").then().statusCode(401);
    }

    @Test
    @DisplayName("reads need no token, even with a stale one, and computations are open to everyone")
    void readsAndComputationsArePublic() {
        given().get("/api/v1/units").then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.expired()).get("/api/v1/units").then().statusCode(200);
        // model-service is down here: 503 shows the request passed the guard and was forwarded.
        given().contentType("application/json").body("{}").post("/api/v1/apportionments").then().statusCode(503);
        given().contentType("application/json").body("{}").post("/api/v1/malapportionment").then().statusCode(503);
        given().contentType("application/json").body("{}").post("/api/v1/scenarios").then().statusCode(503);
    }
}
