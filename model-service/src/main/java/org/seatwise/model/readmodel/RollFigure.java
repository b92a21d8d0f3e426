package org.seatwise.model.readmodel;

import java.time.LocalDate;

import org.seatwise.contracts.Provenance;

/** Voters on the roll of one unit from one bulletin, as model-service learnt it from election events. */
public record RollFigure(String unitCode, String bulletinId, int bulletinVersion, long voters, LocalDate rollDate,
        Provenance provenance) {
}
