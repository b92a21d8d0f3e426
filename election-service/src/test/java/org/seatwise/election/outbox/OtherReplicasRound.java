package org.seatwise.election.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.seatwise.platform.outbox.OutboxRelay;

import io.agroal.api.AgroalDataSource;

/**
 * Another replica's relay in the middle of a round: a transaction holding the outbox's publisher lock, so that
 * this service's relay publishes nothing until {@link #end()}.
 */
final class OtherReplicasRound implements AutoCloseable {

    private final Connection connection;

    private OtherReplicasRound(Connection connection) {
        this.connection = connection;
    }

    static OtherReplicasRound begin(AgroalDataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, OutboxRelay.PUBLISHER_LOCK);
            lock.execute();
        }
        return new OtherReplicasRound(c);
    }

    /** The round ends: its transaction-scoped lock is released. */
    void end() throws SQLException {
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
