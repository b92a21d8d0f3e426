package org.seatwise.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.gateway.support.FakeServices;
import org.seatwise.platform.testing.JwtKeys;
import org.seatwise.platform.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Small limits, so that they are reached in a few requests; clients are told apart by X-Forwarded-For. */
@QuarkusTest
@TestProfile(LimitsTest.Small.class)
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(JwtKeys.class)
class LimitsTest {

    public static class Small implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("seatwise.gateway.limits.computations.burst", "3",
                    "seatwise.gateway.limits.computations.refill", "PT1H",
                    "seatwise.gateway.limits.writes.burst", "5",
                    "seatwise.gateway.limits.writes.refill", "PT1H",
                    "seatwise.gateway.limits.trust-forwarded-for", "true",
                    "quarkus.http.limits.max-body-size", "1K");
        }
    }

    @Test
    @DisplayName("a client's fourth computation within the hour is refused with 429 and Retry-After; another client is not")
    void computationsRateLimited() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").contentType("application/json").body("{}")
                    .post("/api/v1/apportionments").then().statusCode(503);
        }
        given().header("X-Forwarded-For", "203.0.113.7").contentType("application/json").body("{}")
                .post("/api/v1/apportionments").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, allOf(greaterThan(1100), lessThanOrEqualTo(1200))).body("status", equalTo(429))
                .body("detail", containsString("computations"));
        given().header("X-Forwarded-For", "203.0.113.8").contentType("application/json").body("{}")
                .post("/api/v1/apportionments").then().statusCode(503);
        given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/units").then().statusCode(200);
    }

    @Test
    @DisplayName("writes have a bucket of their own: refused writes count, reads never do")
    void writesRateLimited() {
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", "198.51.100.1").post("/api/v1/bulletins").then().statusCode(401);
        }
        given().header("X-Forwarded-For", "198.51.100.1").header("Authorization", "Bearer " + Tokens.analyst())
                .post("/api/v1/bulletins").then().statusCode(429).header("Retry-After", Integer::parseInt, allOf(greaterThan(600), lessThanOrEqualTo(720)));
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", "198.51.100.1").get("/api/v1/units").then().statusCode(200);
        }
    }

    @Test
    @DisplayName("a body declared larger than the limit is refused with 413 problem+json before it is read")
    void declaredTooLarge() {
        given().header("X-Forwarded-For", "192.0.2.1").header("Authorization", "Bearer " + Tokens.analyst())
                .contentType("text/csv").body("x".repeat(2000)).post("/api/v1/bulletins").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("1024 bytes"));
    }

    @Test
    @DisplayName("a streamed body that grows past the limit is cut off with 413; one within it is forwarded whole")
    void streamedTooLarge() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest big = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/bulletins"))
                .header("Authorization", "Bearer " + Tokens.analyst()).header("X-Forwarded-For", "192.0.2.2")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[5000]))).build();
        HttpResponse<String> answer = http.send(big, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");

        HttpRequest small = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/bulletins"))
                .header("Authorization", "Bearer " + Tokens.analyst()).header("X-Forwarded-For", "192.0.2.2")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[900]))).build();
        HttpResponse<String> forwarded = http.send(small, HttpResponse.BodyHandlers.ofString());
        assertThat(forwarded.statusCode()).isEqualTo(422);
        assertThat(forwarded.body()).contains("\"length\":900");
    }
}
