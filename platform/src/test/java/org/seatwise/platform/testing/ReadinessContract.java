package org.seatwise.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every service's readiness must say, run by each service against its own build under
 * {@link UnreachableInfrastructure}: DOWN while the broker or the database cannot be reached.
 */
public abstract class ReadinessContract {

    @Test
    @DisplayName("readiness is DOWN, naming the Kafka check, while the broker cannot be reached")
    void downWithoutBroker() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Kafka broker")));
    }

    @Test
    @DisplayName("the database check goes DOWN when the database is cut off and UP again when it is back")
    void databaseCheckFollowsTheDatabase() throws Exception {
        given().get("/q/health/ready").then().body("checks.find { it.name == 'Database connections health check' }.status",
                equalTo("UP"));
        UnreachableInfrastructure.database.cut();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN")));
        } finally {
            UnreachableInfrastructure.database.restore();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP")));
    }
}
