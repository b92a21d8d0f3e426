package org.seatwise.election.bulletin.upload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Uploads' progress in PostgreSQL, so that any instance can answer for it. Every write commits on
 * its own, outside the transaction that stores the bulletin: progress must be visible while the
 * bulletin itself is not yet.
 */
@ApplicationScoped
public class UploadStore {

    private final AgroalDataSource dataSource;

    public UploadStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(UUID id, int total, Instant now) {
        update("INSERT INTO bulletin_upload (id, status, total, received_at, updated_at) VALUES (?, 'VALIDATING', ?, ?, ?)",
                id, total, Timestamp.from(now), Timestamp.from(now));
    }

    public void validated(UUID id, int rows, Instant now) {
        update("UPDATE bulletin_upload SET rows_validated = ?, updated_at = ? WHERE id = ?", rows, Timestamp.from(now), id);
    }

    public void storing(UUID id, Instant now) {
        update("UPDATE bulletin_upload SET status = 'STORING', updated_at = ? WHERE id = ?", Timestamp.from(now), id);
    }

    public void stored(UUID id, int rows, Instant now) {
        update("UPDATE bulletin_upload SET rows_stored = ?, updated_at = ? WHERE id = ?", rows, Timestamp.from(now), id);
    }

    public void finishedStored(UUID id, UUID bulletinId, boolean created, int rows, Instant now) {
        update("UPDATE bulletin_upload SET status = 'STORED', bulletin_id = ?, created = ?, rows_stored = ?, updated_at = ? "
                + "WHERE id = ?", bulletinId, created, rows, Timestamp.from(now), id);
    }

    /** REJECTED (the bulletin is invalid) or FAILED (the service could not finish), with the problem as JSON. */
    public void finishedWithProblem(UUID id, UploadStatus status, String problem, Instant now) {
        update("UPDATE bulletin_upload SET status = ?, problem = ?, updated_at = ? WHERE id = ?", status.name(), problem,
                Timestamp.from(now), id);
    }

    public Optional<Upload> find(UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id, status, total, rows_validated, rows_stored, bulletin_id, created, problem, received_at, updated_at "
                        + "FROM bulletin_upload WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Upload(r.getObject(1, UUID.class), UploadStatus.valueOf(r.getString(2)), r.getInt(3),
                        r.getInt(4), r.getInt(5), r.getObject(6, UUID.class), (Boolean) r.getObject(7), r.getString(8),
                        r.getTimestamp(9).toInstant(), r.getTimestamp(10).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read upload " + id, e);
        }
    }

    private void update(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot record the progress of an upload", e);
            }
        });
    }
}
