package org.seatwise.election.cap;

import java.time.LocalDate;

import org.seatwise.contracts.Provenance;

/**
 * A legal maximum of council seats for one kind of unit in one jurisdiction, in force from a date
 * until the next cap for the same kind.
 */
public record LegalCap(String jurisdiction, String unitKind, LocalDate inForceFrom, int maxSeats, String legalAct,
        Provenance provenance) {
}
