package org.seatwise.election.unit;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
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
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO known_unit (code, kind, valid_from, valid_to) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, valid_from = excluded.valid_from, "
                        + "valid_to = excluded.valid_to")) {
            s.setString(1, unit.code());
            s.setString(2, unit.kind());
            s.setObject(3, unit.validFrom() == null ? null : Date.valueOf(unit.validFrom()));
            s.setObject(4, unit.validTo() == null ? null : Date.valueOf(unit.validTo()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store unit " + unit.code(), e);
        }
    }

    public Optional<KnownUnit> find(String code) {
        return Optional.ofNullable(all().get(code));
    }

    /** Every known unit by code (a few thousand rows: one query beats one per bulletin row). */
    public Map<String, KnownUnit> all() {
        Map<String, KnownUnit> units = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT code, kind, valid_from, valid_to FROM known_unit");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Date from = r.getDate(3);
                Date to = r.getDate(4);
                units.put(r.getString(1), new KnownUnit(r.getString(1), r.getString(2),
                        from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate()));
            }
            return units;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read known units", e);
        }
    }
}
