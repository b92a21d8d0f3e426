package org.seatwise.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.platform.events.CloudEventHeaders;
import org.seatwise.platform.testing.JwtKeys;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The gateway's own reader of the recommendations topic, against the real broker, seen through the SSE stream. */
@QuarkusTest
@QuarkusTestResource(JwtKeys.class)
class RecommendationTopicTest {

    private static final String TYPE = "org.seatwise.recommendation.issued.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "seatwise.topic-prefix")
    String topicPrefix;
    @TestHTTPResource("/api/v1/recommendations/stream")
    URI stream;

    @Test
    @DisplayName("a CloudEvent on the recommendations topic reaches a subscriber with its id, type, unit and data")
    void recordsReachSubscribers() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<InputStream> sse = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(sse.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(sse.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // closed at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();

        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            // The reader starts at the end of the topic once it has its partitions: warm-up events until one
            // arrives, then the one the test is about, which must arrive whole.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            for (int i = 0; events(lines).stream().noneMatch(e -> e.get("id").startsWith("warm-up-")); i++) {
                assertThat(System.nanoTime()).as("no warm-up event reached the stream in 60 s").isLessThan(deadline);
                producer.send(record("warm-up-" + i, "KZ-61", "{\"n\":" + i + "}")).get();
                Thread.sleep(500);
            }
            producer.send(record("the-event", "KZ-75", "{\"unitCode\":\"KZ-75\",\"seats\":118}")).get();
            // A record without a CloudEvent id is not an event: left out.
            producer.send(new ProducerRecord<>(topicPrefix + "seatwise.recommendations.v1", "KZ-75", "{}".getBytes())).get();
            producer.send(record("after", "KZ-75", "{}")).get();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (events(lines).stream().noneMatch(e -> e.get("id").equals("after")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        reader.interrupt();
        List<Map<String, String>> events = events(lines);
        List<String> ids = events.stream().map(e -> e.get("id")).toList();
        assertThat(ids).as("the stream: %s", lines).contains("the-event");
        assertThat(ids.subList(ids.indexOf("the-event"), ids.size())).containsExactly("the-event", "after");
        assertThat(events.get(ids.indexOf("the-event"))).containsEntry("event", TYPE)
                .containsEntry("data", "{\"unitCode\":\"KZ-75\",\"seats\":118}");
    }

    /** The stream's events so far, each as its fields (id, event, data), in order. */
    private static List<Map<String, String>> events(List<String> lines) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        for (String line : List.copyOf(lines)) {
            if (line.isEmpty()) {
                if (current.containsKey("id")) {
                    events.add(current);
                }
                current = new HashMap<>();
            } else if (line.indexOf(':') > 0) {
                current.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return events;
    }

    private ProducerRecord<String, byte[]> record(String id, String unit, String data) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(topicPrefix + "seatwise.recommendations.v1", unit,
                data.getBytes(StandardCharsets.UTF_8));
        r.headers().add(CloudEventHeaders.ID, id.getBytes(StandardCharsets.UTF_8));
        r.headers().add(CloudEventHeaders.TYPE, TYPE.getBytes(StandardCharsets.UTF_8));
        r.headers().add(CloudEventHeaders.SUBJECT, unit.getBytes(StandardCharsets.UTF_8));
        return r;
    }
}
