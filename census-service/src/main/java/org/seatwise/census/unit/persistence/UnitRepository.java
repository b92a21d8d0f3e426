package org.seatwise.census.unit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.CensusPredecessor;
import org.seatwise.census.unit.FormerName;
import org.seatwise.census.unit.UnitKind;
import org.seatwise.census.unit.UnitNames;
import org.seatwise.contracts.Provenance;

import io.agroal.api.AgroalDataSource;

/**
 * Stores and finds units: the {@code unit} table and its aliases, former names and census
 * predecessors, in plain JDBC (no ORM to boot at start, docs/performance.md). The collections of the
 * units of a query are read with one extra query each, not one per unit. Inside a transaction the
 * connection is the transaction's, so units and their outbox events commit together.
 */
@ApplicationScoped
public class UnitRepository {

    private static final String COLUMNS = "code, kind, name_en, name_ru, name_kk, parent_code, valid_from, valid_to, source, "
            + "source_date, citation";

    private final AgroalDataSource dataSource;

    public UnitRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<AdministrativeUnit> find(String code) {
        return units("WHERE code = ?", code).stream().findFirst();
    }

    /** The unit with this code, or else the unit with this alias (an older code). */
    public Optional<AdministrativeUnit> findByCodeOrAlias(String code) {
        Optional<AdministrativeUnit> unit = find(code);
        if (unit.isPresent()) {
            return unit;
        }
        return units("WHERE code = (SELECT unit_code FROM unit_alias WHERE alias = ?)", code).stream().findFirst();
    }

    /** The units with these codes, by code (codes with no unit are left out). */
    public Map<String, AdministrativeUnit> findAll(Collection<String> codes) {
        Map<String, AdministrativeUnit> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        units("WHERE code = ANY (?)", new TextArray(codes)).forEach(u -> found.put(u.code(), u));
        return found;
    }

    /** Every unit, reachable by its code and by each of its aliases. */
    public Map<String, AdministrativeUnit> byCodeAndAlias() {
        List<AdministrativeUnit> all = units("");
        Map<String, AdministrativeUnit> index = new HashMap<>();
        all.forEach(u -> u.aliases().forEach(a -> index.putIfAbsent(a, u)));
        all.forEach(u -> index.put(u.code(), u)); // a code wins over an alias
        return index;
    }

    /** Units matching every filter given (null means any), ordered by code. */
    public List<AdministrativeUnit> search(UnitKind kind, String parentCode, LocalDate validOn) {
        StringBuilder where = new StringBuilder("WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (kind != null) {
            where.append(" AND kind = ?");
            params.add(kind.name());
        }
        if (parentCode != null) {
            where.append(" AND parent_code = ?");
            params.add(parentCode);
        }
        if (validOn != null) {
            where.append(" AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to > ?)");
            params.add(validOn);
            params.add(validOn);
        }
        return units(where + " ORDER BY code", params.toArray());
    }

