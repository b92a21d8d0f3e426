package org.seatwise.model.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.CouncilSeatsRecorded;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.Topics;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.contracts.VoterRollPublished;
import org.seatwise.platform.testing.TestEvents;
import org.seatwise.platform.testing.TopicTail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** A recommendation id, whenever it is computed again, is published with the same bytes. */
@QuarkusTest
class StableEventIdTest {

    private static final Provenance SOURCE = new Provenance("test commission", LocalDate.of(2023, 1, 1), null);

    @Inject
    AgroalDataSource dataSource;

    /**
     * A unit of a jurisdiction no test gives a legal cap: its unit and its roll arrive on two channels in either
     * order, and under a cap the order would change the result (no kind, no cap) and publish more.
     */
    private static String newUnit() {
        return "S-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /** On a fresh broker the topic just created may not list its partitions yet: ask again. */
    private static TopicTail recommendations() throws InterruptedException {
        Instant since = Instant.now().minusSeconds(1);
        for (int attempt = 1;; attempt++) {
            TopicTail tail = TopicTail.since(Topics.RECOMMENDATIONS, since);
            try {
                tail.drain(e -> false, Duration.ofMillis(1));
                return tail;
            } catch (IllegalStateException notAssigned) {
                tail.close();
                if (attempt == 10) {
                    throw notAssigned;
                }
                Thread.sleep(500);
            }
        }
    }

    @Test
    @DisplayName("a unit recomputed with unchanged inputs publishes nothing: its stored result reads back equal to the computed one")
    void unchangedInputsPublishNothing() throws Exception {
        String unit = newUnit();
        try (TestEvents events = new TestEvents(); TopicTail tail = recommendations()) {
            UnitRegistered registered = new UnitRegistered(unit, "OBLAST", new UnitRegistered.Names(null, null, "Test " + unit),
                    "KZ", null, null, List.of(), SOURCE);
            events.send(UUID.randomUUID().toString(), registered);
            CouncilSeatsRecorded seats = new CouncilSeatsRecorded(unit, "VIII", LocalDate.of(2023, 3, 19), 30, SOURCE);
            events.send(UUID.randomUUID().toString(), seats);
            // 404,469 voters: a cube root (73.954013307584998143725976...) with more than 20 decimals.
            events.send(UUID.randomUUID().toString(), new VoterRollPublished("bulletin-" + unit, 1, 1, unit, 404_469,
                    LocalDate.of(2023, 1, 1), SOURCE, 1, null));
            int configurations = 3;
            var first = tail.await(e -> unit.equals(e.subject()), configurations, Duration.ofSeconds(60));
            assertThat(first).hasSize(configurations);
            // The same unit and the same seats announced again (new event ids): both recompute the unit.
            events.send(UUID.randomUUID().toString(), registered);
            events.send(UUID.randomUUID().toString(), seats);
            var all = tail.drain(e -> unit.equals(e.subject()), Duration.ofSeconds(5));
            assertThat(all.stream().map(TopicTail.Event::id).distinct())
                    .as("recommendation ids published for an unchanged unit").hasSize(configurations);
        }
    }

    @Test
    @DisplayName("an id computed again after its first event was published is republished byte-identical, not with a new computedAt")
    void recomputedIdKeepsItsContent() throws Exception {
        String unit = newUnit();
        try (TestEvents events = new TestEvents(); TopicTail tail = recommendations()) {
            events.send(UUID.randomUUID().toString(), new UnitRegistered(unit, "OBLAST",
                    new UnitRegistered.Names(null, null, "Test " + unit), "KZ", null, null, List.of(), SOURCE));
            CouncilSeatsRecorded seats = new CouncilSeatsRecorded(unit, "VIII", LocalDate.of(2023, 3, 19), 46, SOURCE);
            events.send(UUID.randomUUID().toString(), seats);
            events.send(UUID.randomUUID().toString(), new VoterRollPublished("bulletin-" + unit, 1, 1, unit, 1_177_507,
                    LocalDate.of(2023, 1, 1), SOURCE, 1, null));
            var first = tail.await(e -> unit.equals(e.subject()) && e.data().contains("\"currentSeats\":46"), 1, Duration.ofSeconds(60));
            assertThat(first).isNotEmpty();
            int before = tail.drain(e -> unit.equals(e.subject()), Duration.ofSeconds(3)).size(); // one per active configuration
            // What a concurrent transaction sees before the first one commits: no current recommendation.
            try (Connection c = dataSource.getConnection();
                    PreparedStatement hide = c.prepareStatement("DELETE FROM recommendation_current WHERE unit_code = ?")) {
                hide.setString(1, unit);
                assertThat(hide.executeUpdate()).isPositive();
            }
            Thread.sleep(5); // a later clock, so a fresh computedAt would differ
            events.send(UUID.randomUUID().toString(), seats); // the same figure again: the unit is recomputed
            tail.await(e -> unit.equals(e.subject()), before + 1, Duration.ofSeconds(60));
            var all = tail.drain(e -> unit.equals(e.subject()), Duration.ofSeconds(3));
            Set<String> ids = all.stream().map(TopicTail.Event::id).collect(Collectors.toSet());
            assertThat(all).as("an id was published again").hasSizeGreaterThan(ids.size());
            for (String id : ids) {
                assertThat(all.stream().filter(e -> e.id().equals(id)).map(TopicTail.Event::data).distinct()).as(id).hasSize(1);
            }
        }
    }
}
