package org.seatwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.platform.csv.CsvTable;
import org.seatwise.platform.testing.TopicTail;
import org.seatwise.system.SeatwiseSystem.Part;

/**
 * Replay: every event of the run's census and election topics delivered to model-service a second
 * time, as copies with the same CloudEvent headers and ids. Its idempotent consumer must apply none
 * of them again: no new recommendation event, the same recommendations, the same tables.
 */
class ReplayIT {

    private static final List<String> INPUT_TOPICS = List.of("seatwise.census.v1", "seatwise.election.v1");
    private static SeatwiseSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new SeatwiseSystem(Map.of("seatwise.seed.roll", "false")).start();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @DisplayName("re-delivering every census and election event from offset 0 publishes no recommendation and changes nothing in model-service")
    void replayChangesNothing() throws Exception {
        String gateway = system.url(Part.GATEWAY);
        String recommendationsTopic = system.topicPrefix() + "seatwise.recommendations.v1";
        try (TopicTail tail = new TopicTail(system.kafka(), recommendationsTopic, Instant.now().minusSeconds(1))) {
            // The walking skeleton's bulletin: the study's Table 2, posted through the gateway.
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CsvTable.Row row : table2().rows()) {
                rows.add(Map.of("unitCode", row.get("code"), "voters", Long.parseLong(row.get("voters"))));
            }
            String bulletinId = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (bulletinId == null && System.nanoTime() < deadline) {
                // 422 until election-service has heard of the units from census-service.
                HttpResponse<String> r = Api.postJson(gateway + "/api/v1/bulletins", Map.of("source", "CEC information bulletin",
                        "date", "2023-01-01", "rows", rows), system.analystToken());
                if (r.statusCode() == 201) {
                    bulletinId = Api.JSON.readTree(r.body()).get("id").asText();
                } else {
                    Thread.sleep(500);
                }
            }
            assertThat(bulletinId).as("Table 2 accepted").isNotNull();
            String id = bulletinId;
            List<TopicTail.Event> first;
            deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            do {
                first = tail.drain(e -> e.data() != null && e.data().contains(id), Duration.ofMillis(500));
            } while (first.stream().map(TopicTail.Event::subject).distinct().count() < rows.size() && System.nanoTime() < deadline);
            assertThat(first.stream().map(TopicTail.Event::subject).distinct().count()).isEqualTo(rows.size());
            // Let the other rules' events and the councils' recomputations settle, then take the picture.
            awaitConsumed(Duration.ofSeconds(60));
            List<TopicTail.Event> settled = tail.drain(e -> true, Duration.ofSeconds(5));
            String recommendationsBefore = Api.get(gateway + "/api/v1/recommendations").body();
            Map<String, Long> tablesBefore = tables();

            long replayedAt = System.nanoTime();
            Map<String, Integer> replayed = new TreeMap<>();
            for (String topic : INPUT_TOPICS) {
                replayed.put(topic, replay(system.topicPrefix() + topic));
            }
            Map<TopicPartition, Long> lag = awaitConsumed(Duration.ofSeconds(90));
            double consumedSeconds = (System.nanoTime() - replayedAt) / 1e9;
            List<TopicTail.Event> after = tail.drain(e -> true, Duration.ofSeconds(10));
            List<TopicTail.Event> fresh = after.subList(settled.size(), after.size());
            String recommendationsAfter = Api.get(gateway + "/api/v1/recommendations").body();
            Map<String, Long> tablesAfter = tables();

            System.out.printf("replay: %s records re-delivered (same ids), consumed by model-service within %.1f s (lag %s); "
                    + "recommendation events before %d, new after replay %d; model-service tables before %s, after %s; "
                    + "GET /api/v1/recommendations unchanged: %s%n", replayed, consumedSeconds, lag.values(), settled.size(),
                    fresh.size(), tablesBefore, tablesAfter, recommendationsBefore.equals(recommendationsAfter));
            assertThat(replayed.get("seatwise.election.v1")).isGreaterThanOrEqualTo(rows.size());
            assertThat(lag.values()).as("model-service consumed every copy").allMatch(l -> l == 0);
            assertThat(fresh).as("recommendation events published after the replay").isEmpty();
            assertThat(recommendationsAfter).isEqualTo(recommendationsBefore);
            assertThat(tablesAfter).isEqualTo(tablesBefore);
        }
    }

    /** Copies every record of the topic, from offset 0 to its current end, to the same topic; returns how many. */
    private static int replay(String topic) throws Exception {
        Properties c = new Properties();
        c.put("bootstrap.servers", system.kafka());
        c.put("group.id", "replay-" + UUID.randomUUID());
        c.put("enable.auto.commit", "false");
        List<ProducerRecord<String, byte[]>> copies = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(c, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        copies.add(new ProducerRecord<>(topic, r.partition(), r.key(), r.value(), r.headers()));
                    }
                }
            }
            assertThat(copies.size()).as("records read back from " + topic)
                    .isEqualTo((int) end.values().stream().mapToLong(Long::longValue).sum());
        }
        try (var producer = new KafkaProducer<String, byte[]>(Map.of("bootstrap.servers", system.kafka(), "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            copies.forEach(r -> acks.add(producer.send(r)));
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        }
        return copies.size();
    }

    /** Waits until model-service's consumer group has committed up to the end of both input topics; returns the lag. */
    private static Map<TopicPartition, Long> awaitConsumed(Duration timeout) throws Exception {
        String run = system.topicPrefix().substring(0, system.topicPrefix().length() - 1);
        String group = run + "-model-service";
        Map<TopicPartition, Long> lag = new HashMap<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", system.kafka()));
                var consumer = new KafkaConsumer<String, byte[]>(Map.of("bootstrap.servers", system.kafka()),
                        new StringDeserializer(), new ByteArrayDeserializer())) {
            long deadline = System.nanoTime() + timeout.toNanos();
            do {
                lag.clear();
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : INPUT_TOPICS) {
                    consumer.partitionsFor(system.topicPrefix() + topic, Duration.ofSeconds(10))
                            .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
                consumer.endOffsets(partitions).forEach((tp, end) -> lag.put(tp,
                        end - (committed.get(tp) == null ? 0 : committed.get(tp).offset())));
                if (lag.values().stream().allMatch(l -> l == 0)) {
                    return lag;
                }
                Thread.sleep(500);
            } while (System.nanoTime() < deadline);
        }
        return lag;
    }

    /** Row counts of model-service's own tables. */
    private static Map<String, Long> tables() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = system.connect(Part.MODEL); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    + "AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM \"" + name + "\"")) {
                    r.next();
                    counts.put(name, r.getLong(1));
                }
            }
        }
        return counts;
    }

    private static CsvTable table2() throws Exception {
        Path shared = system.root().resolve("../shared/data/kz/paper-table2-cube-root.csv").normalize();
        Path copy = system.root().resolve("election-service/src/main/resources/seed/kz/paper-table2-cube-root.csv");
        return CsvTable.parse(Files.readAllBytes(Files.exists(shared) ? shared : copy));
    }
}
