package org.seatwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.platform.testing.TcpProxy;
import org.seatwise.platform.testing.TopicTail;
import org.seatwise.system.SeatwiseSystem.Part;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Faults against the packaged services, the real broker and the real PostgreSQL: the broker stopped
 * while bulletins are uploaded, and election-service's database cut off during uploads. Each test is
 * bounded in time and prints its figures (sent, received, duplicates, lost).
 */
class FaultToleranceIT {

    private static final String ELECTION_TOPIC = "seatwise.election.v1";
    private static final String RECOMMENDATION_TOPIC = "seatwise.recommendations.v1";
    private static final int BULLETINS = 100;
    /** Regions the broker-down bulletins cover (three of them each); the database-down test uses others. */
    private static final List<String> BROKER_UNITS = List.of("KZ-61", "KZ-75", "KZ-19", "KZ-71", "KZ-35", "KZ-31");
    private static final List<String> DATABASE_UNITS = List.of("KZ-79", "KZ-15", "KZ-39");

    private static SeatwiseSystem system;
    private static TcpProxy electionDatabase;

    @BeforeAll
    static void start() throws Exception {
        // election-service reaches PostgreSQL through a proxy that the database test cuts; the
        // gateway's write bucket is widened so that 100 uploads in a row are not rate-limited.
        electionDatabase = new TcpProxy(Integer.parseInt(System.getenv().getOrDefault("SEATWISE_DB_PORT", "5432"))).start();
        system = new SeatwiseSystem(Map.of("seatwise.seed.roll", "false", "seatwise.gateway.limits.writes.burst", "1000"))
                .databasePort(Part.ELECTION, electionDatabase.port()).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
        if (electionDatabase != null) {
            electionDatabase.close();
        }
    }

