package org.seatwise.election.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Topics;
import org.seatwise.election.unit.KnownUnit;
import org.seatwise.election.unit.KnownUnits;
import org.seatwise.platform.testing.TopicTail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Replicas share one outbox; while another replica's relay holds the publisher lock, this one
 * publishes nothing (so a unit's events cannot overtake each other), and once the lock is free its
 * rows go out.
 */
@QuarkusTest
class OnePublisherAtATimeTest {

    @Inject
    KnownUnits known;
    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("while another relay holds the publisher lock nothing is published; once it lets go, the waiting rows are")
    void onlyTheLockHolderPublishes() throws Exception {
        String unit = "LOCK-" + Long.toString(System.nanoTime(), 36);
        known.upsertAll(List.of(new KnownUnit(unit, "DISTRICT", null, null)));

        try (TopicTail tail = TopicTail.since(Topics.ELECTION, Instant.now().minusSeconds(1));
                OtherReplicasRound otherReplica = OtherReplicasRound.begin(dataSource)) {
            given().contentType("application/json")
                    .body("{\"issuer\":\"lock test " + unit + "\",\"rollDate\":\"2024-01-01\",\"rows\":[{\"unitCode\":\"" + unit
                            + "\",\"voters\":1234}]}")
                    .post("/api/v1/bulletins").then().statusCode(201);

            // The relay is woken by the commit and polls every second: three seconds give it several rounds.
            assertThat(tail.drain(e -> unit.equals(e.subject()), Duration.ofSeconds(3)))
                    .as("events published while another relay held the lock").isEmpty();
            assertThat(waitingRows(unit)).as("the bulletin's event waits in the outbox").isEqualTo(1);

            otherReplica.end(); // the other replica's round ends: its transaction-scoped lock is released
            assertThat(tail.await(e -> unit.equals(e.subject()), 1, Duration.ofSeconds(30)))
                    .as("the waiting event, published once the lock is free").hasSize(1);
        }
    }

    private long waitingRows(String unit) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM outbox_batch, unnest(record_keys) AS k(key) WHERE k.key = ?")) {
            s.setString(1, unit);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
