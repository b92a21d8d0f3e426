package org.seatwise.platform.inbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

/**
 * The idempotent consumer's memory: which event ids a consumer has already applied. Called in the
 * same transaction as the effect, so an event is applied once however often Kafka delivers it.
 */
@ApplicationScoped
@IfBuildProperty(name = "seatwise.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class Inbox {

    private static final String CLAIM = "INSERT INTO processed_event (consumer, event_id) "
            + "SELECT ?, id FROM unnest(?::text[]) AS id ON CONFLICT DO NOTHING RETURNING event_id";

    private final AgroalDataSource dataSource;

    public Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the events as processed by {@code consumer} and returns the ids that were not
     * recorded before, in one round trip. Rolls back with the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> claim(String consumer, Collection<String> eventIds) {
        Set<String> fresh = new HashSet<>();
        if (eventIds.isEmpty()) {
            return fresh;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement claim = c.prepareStatement(CLAIM)) {
            Array ids = c.createArrayOf("text", eventIds.toArray());
            claim.setString(1, consumer);
            claim.setArray(2, ids);
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    fresh.add(rows.getString(1));
                }
            }
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record processed events for " + consumer, e);
        }
    }
}
