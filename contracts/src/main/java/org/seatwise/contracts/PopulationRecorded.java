package org.seatwise.contracts;

import java.time.LocalDate;

/**
 * A count of people in a unit on a date, of one universe, from one source. Several sources may
 * disagree; each is its own figure.
 *
 * @param universe {@code TOTAL_POPULATION}, {@code VOTING_AGE_POPULATION} or {@code VOTERS_ON_ROLL}
 */
public record PopulationRecorded(
        String figureId,
        String unitCode,
        LocalDate date,
        String universe,
        long value,
        Provenance provenance) implements EventPayload {
}
