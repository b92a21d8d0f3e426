package org.seatwise.census.population.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.population.Comparability;
import org.seatwise.census.population.PopulationFigure;
import org.seatwise.census.population.application.PopulationService;

/**
 * A unit's population figures and the comparability of every pair of their dates.
 *
 * @param universe the universe asked for, or null for all
 */
public record PopulationSeriesView(String unitCode, String universe, List<FigureView> figures,
        List<ComparisonView> comparisons, String coverage) {

    static final String COVERAGE = "Territorial changes are those recorded in the unit's lineage "
            + "(GET /api/v1/units/{code}/lineage); NO_CHANGE_RECORDED means none is recorded, not that none happened.";

    /**
     * @param roundedTo 1 for an exact count; 1000 when the source gives thousands
     * @param basis     AS_ON_DATE, or RECONSTRUCTED when the source attributes another territory to the unit
     */
    public record FigureView(UUID id, LocalDate date, String universe, long value, long roundedTo, String basis,
            String source, String citation) {

        static FigureView of(PopulationFigure f) {
            return new FigureView(f.id(), f.date(), f.universe().name(), f.value(), f.roundedTo(), f.basis().name(),
                    f.source(), f.citation());
        }
    }

    /**
     * @param verdict            NOMINAL when the territory changed between the dates, else NO_CHANGE_RECORDED
     * @param territorialChanges the lineage events in between that changed it
     * @param explanation        the verdict in a sentence
     */
    public record ComparisonView(String universe, LocalDate from, LocalDate to, String verdict,
            List<ChangeView> territorialChanges, String explanation) {
    }

    public record ChangeView(String id, String kind, String date, String note) {
    }

    public static PopulationSeriesView of(PopulationService.Series s) {
        return new PopulationSeriesView(s.unit().code(), s.universe() == null ? null : s.universe().name(),
                s.figures().stream().map(FigureView::of).toList(),
                s.comparisons().stream().map(c -> comparison(s.unit().code(), c)).toList(), COVERAGE);
    }

    private static ComparisonView comparison(String code, Comparability.Comparison c) {
        List<ChangeView> changes = c.changes().stream()
                .map(e -> new ChangeView(e.id(), e.kind().name(), e.dateAsKnown(), summary(e))).toList();
        String explanation;
        if (c.verdict() == Comparability.Verdict.NOMINAL) {
            explanation = "Nominal comparison: the territory of " + code + " changed between " + c.from() + " and " + c.to()
                    + " (" + String.join(", ", changes.stream().map(ch -> ch.kind().toLowerCase().replace('_', ' ') + " "
                            + ch.date()).toList()) + "), so the figures count different areas.";
        } else {
            explanation = "No territorial change of " + code + " is recorded between " + c.from() + " and " + c.to() + ".";
        }
        if (c.reconstructed()) {
            explanation += " A figure of these dates is RECONSTRUCTED: its citation says which territory it counts.";
        }
        return new ComparisonView(c.universe().name(), c.from(), c.to(), c.verdict().name(), changes, explanation);
    }

    private static String summary(LineageEvent e) {
        return (e.from().isEmpty() ? "" : String.join("+", e.from())) + " → " + String.join("+", e.to());
    }
}
