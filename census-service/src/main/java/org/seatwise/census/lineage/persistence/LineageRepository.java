package org.seatwise.census.lineage.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.seatwise.census.lineage.Certainty;
import org.seatwise.census.lineage.DatePrecision;
import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.lineage.LineageGraph;
import org.seatwise.census.lineage.LineageKind;
import org.seatwise.census.unit.UnitNames;
import org.seatwise.contracts.Provenance;

import io.agroal.api.AgroalDataSource;

/**
 * Stores and reads lineage events: {@code lineage_event} and its ordered {@code from} and {@code to}
 * units, in plain JDBC (no ORM to boot at start, docs/performance.md).
 */
@ApplicationScoped
public class LineageRepository {

    private static final String COLUMNS = "id, kind, effective_date, date_precision, previous_name_en, previous_name_ru, "
            + "previous_name_kk, legal_act, note, certainty, source, source_date, citation";

    private final AgroalDataSource dataSource;

    public LineageRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<LineageEvent> find(String id) {
        return events("WHERE id = ?", id).stream().findFirst();
    }

    /** Every recorded event as a graph (a country's history is a few hundred events at most). */
    public LineageGraph graph() {
        return LineageGraph.of(events(""));
    }

    /** Inserts the event or replaces it whole (its units too). */
    public void save(LineageEvent event) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO lineage_event (" + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
                    + "effective_date = excluded.effective_date, date_precision = excluded.date_precision, "
                    + "previous_name_en = excluded.previous_name_en, previous_name_ru = excluded.previous_name_ru, "
                    + "previous_name_kk = excluded.previous_name_kk, legal_act = excluded.legal_act, note = excluded.note, "
                    + "certainty = excluded.certainty, source = excluded.source, source_date = excluded.source_date, "
                    + "citation = excluded.citation")) {
                UnitNames previous = event.previousNames();
                s.setString(1, event.id());
                s.setString(2, event.kind().name());
                s.setObject(3, event.date(), Types.DATE);
                s.setString(4, event.precision().name());
                s.setString(5, previous == null ? null : previous.en());
                s.setString(6, previous == null ? null : previous.ru());
                s.setString(7, previous == null ? null : previous.kk());
                s.setString(8, event.act());
                s.setString(9, event.note());
                s.setString(10, event.certainty().name());
                s.setString(11, event.provenance().source());
                s.setObject(12, event.provenance().date(), Types.DATE);
                s.setString(13, event.provenance().citation());
                s.executeUpdate();
            }
            for (String table : List.of("lineage_event_from", "lineage_event_to")) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE event_id = ?")) {
                    s.setString(1, event.id());
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (event_id, position, unit_code) "
                        + "VALUES (?, ?, ?)")) {
                    int position = 0;
                    for (String code : table.endsWith("_from") ? event.from() : event.to()) {
                        s.setString(1, event.id());
                        s.setInt(2, position++);
                        s.setString(3, code);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store lineage event " + event.id(), e);
        }
    }

    /** The events a WHERE clause selects, with their units in order. */
    private List<LineageEvent> events(String where, Object... params) {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM lineage_event " + where)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.put(r.getString(1), new Row(r));
                    }
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            java.sql.Array ids = c.createArrayOf("text", rows.keySet().toArray());
            for (String table : List.of("lineage_event_from", "lineage_event_to")) {
                try (PreparedStatement s = c.prepareStatement("SELECT event_id, unit_code FROM " + table
                        + " WHERE event_id = ANY (?) ORDER BY event_id, position")) {
                    s.setArray(1, ids);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            Row row = rows.get(r.getString(1));
                            (table.endsWith("_from") ? row.from : row.to).add(r.getString(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read lineage events", e);
        }
        return rows.values().stream().map(Row::event).toList();
    }

    /** An event row while its units are read. */
    private static final class Row {
        private final String id;
        private final String kind;
        private final LocalDate date;
        private final String precision;
        private final UnitNames previous;
        private final String act;
        private final String note;
        private final String certainty;
        private final Provenance provenance;
        private final List<String> from = new ArrayList<>();
        private final List<String> to = new ArrayList<>();

        Row(ResultSet r) throws SQLException {
            id = r.getString(1);
            kind = r.getString(2);
            date = r.getObject(3, LocalDate.class);
            precision = r.getString(4);
            String en = r.getString(5);
            previous = en == null ? null : new UnitNames(r.getString(7), r.getString(6), en);
            act = r.getString(8);
            note = r.getString(9);
            certainty = r.getString(10);
            provenance = new Provenance(r.getString(11), r.getObject(12, LocalDate.class), r.getString(13));
        }

        LineageEvent event() {
            return new LineageEvent(id, LineageKind.valueOf(kind), date, DatePrecision.valueOf(precision), List.copyOf(from),
                    List.copyOf(to), previous, act, note, Certainty.valueOf(certainty), provenance);
        }
    }
}
