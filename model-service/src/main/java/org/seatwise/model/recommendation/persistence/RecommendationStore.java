package org.seatwise.model.recommendation.persistence;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.seatwise.contracts.Provenance;
import org.seatwise.model.readmodel.RollFigure;
import org.seatwise.model.recommendation.Configuration;
import org.seatwise.model.recommendation.Outcome;
import org.seatwise.model.recommendation.Recommendation;
import org.seatwise.model.sizing.SeatSize;

import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;

/**
 * Recommendations in PostgreSQL: every one ever issued, appended and never changed, and a pointer per
 * (unit, configuration) to the current one.
 */
@ApplicationScoped
public class RecommendationStore {

    private static final String COLUMNS_READ = "SELECT r.id, r.unit_code, r.configuration, r.input_universe, r.input_value, "
            + "r.input_figure_id, r.input_source, r.input_date, r.input_citation, r.raw, r.rounded, r.seats, r.cap, r.cap_binds, "
            + "r.current_seats, r.gap, r.computed_at, r.bulletin_version, ";
    /** Current recommendations: those the pointers name. */
    private static final String CURRENT = COLUMNS_READ + "NULL::timestamptz AS superseded_at "
            + "FROM recommendation_current p JOIN recommendation r ON r.id = p.id ";
    /**
     * What the current recommendations of the given units concluded, from the pointers alone: an index probe per
     * unit (OFFSET 0 keeps the planner from flattening it), where {@code unit_code = ANY (…)} scanned every
     * pointer, in parallel workers.
     */
    private static final String OUTCOMES_OF_UNITS = "SELECT p.unit_code, p.configuration, p.id, p.voters, p.raw, p.rounded, "
            + "p.seats, p.cap, p.cap_binds, p.current_seats FROM unnest(?::text[]) AS u(code) CROSS JOIN LATERAL "
            + "(SELECT * FROM recommendation_current WHERE unit_code = u.code OFFSET 0) p";
    /**
     * The recommendation of each unit that was current at a time: its latest computed by then. It stopped
     * being current when its successor was computed (null while it is still current).
     */
    private static final String AS_OF = COLUMNS_READ + "(SELECT min(n.computed_at) FROM recommendation n "
            + "WHERE n.configuration = r.configuration AND n.unit_code = r.unit_code AND n.computed_at > r.computed_at) AS superseded_at "
            + "FROM (SELECT DISTINCT ON (unit_code) * FROM recommendation WHERE configuration = ? AND computed_at <= ? %s"
            + "ORDER BY unit_code, computed_at DESC) r ORDER BY r.unit_code";

    private final AgroalDataSource dataSource;

    public RecommendationStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored recommendation and when it stopped being current (null while current). */
    public record Stored(Recommendation recommendation, Instant supersededAt) {
    }

    /** Advisory-lock class of recommendation recomputation (two-int keys do not meet the relay's one-bigint key). */
    private static final int RECOMPUTE_LOCK = 0x5EA7;
    /** Units share this many locks: bounded lock count per transaction, whatever the batch size. */
    private static final int LOCK_BUCKETS = 64;

