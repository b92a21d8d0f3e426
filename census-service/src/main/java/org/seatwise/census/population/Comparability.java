package org.seatwise.census.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.lineage.LineageGraph;

/**
 * Whether two figures of a unit count the same territory. Between two dates a comparison is
 * {@link Verdict#NOMINAL} when the lineage records a split, merger, transfer, creation or abolition
 * involving the unit in between — as the 2025 study says of its 1989-to-2023 comparisons across the
 * 2018 and 2022 changes. Otherwise no change is recorded, which is not proof that none happened: the
 * lineage holds the changes seatwise was given.
 */
public final class Comparability {

    private Comparability() {
    }

    public enum Verdict {
        /** The territory changed between the dates: the figures count different areas. */
        NOMINAL,
        /** No territorial change between the dates is recorded. */
        NO_CHANGE_RECORDED
    }

    /**
     * One pair of dates.
     *
     * @param changes the events that changed the territory in between
     * @param reconstructed whether either date's figures include one whose source attributed another territory to the unit
     */
    public record Comparison(Universe universe, LocalDate from, LocalDate to, Verdict verdict, List<LineageEvent> changes,
            boolean reconstructed) {
    }

    /** Every pair of distinct dates, per universe, earlier date first, in date order. */
    public static List<Comparison> of(String unitCode, List<PopulationFigure> figures, LineageGraph lineage) {
        Map<Universe, TreeSet<LocalDate>> dates = new TreeMap<>();
        Map<String, Boolean> reconstructedOn = new HashMap<>();
        for (PopulationFigure f : figures) {
            dates.computeIfAbsent(f.universe(), u -> new TreeSet<>()).add(f.date());
            if (f.basis() == Basis.RECONSTRUCTED) {
                reconstructedOn.put(f.universe() + "/" + f.date(), true);
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        dates.forEach((universe, days) -> {
            List<LocalDate> sorted = new ArrayList<>(days);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    LocalDate a = sorted.get(i);
                    LocalDate b = sorted.get(j);
                    List<LineageEvent> changes = lineage.territorialChanges(unitCode, a, b);
                    boolean reconstructed = reconstructedOn.containsKey(universe + "/" + a)
                            || reconstructedOn.containsKey(universe + "/" + b);
                    comparisons.add(new Comparison(universe, a, b,
                            changes.isEmpty() ? Verdict.NO_CHANGE_RECORDED : Verdict.NOMINAL, changes, reconstructed));
                }
            }
        });
        return comparisons;
    }
}
