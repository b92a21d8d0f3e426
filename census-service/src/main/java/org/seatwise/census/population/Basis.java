package org.seatwise.census.population;

import java.util.Locale;
import java.util.Optional;

/** Which territory a figure counts. */
public enum Basis {
    /** The unit's own territory on the figure's date; the unit must exist on that date. */
    AS_ON_DATE,
    /**
     * A territory its source attributes to the unit though the unit's territory on that date was
     * different or the unit did not exist yet: a census re-tabulated on today's division, or a
     * predecessor's figure a study compares with. The citation says which territory.
     */
    RECONSTRUCTED;

    public static Optional<Basis> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(AS_ON_DATE);
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Basis b : values()) {
            if (b.name().equals(t)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
