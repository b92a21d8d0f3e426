package org.seatwise.census.population.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.seatwise.census.population.Basis;
import org.seatwise.census.population.FigureKey;
import org.seatwise.census.population.PopulationFigure;
import org.seatwise.census.population.Universe;

import io.agroal.api.AgroalDataSource;

/**
 * The {@code population_figure} table, in plain JDBC: an upload of 100,000 figures is one batch.
 * Inside a transaction the connection is the transaction's, so figures and their outbox events
 * commit together.
 */
@ApplicationScoped
public class FigureStore {

    private static final String COLUMNS = "id, unit_code, figure_date, universe, value, rounded_to, basis, source, citation";
    private static final int BATCH = 1_000;

    private final AgroalDataSource dataSource;

    public FigureStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The figures a source has given, by key. */
    public Map<FigureKey, PopulationFigure> bySource(String source) {
        Map<FigureKey, PopulationFigure> found = new HashMap<>();
        query("SELECT " + COLUMNS + " FROM population_figure WHERE source = ?", source).forEach(f -> found.put(f.key(), f));
        return found;
    }

    /** A unit's figures, oldest first; of one universe when it is given. */
    public List<PopulationFigure> forUnit(String unitCode, Universe universe) {
        String order = " ORDER BY figure_date, universe, source";
        return universe == null
                ? query("SELECT " + COLUMNS + " FROM population_figure WHERE unit_code = ?" + order, unitCode)
                : query("SELECT " + COLUMNS + " FROM population_figure WHERE unit_code = ? AND universe = ?" + order,
                        unitCode, universe.name());
    }

    /**
     * Inserts the figures whose key is not stored yet and returns those it inserted (a concurrent
     * upload of the same figure inserts it once).
     */
    public List<PopulationFigure> insertNew(List<PopulationFigure> figures) {
        List<PopulationFigure> inserted = new ArrayList<>();
        String sql = "INSERT INTO population_figure (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (unit_code, figure_date, universe, source) DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int from = 0; from < figures.size(); from += BATCH) {
                List<PopulationFigure> chunk = figures.subList(from, Math.min(figures.size(), from + BATCH));
                for (PopulationFigure f : chunk) {
                    s.setObject(1, f.id());
                    s.setString(2, f.unitCode());
                    s.setDate(3, Date.valueOf(f.date()));
                    s.setString(4, f.universe().name());
                    s.setLong(5, f.value());
                    s.setLong(6, f.roundedTo());
                    s.setString(7, f.basis().name());
                    s.setString(8, f.source());
                    s.setString(9, f.citation());
                    s.addBatch();
                }
                int[] counts = s.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    // SUCCESS_NO_INFO (a driver that rewrites batches): the row was checked new in this transaction
                    if (counts[i] > 0 || counts[i] == Statement.SUCCESS_NO_INFO) {
                        inserted.add(chunk.get(i));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + figures.size() + " population figures", e);
        }
        return inserted;
    }

    private List<PopulationFigure> query(String sql, String... params) {
        List<PopulationFigure> figures = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    figures.add(new PopulationFigure(r.getObject(1, UUID.class), r.getString(2), r.getDate(3).toLocalDate(),
                            Universe.valueOf(r.getString(4)), r.getLong(5), r.getLong(6), Basis.valueOf(r.getString(7)),
                            r.getString(8), r.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read population figures", e);
        }
        return figures;
    }
}
