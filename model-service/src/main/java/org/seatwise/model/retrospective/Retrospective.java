package org.seatwise.model.retrospective;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.seatwise.contracts.CouncilSeatsRecorded;
import org.seatwise.model.readmodel.PopulationFigure;

/**
 * How a council's size followed its population between two years: the seats of the convocations
 * elected nearest those years beside the population figures nearest them, and the changes relative
 * to the earlier value (the base is always stated). Pure.
 */
public final class Retrospective {

    /** A council's comparison; any part may be missing when the data lacks it. */
    public record Row(String unitCode, CouncilSeatsRecorded earlierSeats, CouncilSeatsRecorded laterSeats,
            BigDecimal seatsChangePercent, PopulationFigure earlierPopulation, PopulationFigure laterPopulation,
            BigDecimal populationChangePercent, List<String> notes) {
    }

    public static final String BASE = "change relative to the earlier value: (later − earlier) / earlier × 100, 1 decimal, half-even";

    private Retrospective() {
    }

    /**
     * @param validFrom the date the unit was created, null when it predates the data; used for a lineage note
     */
    public static Row of(String unitCode, LocalDate validFrom, List<CouncilSeatsRecorded> seats, List<PopulationFigure> population,
            int from, int to) {
        List<String> notes = new ArrayList<>();
        Optional<CouncilSeatsRecorded> early = seats.stream().filter(s -> s.electionDate() != null && s.electionDate().getYear() >= from)
                .min(Comparator.comparing(CouncilSeatsRecorded::electionDate));
        Optional<CouncilSeatsRecorded> late = seats.stream().filter(s -> s.electionDate() != null && s.electionDate().getYear() <= to)
                .max(Comparator.comparing(CouncilSeatsRecorded::electionDate));
        if (early.isPresent() && late.isPresent() && !early.get().electionDate().isBefore(late.get().electionDate())) {
            early = Optional.empty();
        }
        if (early.isEmpty()) {
            notes.add("no convocation elected in or after " + from + " and before the latest one is recorded");
        }
        Optional<PopulationFigure> popEarly = nearest(population, from);
        Optional<PopulationFigure> popLate = nearest(population, to);
        if (popEarly.isPresent() && popLate.isPresent() && popEarly.get().figureId().equals(popLate.get().figureId())) {
            popEarly = Optional.empty();
        }
        if (validFrom != null && validFrom.getYear() > from) {
            notes.add("the unit was created on " + validFrom + "; a figure before that date describes the territory its source"
                    + " names (see its citation), not this unit's council");
        }
        return new Row(unitCode, early.orElse(null), late.orElse(null),
                change(early.map(s -> (long) s.seats()), late.map(s -> (long) s.seats())),
                popEarly.orElse(null), popLate.orElse(null),
                change(popEarly.map(PopulationFigure::value), popLate.map(PopulationFigure::value)), notes);
    }

    /** The total-population figure dated nearest the middle of the year (the earliest of equals). */
    static Optional<PopulationFigure> nearest(List<PopulationFigure> figures, int year) {
        LocalDate middle = LocalDate.of(year, 7, 1);
        return figures.stream().filter(f -> f.universe().equals("TOTAL_POPULATION"))
                .min(Comparator.comparingLong((PopulationFigure f) -> Math.abs(f.date().toEpochDay() - middle.toEpochDay()))
                        .thenComparing(PopulationFigure::date));
    }

    static BigDecimal change(Optional<Long> earlier, Optional<Long> later) {
        if (earlier.isEmpty() || later.isEmpty() || earlier.get() == 0) {
            return null;
        }
        return BigDecimal.valueOf(later.get() - earlier.get()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(earlier.get()), 1, RoundingMode.HALF_EVEN);
    }
}
