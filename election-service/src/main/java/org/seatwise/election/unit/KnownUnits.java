package org.seatwise.election.unit;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** election-service's read model of census-service's units, built only from census events. */
@ApplicationScoped
public class KnownUnits {

    private final AgroalDataSource dataSource;

    public KnownUnits(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void upsert(KnownUnit unit) {
        upsertAll(List.of(unit));
    }

    /** Stores the units in one batch; a unit announced twice in the batch keeps its last announcement. */
    public void upsertAll(List<KnownUnit> announced) {
        // One row per code: with reWriteBatchedInserts one multi-row INSERT may not touch a row twice.
        Map<String, KnownUnit> last = new LinkedHashMap<>();
        announced.forEach(u -> last.put(u.code(), u));
        if (last.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO known_unit (code, kind, valid_from, valid_to) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, valid_from = excluded.valid_from, "
                        + "valid_to = excluded.valid_to")) {
            for (KnownUnit unit : last.values()) {
                s.setString(1, unit.code());
                s.setString(2, unit.kind());
                s.setObject(3, unit.validFrom() == null ? null : Date.valueOf(unit.validFrom()));
                s.setObject(4, unit.validTo() == null ? null : Date.valueOf(unit.validTo()));
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + last.size() + " units", e);
        }
    }

    /** How many units census-service has announced (for readiness of large uploads and tests). */
    public long count() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT count(*) FROM known_unit");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count known units", e);
        }
    }

    public Optional<KnownUnit> find(String code) {
        return Optional.ofNullable(query("SELECT code, kind, valid_from, valid_to FROM known_unit WHERE code = ?",
                (c, s) -> s.setString(1, code)).get(code));
    }

    /**
     * The known units among the given codes, by code, in one query: a bulletin is checked against its own
     * units, not against every unit announced (3,500 rows against 100,000 units read them all, 1 s).
     */
    public Map<String, KnownUnit> of(Collection<String> codes) {
        return query("SELECT code, kind, valid_from, valid_to FROM known_unit WHERE code = ANY (?)",
                (c, s) -> s.setArray(1, c.createArrayOf("text", codes.toArray())));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(Connection c, PreparedStatement s) throws SQLException;
    }

    private Map<String, KnownUnit> query(String sql, Binder binder) {
        Map<String, KnownUnit> units = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(c, s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Date from = r.getDate(3);
                    Date to = r.getDate(4);
                    units.put(r.getString(1), new KnownUnit(r.getString(1), r.getString(2),
                            from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate()));
                }
            }
            return units;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read known units", e);
        }
    }
}
