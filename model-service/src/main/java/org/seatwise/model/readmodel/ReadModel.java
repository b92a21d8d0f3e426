package org.seatwise.model.readmodel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.seatwise.contracts.CouncilSeatsRecorded;
import org.seatwise.contracts.LegalCapRecorded;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.contracts.VoterRollPublished;
import org.seatwise.model.sizing.CapSchedule;
import org.seatwise.model.sizing.LegalCap;

import io.agroal.api.AgroalDataSource;

/**
 * model-service's own copy of the inputs it computes from, built only from census and election
 * events (it never reads another service's database). Plain JDBC: a 100,000-unit bulletin arrives
 * as 100,000 events, applied in batches.
 */
@ApplicationScoped
public class ReadModel {

    private static final int BATCH = 1_000;

    private final AgroalDataSource dataSource;

    public ReadModel(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Upserts the units, one batched statement for the lot; of two events for one unit the later wins. */
    public void applyUnits(List<UnitRegistered> units) {
        batch("INSERT INTO unit_view (code, kind, parent_code, name_en, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, parent_code = excluded.parent_code, "
                + "name_en = excluded.name_en, valid_from = excluded.valid_from, valid_to = excluded.valid_to",
                latest(units, UnitRegistered::unitCode), u -> new Object[] { u.unitCode(), u.kind(), u.parentCode(),
                        u.names().en(), date(u.validFrom()), date(u.validTo()) });
    }

    /**
     * Inserts the roll figures in one statement per chunk, each column as one array: a batch of 2,000
     * single-row inserts with seven binds each waited 34 µs a row on PostgreSQL (docs/performance.md).
     * The figures are a set keyed by (unit, bulletin), added to only if absent, and the current figure is the
     * maximum of that set by {@link #CURRENT_ORDER}: applying the same events in any order, in any batches,
     * twice or replayed, leaves the same current figure (CurrentFigureConvergenceTest), with or without the inbox.
     */
    public void applyRolls(List<VoterRollPublished> rolls) {
        if (rolls.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT_ROLLS)) {
            for (int from = 0; from < rolls.size(); from += CHUNK) {
                List<VoterRollPublished> chunk = rolls.subList(from, Math.min(rolls.size(), from + CHUNK));
                String[][] columns = new String[9][chunk.size()];
                for (int i = 0; i < chunk.size(); i++) {
                    VoterRollPublished v = chunk.get(i);
                    String[] row = { v.unitCode(), v.bulletinId(), Integer.toString(v.bulletinVersion()),
                        Long.toString(v.voters()), v.rollDate() == null ? null : v.rollDate().toString(), v.provenance().source(), v.provenance().citation(),
                        Long.toString(v.acceptanceSequence()), v.acceptedAt() == null ? null : v.acceptedAt().toString() };
                    for (int col = 0; col < row.length; col++) {
                        columns[col][i] = row[col];
                    }
                }
                for (int col = 0; col < columns.length; col++) {
                    s.setArray(col + 1, c.createArrayOf("text", columns[col]));
                }
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the read model", e);
        }
    }

    private static final String INSERT_ROLLS = "INSERT INTO roll_figure (unit_code, bulletin_id, bulletin_version, voters, "
            + "roll_date, source, citation, acceptance_seq, accepted_at) SELECT * FROM unnest(?::text[], ?::text[], ?::int[], "
            + "?::bigint[], ?::date[], ?::text[], ?::text[], ?::bigint[], ?::timestamptz[]) ON CONFLICT DO NOTHING";
    /**
     * The one rule for a unit's current figure (README, "Which figure is current"): the latest roll date, then the
     * bulletin election-service accepted last; the bulletin id only orders figures of events older than the sequence.
     */
    static final String CURRENT_ORDER = "roll_date DESC, acceptance_seq DESC, bulletin_id DESC";
    private static final int CHUNK = 5_000;

    public void applySeats(List<CouncilSeatsRecorded> seats) {
        batch("INSERT INTO council_seats (unit_code, convocation, ordinal, election_date, seats, source, source_date, citation) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (unit_code, convocation) DO UPDATE SET "
                + "election_date = excluded.election_date, seats = excluded.seats, source = excluded.source, "
                + "source_date = excluded.source_date, citation = excluded.citation",
                latest(seats, c -> c.unitCode() + "|" + c.convocation()), c -> new Object[] { c.unitCode(), c.convocation(),
                        org.seatwise.contracts.Convocation.ordinal(c.convocation()), date(c.electionDate()), c.seats(),
                        c.provenance().source(), date(c.provenance().date()), c.provenance().citation() });
    }

    public void apply(LegalCapRecorded c) {
        execute("INSERT INTO legal_cap (jurisdiction, unit_kind, in_force_from, max_seats, legal_act) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (jurisdiction, unit_kind, in_force_from) DO UPDATE SET max_seats = excluded.max_seats, "
                + "legal_act = excluded.legal_act", c.unitCode(), c.unitKind(), date(c.inForceFrom()), c.maxSeats(), c.legalAct());
    }

    /** The caps each jurisdiction's law sets, as a schedule per jurisdiction code. */
    public Map<String, CapSchedule> caps() {
        Map<String, java.util.List<LegalCap>> byJurisdiction = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT jurisdiction, unit_kind, max_seats, in_force_from, legal_act FROM legal_cap");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byJurisdiction.computeIfAbsent(r.getString(1), k -> new java.util.ArrayList<>())
                        .add(new LegalCap(r.getString(2), r.getInt(3), r.getDate(4).toLocalDate(), r.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read legal caps", e);
        }
        Map<String, CapSchedule> schedules = new HashMap<>();
        byJurisdiction.forEach((j, caps) -> schedules.put(j, new CapSchedule(caps)));
        return schedules;
    }

    /** Codes of the units of a kind in a jurisdiction (its own code or codes that start with it and a hyphen). */
    public java.util.List<String> unitsOfKind(String jurisdiction, String kind) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT code FROM unit_view WHERE kind = ? AND (code = ? OR code LIKE ?)")) {
            s.setString(1, kind);
            s.setString(2, jurisdiction);
            s.setString(3, jurisdiction.replace("%", "\\%").replace("_", "\\_") + "-%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list units of kind " + kind, e);
        }
    }

