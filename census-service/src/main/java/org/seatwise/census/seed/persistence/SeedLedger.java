package org.seatwise.census.seed.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * The {@code seed_applied} table, in plain JDBC: the content hash of each seed this database holds in
 * full. A seed is recorded only after everything it stores has committed, so a start interrupted
 * half-way checks it again at the next start (the seed is idempotent).
 */
@ApplicationScoped
public class SeedLedger {

    private final AgroalDataSource dataSource;

    public SeedLedger(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The hash of a seed's content under this database's migrations: the same values stored by a
     * schema that a new migration changed are checked again once.
     */
    public String hash(String content) {
        return sha256(migrations() + "\n" + content);
    }

    /** The hash recorded for the seed, if it was applied in full. */
    public Optional<String> recorded(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT content_hash FROM seed_applied WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read seed_applied", e);
        }
    }

    /** Records that the seed of this hash is stored in full. */
    public void record(String name, String hash) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO seed_applied (name, content_hash) VALUES (?, ?) "
                        + "ON CONFLICT (name) DO UPDATE SET content_hash = EXCLUDED.content_hash, applied_at = now()")) {
            s.setString(1, name);
            s.setString(2, hash);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write seed_applied", e);
        }
    }

    /** The migrations applied, in order (Flyway's history). */
    private String migrations() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT coalesce(string_agg(version || ':' || coalesce(checksum::text, ''), ',' "
                        + "ORDER BY installed_rank), '') FROM flyway_schema_history WHERE success AND version IS NOT NULL");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read flyway_schema_history", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
