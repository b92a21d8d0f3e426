package org.seatwise.election.unit;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/** election-service's read model of units' latest total population, built only from census events. */
@ApplicationScoped
public class KnownPopulations {

    private final AgroalDataSource dataSource;

    public KnownPopulations(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps each figure unless the unit already has a later one (events of one unit may arrive in any order on replay). */
    public void recordAll(List<KnownPopulation> figures) {
        // The latest of each unit only: with reWriteBatchedInserts one multi-row INSERT may not touch a row twice.
        Map<String, KnownPopulation> latest = new HashMap<>();
        figures.forEach(f -> latest.merge(f.unitCode(), f, (old, now) -> now.supersedes(old) ? now : old));
        if (latest.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO known_population (unit_code, figure_id, figure_date, population, source, citation) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (unit_code) DO UPDATE SET figure_id = excluded.figure_id, "
                        + "figure_date = excluded.figure_date, population = excluded.population, source = excluded.source, "
                        + "citation = excluded.citation WHERE excluded.figure_date >= known_population.figure_date")) {
            for (KnownPopulation f : latest.values()) {
                s.setString(1, f.unitCode());
                s.setString(2, f.figureId());
                s.setDate(3, Date.valueOf(f.date()));
                s.setLong(4, f.population());
                s.setString(5, f.source());
                s.setString(6, f.citation());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + figures.size() + " population figures", e);
        }
    }

    /** The latest total population of each of the given units that has one, by unit code. */
    public Map<String, KnownPopulation> of(Collection<String> unitCodes) {
        Map<String, KnownPopulation> figures = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT unit_code, figure_id, figure_date, population, source, citation FROM known_population "
                        + "WHERE unit_code = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", unitCodes.toArray(String[]::new)));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    figures.put(r.getString(1), new KnownPopulation(r.getString(1), r.getString(2),
                            r.getDate(3).toLocalDate(), r.getLong(4), r.getString(5), r.getString(6)));
                }
            }
            return figures;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read known population figures", e);
        }
    }
}
