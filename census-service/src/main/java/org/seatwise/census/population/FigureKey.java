package org.seatwise.census.population;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What identifies a figure: one source gives one value per unit, date and universe. Different
 * sources for the same unit, date and universe are different figures, all kept.
 */
public record FigureKey(String unitCode, LocalDate date, Universe universe, String source) {

    /** The figure's id, derived from the key so that the same figure always has the same id. */
    public UUID id() {
        return UUID.nameUUIDFromBytes(("population-figure/" + unitCode + "/" + date + "/" + universe + "/" + source)
                .getBytes(StandardCharsets.UTF_8));
    }
}
