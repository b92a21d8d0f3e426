package org.seatwise.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The proxy over real HTTP: election-service's place is taken by a small HTTP server that echoes
 * what it receives (to see exactly what the gateway forwards); census-service and model-service
 * are addresses where nothing listens.
 */
@QuarkusTest
@QuarkusTestResource(ApiProxyTest.Upstreams.class)
class ApiProxyTest {

    public static class Upstreams implements QuarkusTestResourceLifecycleManager {
        static HttpServer echo;

        @Override
        public Map<String, String> start() {
            try {
                echo = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                echo.createContext("/", exchange -> {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    String answer = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"uri\":\"" + exchange.getRequestURI()
                            + "\",\"body\":\"" + new String(body, StandardCharsets.UTF_8).replace("\"", "'")
                            + "\",\"auth\":\"" + exchange.getRequestHeaders().getFirst("Authorization") + "\"}";
                    exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(422, bytes.length);
                    exchange.getResponseBody().write(bytes);
                    exchange.close();
                });
                echo.start();
                int dead;
                try (var probe = new java.net.ServerSocket(0)) {
                    dead = probe.getLocalPort();
                }
                return Map.of("seatwise.gateway.election", "http://127.0.0.1:" + echo.getAddress().getPort(),
                        "seatwise.gateway.census", "http://127.0.0.1:" + dead,
                        "seatwise.gateway.model", "http://127.0.0.1:" + dead);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void stop() {
            echo.stop(0);
        }
    }

    @Test
    @DisplayName("a request is forwarded with its method, path, query, body and headers, and the answer comes back unchanged")
    void forwards() {
        given().contentType("application/json").header("Authorization", "Bearer x").body("{\"a\":1}")
                .post("/api/v1/bulletins?dryRun=true").then().statusCode(422).contentType("application/problem+json")
                .body("method", equalTo("POST")).body("uri", equalTo("/api/v1/bulletins?dryRun=true"))
                .body("body", equalTo("{'a':1}")).body("auth", equalTo("Bearer x"));
    }

    @Test
    @DisplayName("a service that cannot be reached gives 503 problem+json naming it, at once")
    void unavailable() {
        given().get("/api/v1/units/KZ-61").then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503)).body("detail", containsString("census-service"))
                .body("instance", equalTo("/api/v1/units/KZ-61"));
        given().get("/api/v1/recommendations/KZ-61").then().statusCode(503).body("detail", containsString("model-service"));
    }

}
