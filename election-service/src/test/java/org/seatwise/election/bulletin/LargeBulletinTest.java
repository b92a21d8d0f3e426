package org.seatwise.election.bulletin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.seatwise.contracts.Topics;
import org.seatwise.election.unit.KnownUnit;
import org.seatwise.election.unit.KnownUnits;
import org.seatwise.platform.testing.TopicTail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The largest bulletin accepted, 100,000 rows of CSV, uploaded asynchronously against the real
 * database and broker: its progress is followed to STORED and every row's event is read back from
 * the topic. The times printed are one run's, on whatever load the machine has; the test asserts
 * behaviour and a generous bound, not speed.
 */
@QuarkusTest
class LargeBulletinTest {

    private static final int ROWS = BulletinValidator.MAX_ROWS;

    @Inject
    KnownUnits known;
    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("the service's connections send batched INSERTs as multi-row INSERTs (reWriteBatchedInserts), as BulletinStorageBenchmark measured")
    void batchedInsertsRewritten() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled()).isTrue();
        }
    }

    @Test
    @DisplayName("a 100,000-row CSV bulletin uploaded with Prefer: respond-async reports its progress, is stored whole and publishes one event per row")
    void hundredThousandRows() {
        // 100,000 units as census-service would announce them, written through the read model's own
        // batch upsert (CensusListener's path); announcing them over Kafka is BulletinApiTest's subject.
        String prefix = "XL-" + Long.toString(System.nanoTime(), 36) + "-";
        List<KnownUnit> units = new ArrayList<>(ROWS);
        StringBuilder csv = new StringBuilder("unit_code,voters\n");
        for (int i = 1; i <= ROWS; i++) {
            units.add(new KnownUnit(prefix + i, "RURAL_DISTRICT", null, null));
            csv.append(prefix).append(i).append(',').append(1_000 + i % 5_000).append('\n');
        }
        for (int from = 0; from < ROWS; from += 10_000) {
            known.upsertAll(units.subList(from, from + 10_000));
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);

        try (TopicTail tail = TopicTail.since(Topics.ELECTION, Instant.now().minusSeconds(1))) {
            long start = System.nanoTime();
            String location = given().contentType("text/csv").header("Prefer", "respond-async")
                    .queryParam("issuer", "Large test commission " + prefix).queryParam("rollDate", "2024-01-01").body(body)
                    .post("/api/v1/bulletins").then().statusCode(202).header("Preference-Applied", "respond-async")
                    .extract().header("Location");
            long accepted = System.nanoTime();

            Set<String> observed = new LinkedHashSet<>();
            JsonPath upload;
            do {
                upload = given().get(location).then().statusCode(200).extract().jsonPath();
                observed.add(upload.getString("status") + " validated=" + upload.getInt("rowsValidated") + " stored="
                        + upload.getInt("rowsStored"));
                sleep(50);
            } while (!List.of("STORED", "REJECTED", "FAILED").contains(upload.getString("status"))
                    && System.nanoTime() - start < Duration.ofSeconds(120).toNanos());
            long stored = System.nanoTime();
            System.out.printf("100,000-row upload: 202 after %d ms, STORED after %d ms; progress seen: %s%n",
                    (accepted - start) / 1_000_000, (stored - start) / 1_000_000, observed);

            assertThat(upload.getString("status")).as(upload.prettify()).isEqualTo("STORED");
            assertThat(upload.getInt("total")).isEqualTo(ROWS);
            assertThat(upload.getInt("rowsValidated")).isEqualTo(ROWS);
            assertThat(upload.getInt("rowsStored")).isEqualTo(ROWS);
            assertThat(observed).as("intermediate progress before STORED").anyMatch(o -> !o.startsWith("STORED"));
            String bulletinId = upload.getString("bulletinId");
            given().get("/api/v1/bulletins/" + bulletinId).then().statusCode(200)
                    .body("rowCount", org.hamcrest.Matchers.equalTo(ROWS)).body("status", org.hamcrest.Matchers.equalTo("CURRENT"));

            String marker = "\"bulletinId\":\"" + bulletinId + "\"";
            var events = tail.await(e -> e.data() != null && e.data().contains(marker), ROWS, Duration.ofSeconds(120));
            long published = System.nanoTime();
            System.out.printf("100,000-row upload: %d events read back %d ms after STORED (%d ms after the POST)%n",
                    events.size(), (published - stored) / 1_000_000, (published - start) / 1_000_000);
            Set<String> ids = new HashSet<>();
            Set<String> subjects = new HashSet<>();
            events.forEach(e -> {
                ids.add(e.id());
                subjects.add(e.subject());
            });
            assertThat(ids).hasSize(ROWS);
            assertThat(subjects).hasSize(ROWS).contains(prefix + 1, prefix + ROWS);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
