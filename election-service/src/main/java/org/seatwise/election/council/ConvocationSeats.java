package org.seatwise.election.council;

import java.time.LocalDate;

import org.seatwise.contracts.Provenance;

/**
 * The seat count of a unit's council in one convocation.
 *
 * @param convocation Roman numeral as the election commission numbers them (I = 1994 … VIII = 2023)
 */
public record ConvocationSeats(String unitCode, String convocation, LocalDate electionDate, int seats,
        Provenance provenance) {

    public ConvocationSeats {
        if (seats <= 0) {
            throw new IllegalArgumentException("a council has at least one seat");
        }
    }

    /** The convocation's number, for ordering: I → 1 … VIII → 8. */
    public int ordinal() {
        return org.seatwise.contracts.Convocation.ordinal(convocation);
    }
}
