package org.seatwise.model.recommendation;

import java.util.Map;

import org.seatwise.model.readmodel.UnitInputs;
import org.seatwise.model.sizing.CapSchedule;

/** Which legal cap bounds a unit's council on its roll date. Pure. */
public final class CapInForce {

    private CapInForce() {
    }

    /**
     * The cap in force for the unit's kind on its roll date under the law of its jurisdiction (the
     * part of its code before the first hyphen: KZ-61 → KZ); null when no law known names the kind.
     */
    public static Integer forUnit(UnitInputs unit, Map<String, CapSchedule> caps) {
        return unit.latestRoll() == null ? null : forUnit(unit, caps, unit.latestRoll().rollDate());
    }

    /** The cap in force for the unit's kind on the given day (the law in force on an {@code asOf} date). */
    public static Integer forUnit(UnitInputs unit, Map<String, CapSchedule> caps, java.time.LocalDate on) {
        if (unit.kind() == null || unit.latestRoll() == null) {
            return null;
        }
        int hyphen = unit.unitCode().indexOf('-');
        CapSchedule schedule = caps.get(hyphen < 0 ? unit.unitCode() : unit.unitCode().substring(0, hyphen));
        return schedule == null ? null
                : schedule.capOn(unit.kind(), on).map(c -> c.maxSeats()).orElse(null);
    }
}
