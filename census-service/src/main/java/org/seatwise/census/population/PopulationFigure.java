package org.seatwise.census.population;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A count of people in a unit on a date.
 *
 * @param value     the count; a multiple of {@code roundedTo}
 * @param roundedTo 1 for an exact count, 1000 for a figure its source gives in thousands, …
 * @param citation  where in the source the figure is, with any caveat; null when the source says it all
 */
public record PopulationFigure(UUID id, String unitCode, LocalDate date, Universe universe, long value, long roundedTo,
        Basis basis, String source, String citation) {

    public PopulationFigure {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(universe, "universe");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        if (value < 0 || roundedTo < 1 || value % roundedTo != 0) {
            throw new IllegalArgumentException("a figure is a non-negative multiple of its rounding: " + value + "/" + roundedTo);
        }
        if (id == null) {
            id = new FigureKey(unitCode, date, universe, source).id();
        }
    }

    public FigureKey key() {
        return new FigureKey(unitCode, date, universe, source);
    }

    /** Whether another figure of the same key says the same (a re-upload), as opposed to a correction. */
    public boolean sameAs(PopulationFigure other) {
        return key().equals(other.key()) && value == other.value && roundedTo == other.roundedTo && basis == other.basis;
    }

    /**
     * The citation with the caveats a consumer of the bare number needs: the rounding and a territory
     * other than the unit's own on that date.
     */
    public String citationWithCaveats() {
        StringBuilder c = new StringBuilder(citation == null ? "" : citation);
        if (roundedTo > 1 && (citation == null || !citation.contains("rounded"))) {
            append(c, "value rounded to the nearest " + roundedTo);
        }
        if (basis == Basis.RECONSTRUCTED && (citation == null || !citation.contains("reconstructed"))) {
            append(c, "reconstructed: counts a territory the source attributes to the unit, not the unit as it was on "
                    + date);
        }
        return c.isEmpty() ? null : c.toString();
    }

    private static void append(StringBuilder c, String text) {
        if (!c.isEmpty()) {
            c.append("; ");
        }
        c.append(text);
    }
}
