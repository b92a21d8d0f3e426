package org.seatwise.contracts;

import java.time.LocalDate;

/**
 * The seat count of a unit's council for one convocation.
 *
 * @param convocation Roman numeral as the election commission numbers them (I = 1994 … VIII = 2023)
 */
public record CouncilSeatsRecorded(
        String unitCode,
        String convocation,
        LocalDate electionDate,
        int seats,
        Provenance provenance) implements EventPayload {
}
