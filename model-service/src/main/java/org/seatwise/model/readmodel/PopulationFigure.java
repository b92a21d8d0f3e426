package org.seatwise.model.readmodel;

import java.time.LocalDate;

import org.seatwise.contracts.Provenance;

/** A population count of one unit on a date, of one universe, as census-service announced it. */
public record PopulationFigure(String figureId, String unitCode, LocalDate date, String universe, long value,
        Provenance provenance) {
}