    public void applyPopulation(List<org.seatwise.contracts.PopulationRecorded> figures) {
        batch("INSERT INTO population_figure (figure_id, unit_code, date, universe, value, source, citation) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (figure_id) DO UPDATE SET value = excluded.value, "
                + "date = excluded.date, universe = excluded.universe, source = excluded.source, citation = excluded.citation",
                latest(figures, org.seatwise.contracts.PopulationRecorded::figureId), p -> new Object[] { p.figureId(),
                        p.unitCode(), date(p.date()), p.universe(), p.value(), p.provenance().source(), p.provenance().citation() });
    }

    /** The units whose parent is the given unit and that exist on the day, by code. */
    public java.util.List<String> children(String parentCode, java.time.LocalDate on) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT code FROM unit_view WHERE parent_code = ? AND (valid_from IS NULL OR valid_from <= ?) "
                        + "AND (valid_to IS NULL OR valid_to > ?) ORDER BY code")) {
            s.setString(1, parentCode);
            s.setDate(2, Date.valueOf(on));
            s.setDate(3, Date.valueOf(on));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the children of " + parentCode, e);
        }
    }

    /** Every population figure of the given units, oldest first. */
    public java.util.List<PopulationFigure> population(Collection<String> unitCodes) {
        java.util.List<PopulationFigure> figures = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, "SELECT figure_id, unit_code, date, universe, value, source, citation FROM population_figure "
                    + "WHERE unit_code = ANY (?) ORDER BY date, figure_id", unitCodes.toArray(String[]::new),
                    r -> figures.add(new PopulationFigure(r.getString(1), r.getString(2), r.getDate(3).toLocalDate(),
                            r.getString(4), r.getLong(5), new Provenance(r.getString(6), r.getDate(3).toLocalDate(), r.getString(7)))));
            return figures;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read population figures", e);
        }
    }

    /** Seats of every recorded convocation of the given units. */
    public java.util.List<org.seatwise.contracts.CouncilSeatsRecorded> convocations(Collection<String> unitCodes) {
        java.util.List<org.seatwise.contracts.CouncilSeatsRecorded> seats = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, "SELECT unit_code, convocation, election_date, seats, source, source_date, citation FROM council_seats "
                    + "WHERE unit_code = ANY (?) ORDER BY unit_code, ordinal", unitCodes.toArray(String[]::new),
                    r -> seats.add(new org.seatwise.contracts.CouncilSeatsRecorded(r.getString(1), r.getString(2),
                            r.getDate(3) == null ? null : r.getDate(3).toLocalDate(), r.getInt(4),
                            new Provenance(r.getString(5), r.getDate(6).toLocalDate(), r.getString(7)))));
            return seats;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read council seats", e);
        }
    }

    /** When each unit was created, for the units that have a creation date. */
    public Map<String, java.time.LocalDate> validFrom(Collection<String> unitCodes) {
        Map<String, java.time.LocalDate> dates = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, "SELECT code, valid_from FROM unit_view WHERE valid_from IS NOT NULL AND code = ANY (?)",
                    unitCodes.toArray(String[]::new), r -> dates.put(r.getString(1), r.getDate(2).toLocalDate()));
            return dates;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read units' creation dates", e);
        }
    }

    /** Codes of every unit that has a council. */
    public java.util.List<String> unitsWithCouncil() {
        java.util.List<String> codes = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT DISTINCT unit_code FROM council_seats ORDER BY unit_code");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list councils", e);
        }
    }

    /** Codes of every unit that has a voter figure. */
    public java.util.List<String> unitsWithRoll() {
        java.util.List<String> codes = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT DISTINCT unit_code FROM roll_figure ORDER BY unit_code");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list units with voter figures", e);
        }
    }

    /** The inputs of the given units (all of them in three queries, whatever their number): each unit's latest roll figure. */
    public Map<String, UnitInputs> inputs(Collection<String> unitCodes) {
        Map<String, String> kinds = new HashMap<>();
        Map<String, RollFigure> rolls = new HashMap<>();
        Map<String, Integer> seats = new HashMap<>();
        String[] codes = unitCodes.toArray(String[]::new);
        try (Connection c = dataSource.getConnection()) {
            // One index probe per code (LIMIT 1 keeps the planner from flattening the lookup into a join): with
            // = ANY (2,000 codes) it scanned all 100,000 units per batch.
            query(c, "SELECT u.code, v.kind FROM unnest(?::text[]) AS u(code) "
                    + "CROSS JOIN LATERAL (SELECT kind FROM unit_view WHERE code = u.code LIMIT 1) v", codes,
                    r -> kinds.put(r.getString(1), r.getString(2)));
            // Per unit the first entry of the index roll_figure_current (LIMIT 1), not all of its figures sorted.
            query(c, "SELECT u.code, f.bulletin_id, f.bulletin_version, f.voters, f.roll_date, f.source, f.citation "
                    + "FROM unnest(?::text[]) AS u(code) CROSS JOIN LATERAL (SELECT * FROM roll_figure WHERE unit_code = u.code "
                    + "ORDER BY " + CURRENT_ORDER + " LIMIT 1) f", codes,
                    r -> rolls.put(r.getString(1), new RollFigure(r.getString(1), r.getString(2), r.getInt(3), r.getLong(4),
                            r.getDate(5).toLocalDate(), new Provenance(r.getString(6), r.getDate(5).toLocalDate(), r.getString(7)))));
            query(c, "SELECT DISTINCT ON (unit_code) unit_code, seats FROM council_seats WHERE unit_code = ANY (?) "
                    + "ORDER BY unit_code, ordinal DESC", codes, r -> seats.put(r.getString(1), r.getInt(2)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the inputs of " + codes.length + " units", e);
        }
        Map<String, UnitInputs> inputs = new HashMap<>();
        for (String code : codes) {
            inputs.put(code, new UnitInputs(code, kinds.get(code), rolls.get(code), seats.get(code)));
        }
        return inputs;
    }

    /**
     * The inputs of the given units as they were in force on a day: the current figure among those of roll dates up
     * to it (same rule as {@link #inputs}), and the seats of the latest convocation elected by then.
     */
    public Map<String, UnitInputs> inputsOn(Collection<String> unitCodes, java.time.LocalDate on) {
        Map<String, String> kinds = new HashMap<>();
        Map<String, RollFigure> rolls = new HashMap<>();
        Map<String, Integer> seats = new HashMap<>();
        String[] codes = unitCodes.toArray(String[]::new);
        try (Connection c = dataSource.getConnection()) {
            query(c, "SELECT code, kind FROM unit_view WHERE code = ANY (?)", codes, r -> kinds.put(r.getString(1), r.getString(2)));
            queryOn(c, "SELECT u.code, f.bulletin_id, f.bulletin_version, f.voters, f.roll_date, f.source, f.citation "
                    + "FROM unnest(?::text[]) AS u(code) CROSS JOIN LATERAL (SELECT * FROM roll_figure WHERE unit_code = u.code "
                    + "AND roll_date <= ? ORDER BY " + CURRENT_ORDER + " LIMIT 1) f", codes, on,
                    r -> rolls.put(r.getString(1), new RollFigure(r.getString(1), r.getString(2), r.getInt(3), r.getLong(4),
                            r.getDate(5).toLocalDate(), new Provenance(r.getString(6), r.getDate(5).toLocalDate(), r.getString(7)))));
            queryOn(c, "SELECT DISTINCT ON (unit_code) unit_code, seats FROM council_seats WHERE unit_code = ANY (?) "
                    + "AND (election_date IS NULL OR election_date <= ?) ORDER BY unit_code, ordinal DESC", codes, on,
                    r -> seats.put(r.getString(1), r.getInt(2)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the inputs of " + codes.length + " units on " + on, e);
        }
        Map<String, UnitInputs> inputs = new java.util.LinkedHashMap<>();
        for (String code : codes) {
            inputs.put(code, new UnitInputs(code, kinds.get(code), rolls.get(code), seats.get(code)));
        }
        return inputs;
    }

    /** Codes of the units that had a voter figure of a roll date up to the day (or one unit, if it had), by code. */
    public java.util.List<String> unitsWithRollOn(java.time.LocalDate on, String unitCode) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT unit_code FROM roll_figure WHERE roll_date <= ? AND (?::text IS NULL OR unit_code = ?) ORDER BY unit_code")) {
            s.setObject(1, on);
            s.setString(2, unitCode);
            s.setString(3, unitCode);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list units with voter figures on " + on, e);
        }
    }

    private static void queryOn(Connection c, String sql, String[] codes, java.time.LocalDate on, RowReader reader)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", codes));
            s.setObject(2, on);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(Connection c, String sql, String[] codes, RowReader reader) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", codes));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    private void execute(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the read model", e);
        }
    }

    /**
     * One JDBC batch for many rows: a single round trip per chunk (and, with the driver's
     * reWriteBatchedInserts, multi-row INSERTs) instead of one per event. A 10,000-unit bulletin used
     * to spend most of model-service's time in 10,000 single-row inserts here.
     */
    private <T> void batch(String sql, Collection<T> items, Function<T, Object[]> row) {
        if (items.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
                Object[] params = row.apply(item);
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the read model", e);
        }
    }

    /**
     * The last item per key, in order: one multi-row upsert may not touch a row twice, and of two
     * events about the same row the later one is the state to keep.
     */
    private static <T> Collection<T> latest(List<T> items, Function<T, String> key) {
        Map<String, T> last = new java.util.LinkedHashMap<>();
        for (T item : items) {
            last.remove(key.apply(item));
            last.put(key.apply(item), item);
        }
        return last.values();
    }

    private static Date date(java.time.LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