    /**
     * Serializes recomputation of these units until the transaction ends: two transactions (the census
     * and election channels, or two replicas) must not both read the same current recommendation and
     * compute the same successor. Taken in ascending bucket order so that two callers cannot deadlock.
     */
    public void lockForRecompute(Collection<String> unitCodes) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT pg_advisory_xact_lock(?, b) FROM (SELECT DISTINCT abs(hashtext(u) % ?) AS b FROM unnest(?::text[]) u "
                        + "ORDER BY b) buckets")) {
            s.setInt(1, RECOMPUTE_LOCK);
            s.setInt(2, LOCK_BUCKETS);
            s.setArray(3, c.createArrayOf("text", unitCodes.toArray()));
            s.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock " + unitCodes.size() + " units for recomputation", e);
        }
    }

    /** When each of the given ids, where already stored, was computed: a stored id keeps its content. */
    public Map<UUID, Instant> computedAt(Collection<UUID> ids) {
        Map<UUID, Instant> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, computed_at FROM recommendation WHERE id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.put(r.getObject("id", UUID.class), r.getTimestamp("computed_at").toInstant());
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read recommendation times", e);
        }
    }

    /** What the current recommendation of each given unit concluded under each configuration, keyed by unit then configuration key. */
    public Map<String, Map<String, Outcome>> current(Collection<String> unitCodes) {
        Map<String, Map<String, Outcome>> found = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(OUTCOMES_OF_UNITS)) {
            s.setArray(1, c.createArrayOf("text", unitCodes.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    SeatSize size = new SeatSize(r.getBigDecimal("raw"), r.getInt("rounded"), (Integer) r.getObject("cap"),
                            r.getBoolean("cap_binds"), r.getInt("seats"));
                    found.computeIfAbsent(r.getString("unit_code"), k -> new HashMap<>()).put(r.getString("configuration"),
                            new Outcome(r.getObject("id", UUID.class), r.getLong("voters"), size,
                                    (Integer) r.getObject("current_seats")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read current recommendations", e);
        }
    }

    /** Under one configuration, every unit's recommendation (or one unit's) that was current at {@code asOf} (now when null). */
    public List<Stored> asOf(Configuration configuration, String unitCode, Instant asOf) {
        Map<String, Configuration> byKey = Map.of(configuration.key(), configuration);
        if (asOf == null) {
            return select(CURRENT + "WHERE p.configuration = ? " + (unitCode == null ? "" : "AND p.unit_code = ? ")
                    + "ORDER BY p.unit_code", byKey, (c, st) -> {
                        st.setString(1, configuration.key());
                        if (unitCode != null) {
                            st.setString(2, unitCode);
                        }
                    });
        }
        return select(String.format(AS_OF, unitCode == null ? "" : "AND unit_code = ? "), byKey, (c, st) -> {
            st.setString(1, configuration.key());
            st.setTimestamp(2, Timestamp.from(asOf));
            if (unitCode != null) {
                st.setString(3, unitCode);
            }
        });
    }

    /**
     * Appends the new recommendations and makes each the current one of its (unit, configuration), batched;
     * returns the ids of those that were already stored (not inserted again), whose stored content is the one
     * to publish. At most one recommendation per (unit, configuration).
     */
    public Set<UUID> append(List<Recommendation> fresh) {
        Set<UUID> alreadyStored = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement pointers = c.prepareStatement(POINT)) {
            for (int from = 0; from < fresh.size(); from += CHUNK) {
                List<Recommendation> chunk = fresh.subList(from, Math.min(fresh.size(), from + CHUNK));
                alreadyStored.addAll(copyOrInsert(c, chunk));
                point(c, pointers, chunk);
            }
            return alreadyStored;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot store " + fresh.size() + " recommendations", e);
        }
    }

    /** The pointer, and what the recommendation concluded (the next recomputation compares with it). */
    private static final String POINT = "INSERT INTO recommendation_current (unit_code, configuration, id, voters, raw, rounded, "
            + "seats, cap, cap_binds, current_seats) SELECT * FROM unnest(?::text[], ?::text[], ?::uuid[], ?::bigint[], "
            + "?::numeric[], ?::int[], ?::int[], ?::int[], ?::boolean[], ?::int[]) ON CONFLICT (unit_code, configuration) "
            + "DO UPDATE SET id = EXCLUDED.id, voters = EXCLUDED.voters, raw = EXCLUDED.raw, rounded = EXCLUDED.rounded, "
            + "seats = EXCLUDED.seats, cap = EXCLUDED.cap, cap_binds = EXCLUDED.cap_binds, current_seats = EXCLUDED.current_seats";

    private static void point(Connection c, PreparedStatement s, List<Recommendation> rows) throws SQLException {
        s.setArray(1, c.createArrayOf("text", rows.stream().map(Recommendation::unitCode).toArray()));
        s.setArray(2, c.createArrayOf("text", rows.stream().map(r -> r.configuration().key()).toArray()));
        s.setArray(3, c.createArrayOf("uuid", rows.stream().map(Recommendation::id).toArray()));
        s.setArray(4, c.createArrayOf("bigint", rows.stream().map(r -> r.input().voters()).toArray()));
        s.setArray(5, c.createArrayOf("numeric", rows.stream().map(r -> r.size().raw()).toArray()));
        s.setArray(6, c.createArrayOf("int4", rows.stream().map(r -> r.size().rounded()).toArray()));
        s.setArray(7, c.createArrayOf("int4", rows.stream().map(r -> r.size().seats()).toArray()));
        s.setArray(8, c.createArrayOf("int4", rows.stream().map(r -> r.size().cap()).toArray()));
        s.setArray(9, c.createArrayOf("bool", rows.stream().map(r -> r.size().capBinds()).toArray()));
        s.setArray(10, c.createArrayOf("int4", rows.stream().map(Recommendation::currentSeats).toArray()));
        s.executeUpdate();
    }

    private static final String COLUMN_NAMES = "id, unit_code, configuration, model, parameters, rounding, cap_applied, "
            + "input_universe, input_value, input_figure_id, input_source, input_date, input_citation, raw, rounded, seats, cap, "
            + "cap_binds, current_seats, gap, computed_at, bulletin_version";
    private static final String COPY = "COPY recommendation (" + COLUMN_NAMES + ") FROM STDIN";
    /**
     * Many rows in one statement: each column travels as one text array (cast in SQL), not as 22 bound
     * parameters per row; binding was the largest CPU cost of a 100,000-unit bulletin in model-service.
     */
    private static final String INSERT = "INSERT INTO recommendation (" + COLUMN_NAMES + ") "
            + "SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[], "
            + "?::bigint[], ?::text[], ?::text[], ?::date[], ?::text[], ?::numeric[], ?::int[], ?::int[], ?::int[], ?::boolean[], "
            + "?::int[], ?::int[], ?::timestamptz[], ?::int[]) ON CONFLICT (id) DO NOTHING RETURNING id";
    private static final int COLUMNS = 22;
    private static final int CHUNK = 5_000;
    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * Stores the rows by COPY, the cheaper way (docs/performance.md), and returns the ids that were stored before:
     * normally none. COPY cannot skip a stored id (a recomputation racing a redelivery), so then it fails whole, the
     * transaction returns to the savepoint before it, and the rows go in with INSERT … ON CONFLICT, which names them.
     */
    private static Set<UUID> copyOrInsert(Connection c, List<Recommendation> rows) throws SQLException, IOException {
        String[][] table = columnsOf(rows);
        try (Statement savepoint = c.createStatement()) {
            savepoint.execute("SAVEPOINT recommendation_copy");
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, CopyText.of(table).stream());
                savepoint.execute("RELEASE SAVEPOINT recommendation_copy");
                return Set.of();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                savepoint.execute("ROLLBACK TO SAVEPOINT recommendation_copy");
            }
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            return insert(c, insert, rows, table);
        }
    }

    /** Each recommendation as the text of its 22 columns (null for SQL NULL), as both COPY and the INSERT read them. */
    private static String[][] columnsOf(List<Recommendation> rows) {
        String[][] table = new String[rows.size()][];
        Map<Configuration, String> parameters = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Recommendation r = rows.get(i);
            Configuration conf = r.configuration();
            SeatSize size = r.size();
            RollFigure in = r.input();
            table[i] = new String[] { r.id().toString(), r.unitCode(), conf.key(), conf.model().id(),
                parameters.computeIfAbsent(conf, k -> new java.util.TreeMap<>(k.model().parameters()).toString()),
                conf.rule().rounding().id(), Boolean.toString(conf.rule().capApplied()), "VOTERS_ON_ROLL",
                Long.toString(in.voters()), in.bulletinId(), in.provenance().source(), in.rollDate().toString(),
                in.provenance().citation(), size.raw().toPlainString(),
                Integer.toString(size.rounded()), Integer.toString(size.seats()), text(size.cap()),
                Boolean.toString(size.capBinds()), text(r.currentSeats()), text(r.gap()), r.computedAt().toString(),
                Integer.toString(in.bulletinVersion()) };
        }
        return table;
    }

    /** Inserts the rows and returns the ids of those that were stored before (the conflicts). */
    private static Set<UUID> insert(Connection c, PreparedStatement s, List<Recommendation> rows, String[][] table)
            throws SQLException {
        for (int col = 0; col < COLUMNS; col++) {
            String[] column = new String[table.length];
            for (int i = 0; i < table.length; i++) {
                column[i] = table[i][col];
            }
            s.setArray(col + 1, c.createArrayOf("text", column));
        }
        Set<UUID> conflicts = new HashSet<>();
        rows.forEach(r -> conflicts.add(r.id()));
        try (ResultSet inserted = s.executeQuery()) {
            while (inserted.next()) {
                conflicts.remove(inserted.getObject(1, UUID.class));
            }
        }
        return conflicts;
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    @FunctionalInterface
    private interface Binder {
        void bind(Connection c, PreparedStatement s) throws SQLException;
    }

    private List<Stored> select(String sql, Map<String, Configuration> byKey, Binder binder) {
        List<Stored> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(c, s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Configuration conf = byKey.get(r.getString("configuration"));
                    if (conf == null) {
                        continue; // a configuration no longer active: history only
                    }
                    var date = r.getDate("input_date").toLocalDate();
                    RollFigure input = new RollFigure(r.getString("unit_code"), r.getString("input_figure_id"), r.getInt("bulletin_version"),
                            r.getLong("input_value"), date,
                            new Provenance(r.getString("input_source"), date, r.getString("input_citation")));
                    BigDecimal raw = r.getBigDecimal("raw").stripTrailingZeros();
                    SeatSize size = new SeatSize(raw, r.getInt("rounded"), (Integer) r.getObject("cap"),
                            r.getBoolean("cap_binds"), r.getInt("seats"));
                    Timestamp superseded = r.getTimestamp("superseded_at");
                    found.add(new Stored(new Recommendation(r.getObject("id", UUID.class), r.getString("unit_code"), conf,
                            input, size, (Integer) r.getObject("current_seats"), (Integer) r.getObject("gap"),
                            r.getTimestamp("computed_at").toInstant()), superseded == null ? null : superseded.toInstant()));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read recommendations", e);
        }
    }
}
