package org.seatwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.platform.csv.CsvTable;
import org.seatwise.system.SeatwiseSystem.Part;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The walking skeleton end to end: the four packaged services as separate processes, the study's
 * Table 2 bulletin posted through the gateway, and every region's recommendation received by a
 * Server-Sent Events subscriber and readable through the gateway.
 */
class WalkingSkeletonIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static SeatwiseSystem system;

    @BeforeAll
    static void start() throws Exception {
        // The test posts the roll itself, so the election-service seed of the same roll stays off.
        system = new SeatwiseSystem(Map.of("seatwise.seed.roll", "false")).start();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    /** The study's Table 2 from shared/data (the project's copy where shared/ is absent). */
    private static CsvTable table2() throws Exception {
        Path shared = system.root().resolve("../shared/data/kz/paper-table2-cube-root.csv").normalize();
        Path copy = system.root().resolve("election-service/src/main/resources/seed/kz/paper-table2-cube-root.csv");
        return CsvTable.parse(Files.readAllBytes(Files.exists(shared) ? shared : copy));
    }

    @Test
    @DisplayName("a bulletin posted through the gateway without an analyst's token is refused with 401 and not stored")
    void writesNeedAnAnalyst() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(system.url(Part.GATEWAY) + "/api/v1/bulletins"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"source\":\"intruder\",\"date\":\"2023-01-01\",\"rows\":[{\"unitCode\":\"KZ-61\",\"voters\":1}]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        String stored = HTTP.send(HttpRequest.newBuilder(URI.create(system.url(Part.GATEWAY) + "/api/v1/bulletins")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(stored).doesNotContain("intruder");
    }

    @Test
    @DisplayName("the 20 rows of the study's Table 2 posted through the gateway come back as 20 cube-root recommendations to a subscriber")
    void bulletinToRecommendations() throws Exception {
        Map<String, Long> voters = new LinkedHashMap<>();
        Map<String, Integer> deputies = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CsvTable.Row row : table2().rows()) {
            voters.put(row.get("code"), Long.parseLong(row.get("voters")));
            deputies.put(row.get("code"), Integer.parseInt(row.get("deputies")));
            rows.add(Map.of("unitCode", row.get("code"), "voters", Long.parseLong(row.get("voters"))));
        }
        assertThat(voters).hasSize(20);
        String gateway = system.url(Part.GATEWAY);

        Map<String, JsonNode> received = new ConcurrentHashMap<>();
        Thread subscriber = subscribe(gateway + "/api/v1/recommendations/stream", received);

        // Councils' current seats come from election-service's seed: wait until model-service has them.
        awaitJson(gateway + "/api/v1/councils/KZ-61", 200, Duration.ofSeconds(60));
        // election-service checks every row's unit against those census-service announced, which it learns over Kafka:
        // a bulletin posted before it has all 20 is refused (422, unknown unit), as it should be.
        String codes = String.join("','", voters.keySet());
        Await.until("the 20 units known to election-service", Duration.ofSeconds(60),
                () -> system.count(Part.ELECTION, "SELECT count(*) FROM known_unit WHERE code IN ('" + codes + "')") == 20);
        long posted = System.nanoTime();
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/bulletins"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + system.analystToken())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "source", "CEC information bulletin", "date", "2023-01-01", "rows", rows)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String bulletinId = JSON.readTree(response.body()).get("id").asText();

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && !allArrived(received, voters, deputies, bulletinId)) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - posted) / 1e9;
        subscriber.interrupt();
        System.out.printf("walking skeleton: %d of 20 recommendations received by the SSE subscriber %.2f s after the 201%n",
                voters.keySet().stream().filter(c -> received.containsKey(c + "|" + bulletinId)).count(), seconds);

        for (var unit : voters.entrySet()) {
            // Nearest rounding of the cube root; no roll in Table 2 lies within 1e-6 of a .5 boundary.
            int expected = (int) Math.round(Math.cbrt(unit.getValue()));
            JsonNode event = received.get(unit.getKey() + "|" + bulletinId);
            assertThat(event).as("recommendation event for %s", unit.getKey()).isNotNull();
            assertThat(event.get("seats").asInt()).as(unit.getKey()).isEqualTo(expected);

            JsonNode read = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/recommendations/"
                    + unit.getKey())).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(read.get("seats").asInt()).isEqualTo(expected);
            assertThat(read.get("raw").asDouble()).isCloseTo(Math.cbrt(unit.getValue()), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(read.at("/input/value").asLong()).isEqualTo(unit.getValue());
            assertThat(read.at("/input/bulletinId").asText()).isEqualTo(bulletinId);
            assertThat(read.at("/input/provenance/source").asText()).isEqualTo("CEC information bulletin");
            assertThat(read.at("/input/provenance/date").asText()).isEqualTo("2023-01-01");
            assertThat(read.at("/rule/model").asText()).isEqualTo("cube-root");
            assertThat(read.at("/rule/rounding").asText()).isEqualTo("nearest");
            assertThat(read.at("/rule/capApplied").asBoolean()).isFalse();
            assertThat(read.get("currentSeats").asInt()).isEqualTo(deputies.get(unit.getKey()));
            assertThat(read.get("gap").asInt()).isEqualTo(deputies.get(unit.getKey()) - expected);
        }
    }

    private static boolean allArrived(Map<String, JsonNode> received, Map<String, Long> voters, Map<String, Integer> deputies,
            String bulletinId) {
        return voters.keySet().stream().allMatch(c -> {
            JsonNode e = received.get(c + "|" + bulletinId);
            return e != null && e.hasNonNull("currentSeats");
        });
    }

    /** Keeps, per unit and bulletin, the latest default-rule recommendation the SSE stream delivered. */
    private static Thread subscribe(String url, Map<String, JsonNode> received) throws Exception {
        HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread t = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while (!Thread.currentThread().isInterrupted() && (line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        JsonNode event = JSON.readTree(line.substring(5).trim());
                        if ("nearest".equals(event.at("/rule/rounding").asText()) && !event.at("/rule/capApplied").asBoolean()) {
                            received.put(event.get("unitCode").asText() + "|" + event.at("/input/figureId").asText(), event);
                        }
                    }
                }
            } catch (Exception e) {
                // stream closed at the end of the test
            }
        }, "sse-subscriber");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void awaitJson(String url, int status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " answered " + last + ", not " + status + ", within " + timeout);
    }
}