    /** The kinds of the stored units (the open set beyond the built-in ones). */
    public Set<String> kinds() {
        Set<String> kinds = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT DISTINCT kind FROM unit");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                kinds.add(r.getString(1));
            }
            return kinds;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read unit kinds", e);
        }
    }

    /** Inserts the unit or replaces it whole (its aliases, former names and census predecessors too). */
    public void save(AdministrativeUnit unit) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO unit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name_en = excluded.name_en, "
                    + "name_ru = excluded.name_ru, name_kk = excluded.name_kk, parent_code = excluded.parent_code, "
                    + "valid_from = excluded.valid_from, valid_to = excluded.valid_to, source = excluded.source, "
                    + "source_date = excluded.source_date, citation = excluded.citation")) {
                s.setString(1, unit.code());
                s.setString(2, unit.kind().name());
                s.setString(3, unit.names().en());
                s.setString(4, unit.names().ru());
                s.setString(5, unit.names().kk());
                s.setString(6, unit.parentCode());
                s.setObject(7, unit.validFrom(), Types.DATE);
                s.setObject(8, unit.validTo(), Types.DATE);
                s.setString(9, unit.provenance().source());
                s.setObject(10, unit.provenance().date(), Types.DATE);
                s.setString(11, unit.provenance().citation());
                s.executeUpdate();
            }
            for (String table : List.of("unit_alias", "unit_former_name", "unit_census_predecessor")) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE unit_code = ?")) {
                    s.setString(1, unit.code());
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO unit_alias (unit_code, alias) VALUES (?, ?)")) {
                for (String alias : unit.aliases()) {
                    s.setString(1, unit.code());
                    s.setString(2, alias);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO unit_former_name (unit_code, position, name_en, name_ru, "
                    + "name_kk, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (FormerName n : unit.formerNames()) {
                    s.setString(1, unit.code());
                    s.setInt(2, position++);
                    s.setString(3, n.names().en());
                    s.setString(4, n.names().ru());
                    s.setString(5, n.names().kk());
                    s.setObject(6, n.validFrom(), Types.DATE);
                    s.setObject(7, n.validTo(), Types.DATE);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO unit_census_predecessor (unit_code, position, census, "
                    + "described_as, predecessor_code, note) VALUES (?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (CensusPredecessor p : unit.censusPredecessors()) {
                    s.setString(1, unit.code());
                    s.setInt(2, position++);
                    s.setString(3, p.census());
                    s.setString(4, p.describedAs());
                    s.setString(5, p.predecessorCode());
                    s.setString(6, p.note());
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store unit " + unit.code(), e);
        }
    }

    /** A text[] parameter. */
    private record TextArray(Collection<String> values) {
    }

    /** The units a WHERE (and ORDER BY) clause selects, in its order, with their collections. */
    private List<AdministrativeUnit> units(String clause, Object... params) {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM unit " + clause)) {
                bind(c, s, params);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.put(r.getString(1), new Row(r));
                    }
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            java.sql.Array codes = c.createArrayOf("text", rows.keySet().toArray());
            try (PreparedStatement s = c.prepareStatement("SELECT unit_code, alias FROM unit_alias WHERE unit_code = ANY (?)")) {
                s.setArray(1, codes);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.get(r.getString(1)).aliases.add(r.getString(2));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT unit_code, name_kk, name_ru, name_en, valid_from, valid_to "
                    + "FROM unit_former_name WHERE unit_code = ANY (?) ORDER BY unit_code, position")) {
                s.setArray(1, codes);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.get(r.getString(1)).formerNames.add(new FormerName(
                                new UnitNames(r.getString(2), r.getString(3), r.getString(4)),
                                r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT unit_code, census, described_as, predecessor_code, note "
                    + "FROM unit_census_predecessor WHERE unit_code = ANY (?) ORDER BY unit_code, position")) {
                s.setArray(1, codes);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.get(r.getString(1)).predecessors.add(new CensusPredecessor(r.getString(2), r.getString(3),
                                r.getString(4), r.getString(5)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read units", e);
        }
        return rows.values().stream().map(Row::unit).toList();
    }

    private static void bind(Connection c, PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof TextArray a) {
                s.setArray(i + 1, c.createArrayOf("text", a.values().toArray()));
            } else if (p instanceof LocalDate d) {
                s.setObject(i + 1, d, Types.DATE);
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    /** A unit row while its collections are read. */
    private static final class Row {
        private final String code;
        private final String kind;
        private final UnitNames names;
        private final String parentCode;
        private final LocalDate validFrom;
        private final LocalDate validTo;
        private final Provenance provenance;
        private final List<String> aliases = new ArrayList<>();
        private final List<FormerName> formerNames = new ArrayList<>();
        private final List<CensusPredecessor> predecessors = new ArrayList<>();

        Row(ResultSet r) throws SQLException {
            code = r.getString(1);
            kind = r.getString(2);
            names = new UnitNames(r.getString(5), r.getString(4), r.getString(3));
            parentCode = r.getString(6);
            validFrom = r.getObject(7, LocalDate.class);
            validTo = r.getObject(8, LocalDate.class);
            provenance = new Provenance(r.getString(9), r.getObject(10, LocalDate.class), r.getString(11));
        }

        AdministrativeUnit unit() {
            return new AdministrativeUnit(code, new UnitKind(kind), names, parentCode, validFrom, validTo, List.copyOf(aliases),
                    provenance, List.copyOf(formerNames), List.copyOf(predecessors));
        }
    }
}
