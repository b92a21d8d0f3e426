package org.seatwise.election.bulletin.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.seatwise.election.bulletin.Bulletin;
import org.seatwise.election.bulletin.BulletinHeader;
import org.seatwise.election.bulletin.RollRow;

import io.agroal.api.AgroalDataSource;

/**
 * Bulletins in PostgreSQL. Plain JDBC with batched inserts: a bulletin may have 100,000 rows, and
 * an ORM's per-entity bookkeeping would dominate the upload.
 */
@ApplicationScoped
public class BulletinStore {

    private static final String COLUMNS = "id, issuer, title, roll_date, published_on, citation, content_hash, "
            + "version, superseded_by, row_count, received_at, acceptance_seq";
    /**
     * Rows per statement, each column as one array: one short statement to parse instead of a
     * multi-row INSERT with four parameters a row.
     */
    private static final int BATCH = 5_000;
    private static final String INSERT_ROWS = "INSERT INTO bulletin_row (bulletin_id, line, unit_code, voters) "
            + "SELECT ?, * FROM unnest(?::int[], ?::text[], ?::bigint[])";
    private final AgroalDataSource dataSource;

    public BulletinStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Bulletin> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM bulletin WHERE id = ?", id);
    }

    public Optional<Bulletin> findByContent(String issuer, LocalDate rollDate, String contentHash) {
        return one("SELECT " + COLUMNS + " FROM bulletin WHERE issuer = ? AND roll_date = ? AND content_hash = ?",
                issuer, Date.valueOf(rollDate), contentHash);
    }

    /** The current version for an issuer and roll date, locked until the transaction ends. */
    public Optional<Bulletin> currentForUpdate(String issuer, LocalDate rollDate) {
        return one("SELECT " + COLUMNS + " FROM bulletin WHERE issuer = ? AND roll_date = ? AND superseded_by IS NULL "
                + "FOR UPDATE", issuer, Date.valueOf(rollDate));
    }

    /** The next number of the acceptance sequence (one for all issuers; see V5__acceptance_sequence.sql). */
    public long nextAcceptance() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT nextval('bulletin_acceptance')");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot number an accepted bulletin", e);
        }
    }

    public List<Bulletin> list(int limit) {
        return many("SELECT " + COLUMNS + " FROM bulletin ORDER BY acceptance_seq DESC LIMIT ?", limit);
    }

    /** Inserts the bulletin and its rows, telling {@code rowsStored} the count after each batch. */
    public void insert(Bulletin b, List<RollRow> rows, IntConsumer rowsStored) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO bulletin (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, b.id());
                s.setString(2, b.header().issuer());
                s.setString(3, b.header().title());
                s.setDate(4, Date.valueOf(b.header().rollDate()));
                s.setDate(5, b.header().publishedOn() == null ? null : Date.valueOf(b.header().publishedOn()));
                s.setString(6, b.header().citation());
                s.setString(7, b.contentHash());
                s.setInt(8, b.version());
                s.setObject(9, b.supersededBy());
                s.setInt(10, b.rowCount());
                s.setTimestamp(11, Timestamp.from(b.receivedAt()));
                s.setLong(12, b.acceptanceSequence());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(INSERT_ROWS)) {
                for (int from = 0; from < rows.size(); from += BATCH) {
                    List<RollRow> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
                    Integer[] lines = new Integer[chunk.size()];
                    String[] codes = new String[chunk.size()];
                    Long[] voters = new Long[chunk.size()];
                    for (int i = 0; i < chunk.size(); i++) {
                        lines[i] = chunk.get(i).line();
                        codes[i] = chunk.get(i).unitCode();
                        voters[i] = chunk.get(i).voters();
                    }
                    s.setObject(1, b.id());
                    s.setArray(2, c.createArrayOf("int4", lines));
                    s.setArray(3, c.createArrayOf("text", codes));
                    s.setArray(4, c.createArrayOf("int8", voters));
                    s.executeUpdate();
                    rowsStored.accept(from + chunk.size());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store bulletin " + b.id(), e);
        }
    }

    /** A unit's voters on the newest roll (latest roll date, current version), with the bulletin they come from. */
    public Optional<LatestVoters> latestVoters(String unitCode) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT r.voters, b.id, b.roll_date, b.issuer FROM bulletin_row r JOIN bulletin b ON b.id = r.bulletin_id "
                        + "WHERE r.unit_code = ? AND b.superseded_by IS NULL ORDER BY b.roll_date DESC, b.acceptance_seq DESC LIMIT 1")) {
            s.setString(1, unitCode);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new LatestVoters(r.getLong(1), r.getObject(2, UUID.class),
                        r.getDate(3).toLocalDate(), r.getString(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the latest roll of " + unitCode, e);
        }
    }

    /** Voters of one unit on the newest roll, and where the figure comes from. */
    public record LatestVoters(long voters, UUID bulletinId, LocalDate rollDate, String issuer) {
    }

    public void supersede(UUID old, UUID by) {
        update("UPDATE bulletin SET superseded_by = ? WHERE id = ?", by, old);
    }

    public List<RollRow> rows(UUID bulletinId) {
        List<RollRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT line, unit_code, voters FROM bulletin_row WHERE bulletin_id = ? ORDER BY line")) {
            s.setObject(1, bulletinId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new RollRow(r.getInt(1), r.getString(2), r.getLong(3)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read rows of bulletin " + bulletinId, e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update bulletin", e);
        }
    }

    private Optional<Bulletin> one(String sql, Object... params) {
        return many(sql, params).stream().findFirst();
    }

    private List<Bulletin> many(String sql, Object... params) {
        List<Bulletin> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Date published = r.getDate("published_on");
                    found.add(new Bulletin(r.getObject("id", UUID.class),
                            new BulletinHeader(r.getString("issuer"), r.getString("title"),
                                    r.getDate("roll_date").toLocalDate(),
                                    published == null ? null : published.toLocalDate(), r.getString("citation")),
                            r.getString("content_hash"), r.getInt("version"), r.getObject("superseded_by", UUID.class),
                            r.getInt("row_count"), r.getTimestamp("received_at").toInstant(), r.getLong("acceptance_seq")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read bulletins", e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
