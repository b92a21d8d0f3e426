package org.seatwise.election.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.Topics;
import org.seatwise.contracts.VoterRollPublished;
import org.seatwise.platform.outbox.Outbox;
import org.seatwise.platform.outbox.OutgoingEvent;
import org.seatwise.platform.testing.TopicTail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The outbox stores a transaction's events as batches of at most 2,000 (one row each); the relay publishes
 * whole batches, several small ones in one round but never more than its batch size of events unless a
 * single batch is larger, and every event goes out once, in the order it was written.
 */
@QuarkusTest
class OutboxBatchesTest {

    @Inject
    Outbox outbox;
    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("4,500 events of three transactions: four rows of 2,000, 500, 1 and 1,999 events, published once each, in order")
    void batchesArePublishedWholeAndInOrder() throws Exception {
        String unit = "BATCH-" + Long.toString(System.nanoTime(), 36);
        String bulletin = "outbox batches " + unit;
        int[] transactions = { 2_500, 1, 1_999 };
        int total = IntStream.of(transactions).sum();

        try (TopicTail tail = TopicTail.since(Topics.ELECTION, Instant.now().minusSeconds(1));
                OtherReplicasRound otherReplica = OtherReplicasRound.begin(dataSource)) {
            // The rows stay in the outbox to be looked at.
            int next = 0;
            for (int size : transactions) {
                List<OutgoingEvent> events = new ArrayList<>();
                for (int i = 0; i < size; i++, next++) {
                    events.add(OutgoingEvent.of(new VoterRollPublished(bulletin, 1, total, unit, next, LocalDate.of(2024, 1, 1),
                            new Provenance("OutboxBatchesTest", LocalDate.of(2024, 1, 1), null), 1, null)));
                }
                QuarkusTransaction.requiringNew().run(() -> outbox.appendAll(events));
            }
            assertThat(batchSizes(unit)).as("events per outbox row, in seq order").containsExactly(2_000, 500, 1, 1_999);

            otherReplica.end();
            List<TopicTail.Event> published = tail.await(e -> unit.equals(e.subject()), total, Duration.ofSeconds(60));
            assertThat(published.stream().map(e -> voters(e.data())).toList()).as("voters of the published events, in order")
                    .containsExactlyElementsOf(IntStream.range(0, total).boxed().toList());
            assertThat(published.stream().map(TopicTail.Event::id).distinct().count()).isEqualTo(total);
            assertThat(batchSizes(unit)).as("rows left once published").isEmpty();
            assertThat(tail.drain(e -> unit.equals(e.subject()), Duration.ofSeconds(2))).as("no event twice").hasSize(total);
        }
    }

    private static int voters(String json) {
        int at = json.indexOf("\"voters\":") + "\"voters\":".length();
        int end = at;
        while (Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Integer.parseInt(json.substring(at, end));
    }

    private List<Integer> batchSizes(String unit) throws SQLException {
        List<Integer> sizes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT events FROM outbox_batch WHERE ? = ANY (record_keys) ORDER BY seq")) {
            s.setString(1, unit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sizes.add(r.getInt(1));
                }
            }
        }
        return sizes;
    }
}
