package org.seatwise.bench.propagation;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.PGConnection;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.RecommendationIssued;
import org.seatwise.system.SeatwiseSystem;
import org.seatwise.system.SeatwiseSystem.Part;

/**
 * The {@link RawFloor} of everything the design must move for a bulletin, with the same raw primitives: besides the
 * N roll rows and records of the raw floor, the {@code eventsPerUnit × N} recommendation rows written by one COPY into
 * model-service's database and their events produced (payloads of {@code RecommendationIssued}'s size), then all
 * {@code (1 + eventsPerUnit) × N} records read back by one consumer, as model-service and a subscriber read them. Still
 * no validation, outbox, inbox, index or transaction of ours: what the 3× target would have to fit in.
 */
public final class DesignFloor {

    /** Seconds for the steps beyond the raw floor, and the whole (the raw floor's included). */
    public record Figures(double copySeconds, double produceSeconds, double consumeSeconds, double totalSeconds) {
    }

    private DesignFloor() {
    }

    static Figures measure(SeatwiseSystem system, List<String> unitCodes, int eventsPerUnit, String rollTopic,
            RawFloor.Figures raw) throws Exception {
        int records = unitCodes.size() * eventsPerUnit;
        byte[] payload = Kafka.JSON.writeValueAsBytes(sampleRecommendation(unitCodes.get(0)));
        StringBuilder rows = new StringBuilder(records * (payload.length + 16));
        String json = new String(payload, StandardCharsets.UTF_8).replace("\"", "\"\"");
        for (String code : unitCodes) {
            for (int c = 0; c < eventsPerUnit; c++) {
                rows.append(code).append(',').append(c).append(",\"").append(json).append("\"\n");
            }
        }
        double copySeconds;
        try (Connection c = system.connect(Part.MODEL); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_floor_recommendation "
                    + "(unit_code text NOT NULL, configuration int NOT NULL, payload text NOT NULL)");
            s.execute("TRUNCATE bench_floor_recommendation");
            long start = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY bench_floor_recommendation FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
            copySeconds = (System.nanoTime() - start) / 1e9;
            s.execute("TRUNCATE bench_floor_recommendation"); // its dirty pages dropped, not written under the next post
        }
        String topic = rollTopic + "-recommendations";
        double produceSeconds;
        try (KafkaProducer<String, byte[]> producer = Kafka.producer(system.kafka(), "bench-design-floor")) {
            producer.partitionsFor(topic); // created and its metadata fetched before the clock starts
            long start = System.nanoTime();
            List<Future<RecordMetadata>> acks = new ArrayList<>(records);
            for (String code : unitCodes) {
                for (int c = 0; c < eventsPerUnit; c++) {
                    acks.add(producer.send(new ProducerRecord<>(topic, code, payload)));
                }
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
            produceSeconds = (System.nanoTime() - start) / 1e9;
        }
        double consumeSeconds = consume(system.kafka(), List.of(rollTopic, topic), unitCodes.size() + records);
        return new Figures(copySeconds, produceSeconds, consumeSeconds,
                raw.totalSeconds() + copySeconds + produceSeconds + consumeSeconds);
    }

    /** Seconds to read {@code expected} records from the start of these topics (each written by this post only). */
    private static double consume(String bootstrap, List<String> topics, int expected) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.forEach(consumer::position); // offsets looked up before the clock starts
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(2).toNanos();
            int read = 0;
            while (read < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("design floor: read " + read + " of " + expected + " records in 2 minutes");
                }
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** A recommendation as model-service publishes it, for the payload's size. */
    private static RecommendationIssued sampleRecommendation(String unitCode) {
        return new RecommendationIssued(UUID.randomUUID().toString(), unitCode,
                new RecommendationIssued.Rule("cube-root", Map.of("universe", "voters"), "nearest", false),
                new RecommendationIssued.Input("VOTERS_ON_ROLL", 1_177_507, UUID.randomUUID().toString(),
                        new Provenance("seatwise bench", LocalDate.of(2024, 1, 1), "N=100,000")),
                new BigDecimal("105.5934919371209716165349416367419"), 106, null, false, 46, -60, Instant.now());
    }
}