    @Test
    @DisplayName("100 bulletins uploaded while the broker is down are all accepted, and once it is back every roll event arrives and each (unit, bulletin, rule) is recommended at most once")
    void brokerDown() throws Exception {
        String gateway = system.url(Part.GATEWAY);
        LocalBroker broker = new LocalBroker(system.root(), system.kafka());
        Instant since = Instant.now().minusSeconds(1);

        // Before the fault: units known to election-service, councils known to model-service, one
        // warm-up bulletin through the whole pipeline.
        Map<String, Long> warmRows = new LinkedHashMap<>();
        BROKER_UNITS.forEach(u -> warmRows.put(u, 300_000L));
        String warmId = uploadWhenUnitsKnown(bulletin("broker-down warm-up", LocalDate.of(2023, 1, 31), warmRows));
        try (TopicTail elections = new TopicTail(system.kafka(), system.topicPrefix() + ELECTION_TOPIC, since);
                TopicTail recommendations = new TopicTail(system.kafka(), system.topicPrefix() + RECOMMENDATION_TOPIC, since);
                Api.SseSubscriber sse = new Api.SseSubscriber(gateway + "/api/v1/recommendations/stream")) {
            List<TopicTail.Event> warm = awaitEvents(recommendations,
                    all -> BROKER_UNITS.stream().allMatch(u -> all.stream().anyMatch(e -> matches(e, u, warmId))), Duration.ofSeconds(90));
            assertThat(BROKER_UNITS).allMatch(u -> warm.stream().anyMatch(e -> matches(e, u, warmId)));

            Map<String, Map<String, Long>> plan = new LinkedHashMap<>();
            Map<String, String> accepted = new LinkedHashMap<>();
            long downAt;
            long upAt;
            int readinessWhileDown;
            long outboxWhileDown;
            broker.stop();
            downAt = System.nanoTime();
            try {
                for (int i = 1; i <= BULLETINS; i++) {
                    Map<String, Long> rows = new LinkedHashMap<>();
                    for (int k : new int[] { 0, 1, 3 }) {
                        String unit = BROKER_UNITS.get((i + k) % BROKER_UNITS.size());
                        rows.put(unit, 400_000L + i * 1_000L + k);
                    }
                    String issuer = "broker-down issuer " + i;
                    HttpResponse<String> r = Api.postJson(gateway + "/api/v1/bulletins",
                            bulletin(issuer, LocalDate.of(2023, 2, 1).plusDays(i), rows), system.analystToken());
                    assertThat(r.statusCode()).as("upload %d while the broker is down: %s", i, r.body()).isEqualTo(201);
                    accepted.put(Api.JSON.readTree(r.body()).get("id").asText(), issuer);
                    plan.put(Api.JSON.readTree(r.body()).get("id").asText(), rows);
                }
                readinessWhileDown = Api.awaitStatus(system.url(Part.ELECTION) + "/q/health/ready", 503, Duration.ofSeconds(15));
                try (Connection c = system.connect(Part.ELECTION); Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT count(*) FROM outbox_batch, unnest(event_types) AS t(type) "
                                + "WHERE t.type = 'seatwise.election.voter-roll.published.v1'")) {
                    r.next();
                    outboxWhileDown = r.getLong(1);
                }
            } finally {
                broker.start(Duration.ofSeconds(90));
                upAt = System.nanoTime();
            }
            long rowsSent = plan.values().stream().mapToLong(Map::size).sum();
            System.out.printf("broker down: %d bulletins (%d rows) accepted with 201 in a %.1f s outage; %d outbox events "
                    + "waiting; election-service readiness %d while down; %d connects retried%n", accepted.size(), rowsSent,
                    (upAt - downAt) / 1e9, outboxWhileDown, readinessWhileDown, Api.CONNECT_RETRIES.get());
            assertThat(accepted).hasSize(BULLETINS);
            assertThat(outboxWhileDown).isEqualTo(rowsSent);
            assertThat(readinessWhileDown).isEqualTo(503);
            assertThat(Api.awaitStatus(system.url(Part.ELECTION) + "/q/health/ready", 200, Duration.ofSeconds(60))).isEqualTo(200);

            // Every bulletin's roll events: one per accepted row (after dedupe by CloudEvent id).
            List<TopicTail.Event> rolls = awaitEvents(elections, all -> distinctIds(all, e -> accepted.containsKey(bulletinOf(e)))
                    >= rowsSent, Duration.ofSeconds(120));
            List<TopicTail.Event> ourRolls = rolls.stream().filter(e -> accepted.containsKey(bulletinOf(e))).toList();
            long rollsReceived = distinctIds(ourRolls, e -> true);

            // The last bulletin covering each unit decides its recommendations; earlier ones may be
            // folded into one recomputation when they arrive in one batch.
            Map<String, String> lastBulletin = new HashMap<>();
            plan.forEach((id, rows) -> rows.keySet().forEach(u -> lastBulletin.put(u, id)));
            List<TopicTail.Event> recs = awaitEvents(recommendations, all -> lastBulletin.entrySet().stream()
                    .allMatch(l -> all.stream().anyMatch(e -> matches(e, l.getKey(), l.getValue()))), Duration.ofSeconds(120));
            double deliverySeconds = (System.nanoTime() - upAt) / 1e9;
            recs = recommendations.drain(e -> true, Duration.ofSeconds(5));
            Set<String> rules = recs.stream().map(FaultToleranceIT::rule).collect(Collectors.toCollection(java.util.TreeSet::new));
            List<TopicTail.Event> ourRecs = recs.stream().filter(e -> accepted.containsKey(bulletinOf(e))).toList();

            Map<String, Set<String>> idsPerKey = new TreeMap<>();
            Map<String, Set<String>> contentPerId = new HashMap<>();
            for (TopicTail.Event e : ourRecs) {
                JsonNode d = Api.JSON.readTree(e.data());
                idsPerKey.computeIfAbsent(d.get("unitCode").asText() + "|" + bulletinOf(e) + "|" + rule(e), k -> new HashSet<>()).add(e.id());
                contentPerId.computeIfAbsent(e.id(), k -> new HashSet<>()).add(e.data());
            }
            long recDuplicates = ourRecs.size() - contentPerId.size();
            Set<String> bulletinsRecommended = ourRecs.stream().map(FaultToleranceIT::bulletinOf).collect(Collectors.toSet());
            long lastMissing = lastBulletin.entrySet().stream().mapToLong(l -> rules.stream()
                    .filter(r -> !idsPerKey.containsKey(l.getKey() + "|" + l.getValue() + "|" + r)).count()).sum();
            long sseIds = sse.events.stream().filter(s -> contentPerId.containsKey(s.id())).map(Api.SseEvent::id).distinct().count();

            System.out.printf("broker down, roll events: sent %d, received %d distinct (%d records), duplicates %d, lost %d%n",
                    rowsSent, rollsReceived, ourRolls.size(), ourRolls.size() - rollsReceived, rowsSent - rollsReceived);
            System.out.printf("broker down, recommendations: %d events (%d records, duplicates %d) for %d (unit, bulletin, rule) "
                    + "keys under %d rules; %d of %d bulletins recommended (the others folded into a later batch); latest "
                    + "bulletin per unit missing %d; SSE subscriber saw %d of %d; %.1f s from broker restart to the last event%n",
                    contentPerId.size(), ourRecs.size(), recDuplicates, idsPerKey.size(), rules.size(), bulletinsRecommended.size(),
                    BULLETINS, lastMissing, sseIds, contentPerId.size(), deliverySeconds);

            assertThat(rollsReceived).as("roll events lost").isEqualTo(rowsSent);
            assertThat(ourRolls.stream().collect(Collectors.groupingBy(TopicTail.Event::id,
                    Collectors.mapping(TopicTail.Event::data, Collectors.toSet()))).values()).allMatch(s -> s.size() == 1);
            assertThat(rules).isNotEmpty();
            assertThat(idsPerKey).as("one event per (unit, bulletin, rule)").allSatisfy((k, ids) -> assertThat(ids).as(k).hasSize(1));
            assertThat(contentPerId).as("a repeated event id carries the same content").allSatisfy((id, c) -> assertThat(c).hasSize(1));
            assertThat(lastMissing).isZero();
            for (var l : lastBulletin.entrySet()) {
                JsonNode read = Api.getJson(gateway + "/api/v1/recommendations/" + l.getKey());
                assertThat(read.at("/input/bulletinId").asText()).as(l.getKey()).isEqualTo(l.getValue());
                assertThat(read.at("/input/value").asLong()).isEqualTo(plan.get(l.getValue()).get(l.getKey()));
            }
            assertThat(awaitCount(() -> sse.events.stream().filter(s -> contentPerId.containsKey(s.id())).map(Api.SseEvent::id)
                    .distinct().count(), contentPerId.size(), Duration.ofSeconds(10))).as("events seen by the SSE subscriber")
                    .isEqualTo(contentPerId.size());
        }
    }

    @Test
    @DisplayName("with election-service's database cut off, uploads answer 503 problem+json within 10 s and readiness goes down; restored, uploads work and nothing half-written remains")
    void databaseDown() throws Exception {
        String gateway = system.url(Part.GATEWAY);
        Map<String, Long> warmRows = new LinkedHashMap<>();
        DATABASE_UNITS.forEach(u -> warmRows.put(u, 250_000L));
        uploadWhenUnitsKnown(bulletin("database-down warm-up", LocalDate.of(2023, 1, 30), warmRows));
        long bulletinsBefore = count("SELECT count(*) FROM bulletin");
        long rowsBefore = count("SELECT count(*) FROM bulletin_row");

        List<Integer> statuses = new ArrayList<>();
        List<String> types = new ArrayList<>();
        long slowestMs = 0;
        int readinessWhileCut;
        Map<String, Integer> accepted = new LinkedHashMap<>();
        int attempt = 0;
        electionDatabase.cut();
        try {
            for (; attempt < 6; attempt++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = Api.postJson(gateway + "/api/v1/bulletins",
                        bulletin("database-down issuer " + attempt, LocalDate.of(2023, 3, 1).plusDays(attempt), rows(attempt)),
                        system.analystToken());
                slowestMs = Math.max(slowestMs, (System.nanoTime() - t0) / 1_000_000);
                statuses.add(r.statusCode());
                types.add(r.headers().firstValue("Content-Type").orElse(""));
                if (r.statusCode() == 201) {
                    accepted.put(Api.JSON.readTree(r.body()).get("id").asText(), rows(attempt).size());
                }
            }
            readinessWhileCut = Api.awaitStatus(system.url(Part.ELECTION) + "/q/health/ready", 503, Duration.ofSeconds(15));
        } finally {
            electionDatabase.restore();
        }
        // Restored: the pool reconnects; the first upload may still meet a dead connection.
        long restoredAt = System.nanoTime();
        int recovered = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int i = 0; recovered < 5 && System.nanoTime() < deadline; i++) {
            int n = 100 + i;
            HttpResponse<String> r = Api.postJson(gateway + "/api/v1/bulletins",
                    bulletin("database-down issuer " + n, LocalDate.of(2023, 4, 1).plusDays(n % 28), rows(n)), system.analystToken());
            if (r.statusCode() == 201) {
                accepted.put(Api.JSON.readTree(r.body()).get("id").asText(), rows(n).size());
                recovered++;
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                Thread.sleep(500);
            }
        }
        double recoverySeconds = (System.nanoTime() - restoredAt) / 1e9;
        int readinessAfter = Api.awaitStatus(system.url(Part.ELECTION) + "/q/health/ready", 200, Duration.ofSeconds(30));
        long bulletinsAfter = count("SELECT count(*) FROM bulletin");
        long rowsAfter = count("SELECT count(*) FROM bulletin_row");
        long halfWritten = count("SELECT count(*) FROM bulletin b WHERE b.row_count <> (SELECT count(*) FROM bulletin_row r "
                + "WHERE r.bulletin_id = b.id)");
        System.out.printf("database down: %d uploads while cut answered %s (slowest %d ms), readiness %d while cut, %d after; "
                + "%d uploads accepted after restore (%.1f s); bulletins %d -> %d, rows %d -> %d, half-written %d%n",
                attempt, statuses, slowestMs, readinessWhileCut, readinessAfter, recovered, recoverySeconds,
                bulletinsBefore, bulletinsAfter, rowsBefore, rowsAfter, halfWritten);

        assertThat(statuses).as("uploads while the database is cut off").allMatch(s -> s == 503);
        assertThat(types).allMatch(t -> t.startsWith("application/problem+json"));
        assertThat(slowestMs).as("slowest answer (ms)").isLessThan(10_000);
        assertThat(readinessWhileCut).isEqualTo(503);
        assertThat(recovered).isEqualTo(5);
        assertThat(readinessAfter).isEqualTo(200);
        assertThat(bulletinsAfter - bulletinsBefore).isEqualTo(accepted.size());
        assertThat(rowsAfter - rowsBefore).isEqualTo(accepted.values().stream().mapToLong(Integer::longValue).sum());
        assertThat(halfWritten).isZero();
    }

    private static Map<String, Long> rows(int n) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (int k = 0; k < DATABASE_UNITS.size(); k++) {
            rows.put(DATABASE_UNITS.get(k), 200_000L + n * 100L + k);
        }
        return rows;
    }

    private static long count(String sql) throws Exception {
        return system.count(Part.ELECTION, sql);
    }

    static Map<String, Object> bulletin(String issuer, LocalDate rollDate, Map<String, Long> rows) {
        List<Map<String, Object>> list = new ArrayList<>();
        rows.forEach((u, v) -> list.add(Map.of("unitCode", u, "voters", v)));
        return Map.of("issuer", issuer, "rollDate", rollDate.toString(), "rows", list);
    }

    /** Uploads through the gateway, retrying while election-service has not yet heard of the units (422). */
    private static String uploadWhenUnitsKnown(Map<String, Object> body) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        HttpResponse<String> r;
        do {
            r = Api.postJson(system.url(Part.GATEWAY) + "/api/v1/bulletins", body, system.analystToken());
            if (r.statusCode() == 201 || r.statusCode() == 200) {
                return Api.JSON.readTree(r.body()).get("id").asText();
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("warm-up bulletin not accepted within 90 s: " + r.statusCode() + " " + r.body());
    }

    private static List<TopicTail.Event> awaitEvents(TopicTail tail, java.util.function.Predicate<List<TopicTail.Event>> done,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<TopicTail.Event> all = tail.drain(e -> true, Duration.ofMillis(200));
        while (!done.test(all) && System.nanoTime() < deadline) {
            all = tail.drain(e -> true, Duration.ofMillis(500));
        }
        return all;
    }

    private static long awaitCount(java.util.function.LongSupplier count, long wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long last = count.getAsLong();
        while (last < wanted && System.nanoTime() < deadline) {
            Thread.sleep(200);
            last = count.getAsLong();
        }
        return last;
    }

    private static long distinctIds(List<TopicTail.Event> events, java.util.function.Predicate<TopicTail.Event> which) {
        return events.stream().filter(which).map(TopicTail.Event::id).distinct().count();
    }

    private static boolean matches(TopicTail.Event e, String unit, String bulletinId) {
        return unit.equals(e.subject()) && bulletinId.equals(bulletinOf(e));
    }

    /** The bulletin an election or recommendation event is about (null for other events). */
    static String bulletinOf(TopicTail.Event e) {
        try {
            JsonNode d = Api.JSON.readTree(e.data());
            JsonNode id = d.has("bulletinId") ? d.get("bulletinId") : d.at("/input/figureId");
            return id == null || id.isMissingNode() || id.isNull() ? null : id.asText();
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String rule(TopicTail.Event e) {
        try {
            JsonNode r = Api.JSON.readTree(e.data()).get("rule");
            return r.get("model").asText() + "/" + r.get("rounding").asText() + "/" + (r.get("capApplied").asBoolean() ? "capped" : "uncapped");
        } catch (Exception notJson) {
            return "?";
        }
    }
}
