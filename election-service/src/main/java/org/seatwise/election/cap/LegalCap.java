package org.seatwise.election.cap;

import java.time.LocalDate;

import org.seatwise.contracts.Provenance;

/**
 * A legal maximum of council seats for one kind of unit in one jurisdiction, in force from a date
 * until the next cap for the same kind.
 */
public record LegalCap(String jurisdiction, String unitKind, LocalDate inForceFrom, int maxSeats, String legalAct,
        Provenance provenance) {

    /** The jurisdiction whose law bounds a unit's council: the code before the first hyphen ({@code KZ-61} → {@code KZ}). */
    public static String jurisdictionOf(String unitCode) {
        int hyphen = unitCode.indexOf('-');
        return hyphen < 0 ? unitCode : unitCode.substring(0, hyphen);
    }

    /** How an error names the cap: "50 seats (Law of 23 January 2001 …, in force from 2001-01-23)". */
    public String cited() {
        return maxSeats + " seats for " + unitKind + " councils (" + legalAct + ", in force from " + inForceFrom + ")";
    }
}
