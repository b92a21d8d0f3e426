package org.seatwise.model.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.platform.inbox.InboxPruner;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The inbox stays bounded: entries older than the retention (14 days) go, recent ones stay. */
@QuarkusTest
class InboxPrunerTest {

    @Inject
    InboxPruner pruner;
    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("event ids processed 15 days ago are forgotten, those of 13 days ago and of now are kept")
    void prunesByAge() throws Exception {
        String consumer = "prune-test-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, now() - ?::interval)")) {
            for (String[] row : new String[][] { { "old-1", "15 days" }, { "old-2", "400 days" }, { "recent", "13 days" },
                { "now", "0 seconds" } }) {
                s.setString(1, consumer);
                s.setString(2, row[0]);
                s.setString(3, row[1]);
                s.executeUpdate();
            }
        }
        assertThat(pruner.prune()).isGreaterThanOrEqualTo(2);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT string_agg(event_id, ',' ORDER BY event_id) FROM processed_event WHERE consumer = ?")) {
            s.setString(1, consumer);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("now,recent");
            }
        }
    }
}
