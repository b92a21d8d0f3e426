package org.seatwise.census.unit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A name a unit bore before a rename; the unit and its code stay the same.
 *
 * @param validFrom null when the name predates what the data covers
 * @param validTo   the day the next name took effect (exclusive); dates known only to the month or
 *                  year are stored as the first day of it, and the rename's lineage event says so
 */
public record FormerName(UnitNames names, LocalDate validFrom, LocalDate validTo) {

    public FormerName {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(validTo, "a former name ends on the day of the rename");
        if (validFrom != null && validFrom.isAfter(validTo)) {
            throw new IllegalArgumentException("a former name cannot end (" + validTo + ") before it starts (" + validFrom + ")");
        }
    }

    /** Whether this was the unit's name on the given day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && day.isBefore(validTo);
    }
}
