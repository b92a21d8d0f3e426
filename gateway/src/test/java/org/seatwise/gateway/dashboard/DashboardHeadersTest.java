package org.seatwise.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The dashboard page forbids scripts from anywhere but the gateway; the API and Swagger UI keep their own rules. */
@QuarkusTest
@DisplayName("dashboard headers")
class DashboardHeadersTest {

    @Test
    @DisplayName("the dashboard page, at / and /index.html, runs scripts only from the gateway itself (no inline script, no other host)")
    void pageHasContentSecurityPolicy() {
        for (String path : new String[] { "/", "/index.html" }) {
            given().get(path).then().statusCode(200).body(containsString("/assets/app.js"))
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", containsString("object-src 'none'"));
        }
    }

    @Test
    @DisplayName("Swagger UI, which needs its inline script, gets no such policy")
    void swaggerUiIsLeftAlone() {
        given().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }
}
