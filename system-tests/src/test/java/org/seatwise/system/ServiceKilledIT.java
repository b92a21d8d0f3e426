package org.seatwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.system.SeatwiseSystem.Part;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Service killed: model-service gets SIGKILL while it turns a 10,000-unit bulletin into
 * recommendations, and is started again. Its final recommendations must equal an uninterrupted
 * computation over the same inputs (model-service's own scenario endpoint, which computes from the
 * read model and stores nothing), its read model must hold every uploaded figure, and no
 * recommendation event id may be published twice with different content.
 */
class ServiceKilledIT {

    private static final int UNITS = 10_000;
    /** The rules kept current (model-service's application.properties), as the API names them. */
    private static final List<String[]> RULES = List.of(new String[] { "nearest", "false" }, new String[] { "floor", "false" },
            new String[] { "nearest", "true" });
    private static SeatwiseSystem system;

    @BeforeAll
    static void start() throws Exception {
        // Only this test's bulletin: the seed of the study's roll stays off.
        system = new SeatwiseSystem(Map.of("seatwise.seed.roll", "false")).start();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    private static String code(int i) {
        return String.format("XS-%05d", i);
    }

    private static long voters(int i) {
        return 1_000 + (i * 7_919L) % 2_000_000;
    }

    /**
     * census-service registers units only from its seed (its API takes population figures, not units), so the
     * synthetic units are announced on its topic as it would announce them: UnitRegistered CloudEvents.
     */
    private static void registerUnits() throws Exception {
        try (var producer = new KafkaProducer<String, byte[]>(Map.of("bootstrap.servers", system.kafka(), "acks", "all",
                "linger.ms", 20), new StringSerializer(), new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int i = 1; i <= UNITS; i++) {
                String json = "{\"unitCode\":\"" + code(i) + "\",\"kind\":\"DISTRICT\",\"names\":{\"en\":\"Synthetic district " + i
                        + "\"},\"parentCode\":null,\"validFrom\":\"2000-01-01\",\"validTo\":null,\"aliases\":[],"
                        + "\"provenance\":{\"source\":\"ServiceKilledIT\",\"date\":\"2025-01-01\",\"citation\":\"synthetic\"}}";
                var record = new ProducerRecord<>(system.topicPrefix() + "seatwise.census.v1", code(i), json.getBytes(StandardCharsets.UTF_8));
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", UUID.randomUUID().toString());
                header(record, "ce_source", "/seatwise/census-service");
                header(record, "ce_type", "seatwise.census.unit.registered.v1");
                header(record, "ce_time", Instant.now().toString());
                header(record, "ce_subject", code(i));
                sent.add(producer.send(record));
            }
            for (var f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static final String CURRENT_SYNTHETIC = "SELECT count(*) FROM recommendation_current WHERE unit_code LIKE 'XS-%'";

    @Test
    @DisplayName("model-service killed (SIGKILL) mid 10,000-unit bulletin and restarted ends with the uninterrupted result, no event id reused with other content")
    void killedMidBulletin() throws Exception {
        long started = System.nanoTime();
        registerUnits();
        Await.until("10,000 units known to election-service and model-service", Duration.ofSeconds(90),
                () -> system.count(Part.ELECTION, "SELECT count(*) FROM known_unit WHERE code LIKE 'XS-%'") == UNITS
                        && system.count(Part.MODEL, "SELECT count(*) FROM unit_view WHERE code LIKE 'XS-%'") == UNITS);

        StringBuilder rows = new StringBuilder("unit_code,voters\n");
        for (int i = 1; i <= UNITS; i++) {
            rows.append(code(i)).append(',').append(voters(i)).append('\n');
        }
        var upload = Api.post(system.url(Part.GATEWAY) + "/api/v1/bulletins?issuer=ServiceKilledIT&rollDate=2024-01-01", "text/csv",
                rows.toString().getBytes(StandardCharsets.UTF_8), system.analystToken(), Duration.ofSeconds(60));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String bulletinId = Api.JSON.readTree(upload.body()).path("id").asText();

        // Kill once a tenth of the bulletin is applied (or, on a slow day, whatever part is applied after 60 s).
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long atKill;
        do {
            atKill = system.count(Part.MODEL, CURRENT_SYNTHETIC);
            if (atKill < UNITS * RULES.size() / 10) {
                Thread.sleep(50);
            }
        } while (atKill < UNITS * RULES.size() / 10 && System.nanoTime() < deadline + (atKill == 0 ? 60_000_000_000L : 0));
        system.stop(Part.MODEL, true);
        long storedAtKill = system.count(Part.MODEL, CURRENT_SYNTHETIC);
        long rollsAtKill = system.count(Part.MODEL, "SELECT count(*) FROM roll_figure WHERE unit_code LIKE 'XS-%'");
        System.out.printf("[killed] SIGKILL after %.1f s: %d of %d recommendations and %d of %d roll figures committed%n",
                (System.nanoTime() - started) / 1e9, storedAtKill, UNITS * RULES.size(), rollsAtKill, UNITS);
        assertThat(storedAtKill).as("killed while processing, not before or after").isPositive().isLessThan((long) UNITS * RULES.size());

        long restartAt = System.nanoTime();
        system.restart(Part.MODEL);
        Await.until("every recommendation after the restart", Duration.ofSeconds(120),
                () -> system.count(Part.MODEL, CURRENT_SYNTHETIC) == (long) UNITS * RULES.size());
        System.out.printf("[killed] restarted and complete %.1f s after the restart%n", (System.nanoTime() - restartAt) / 1e9);

        // The final recommendations against an uninterrupted computation of the same inputs.
        String model = system.url(Part.MODEL);
        List<String> differences = new ArrayList<>();
        for (String[] rule : RULES) {
            Map<String, JsonNode> issued = new HashMap<>();
            // Pages of at most 10,000: the synthetic units and Kazakhstan's are more.
            for (int offset = 0;; offset += 10_000) {
                JsonNode page = Api.getJson(model + "/api/v1/recommendations?model=cube-root&rounding=" + rule[0] + "&capped=" + rule[1]
                        + "&limit=10000&offset=" + offset);
                for (JsonNode r : page) {
                    if (r.path("unitCode").asText().startsWith("XS-")) {
                        issued.put(r.path("unitCode").asText(), r);
                    }
                }
                if (page.size() < 10_000) {
                    break;
                }
            }
            var scenario = Api.postJson(model + "/api/v1/scenarios",
                    Map.of("model", "cube-root", "rounding", rule[0], "capApplied", Boolean.parseBoolean(rule[1])), null);
            assertThat(scenario.statusCode()).as(scenario.body()).isEqualTo(200);
            int compared = 0;
            for (JsonNode s : Api.JSON.readTree(scenario.body()).path("units")) {
                String unit = s.path("unitCode").asText();
                if (!unit.startsWith("XS-")) {
                    continue;
                }
                compared++;
                int i = Integer.parseInt(unit.substring(3));
                JsonNode r = issued.get(unit);
                if (r == null) {
                    differences.add(rule[0] + "/" + rule[1] + " " + unit + ": no recommendation");
                } else if (r.path("seats").asInt() != s.path("seats").asInt()
                        || r.path("raw").decimalValue().compareTo(s.path("raw").decimalValue()) != 0
                        || r.path("input").path("value").asLong() != voters(i) || s.path("voters").asLong() != voters(i)
                        || !bulletinId.equals(r.path("input").path("bulletinId").asText())) {
                    differences.add(rule[0] + "/" + rule[1] + " " + unit + ": issued " + r + " vs uninterrupted " + s);
                }
            }
            assertThat(compared).as("units in the uninterrupted computation, " + rule[0] + "/" + rule[1]).isEqualTo(UNITS);
            assertThat(issued).as("recommendations of " + rule[0] + "/" + rule[1]).hasSize(UNITS);
        }

        // Events: the election topic carried the roll, the recommendations topic each id with one content.
        long[] rollRecords = { 0 };
        long[] recommendationRecords = { 0 };
        Map<String, Set<String>> rollIds = tail(system.topicPrefix() + "seatwise.election.v1", bulletinId, rollRecords);
        Map<String, Set<String>> recommendationContents = tail(system.topicPrefix() + "seatwise.recommendations.v1", "\"XS-",
                recommendationRecords);
        long received = system.count(Part.MODEL, "SELECT count(*) FROM processed_event WHERE event_id IN ("
                + String.join(",", rollIds.keySet().stream().map(id -> "'" + id.replace("'", "") + "'").toList()) + ")");
        long records = recommendationContents.values().stream().mapToLong(Set::size).sum();
        List<String> reused = recommendationContents.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        Set<String> unitsWithEvent = new HashSet<>();
        recommendationContents.values().forEach(contents -> contents.forEach(c -> unitsWithEvent.add(unitAndRule(c))));
        long lost = (long) UNITS * RULES.size() - unitsWithEvent.size();
        System.out.printf("[killed] roll events sent %d (distinct ids, %d records), received by model-service %d; recommendation "
                + "events: %d records, %d distinct ids, %d distinct contents, duplicates %d, ids with more than one content %d, "
                + "(unit, rule) without an event (lost) %d; differences from the uninterrupted computation %d; %.1f s in all%n",
                rollIds.size(), rollRecords[0], received, recommendationRecords[0], recommendationContents.size(), records,
                recommendationRecords[0] - recommendationContents.size(), reused.size(), lost, differences.size(),
                (System.nanoTime() - started) / 1e9);
        assertThat(rollIds).hasSize(UNITS);
        assertThat(received).isEqualTo(UNITS);
        assertThat(differences).isEmpty();
        assertThat(reused).as("event ids published with different content").isEmpty();
        assertThat(lost).as("(unit, rule) pairs whose recommendation was never published").isZero();
    }

    /** "XS-00042 nearest false" from a RecommendationIssued payload. */
    private static String unitAndRule(String payload) {
        try {
            JsonNode p = Api.JSON.readTree(payload);
            return p.path("unitCode").asText() + " " + p.path("rule").path("rounding").asText() + " " + p.path("rule").path("capApplied").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every record of a topic from its start to its current end whose value contains {@code marker}: ce_id → distinct
     * values; {@code records[0]} counts them all, repeats included.
     */
    private static Map<String, Set<String>> tail(String topic, String marker, long[] records) {
        Map<String, Set<String>> byId = new TreeMap<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of("bootstrap.servers", system.kafka(), "enable.auto.commit", "false",
                "max.poll.records", 5000), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    String value = r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8);
                    var id = r.headers().lastHeader("ce_id");
                    if (value.contains(marker) && id != null) {
                        records[0]++;
                        byId.computeIfAbsent(new String(id.value(), StandardCharsets.UTF_8), k -> new HashSet<>()).add(value);
                    }
                }
            }
        }
        return byId;
    }
}
