package org.seatwise.contracts;

import java.time.LocalDate;

/**
 * A legal maximum on council seats for one kind of unit in one jurisdiction, in force from a date
 * until a later cap for the same kind replaces it.
 *
 * @param unitCode    the jurisdiction whose law sets the cap (a country code such as {@code KZ}); the
 *                    cap applies to the units whose code is that code or starts with it and a hyphen
 * @param unitKind    the kind of unit whose council it bounds, e.g. {@code OBLAST}
 * @param legalAct    the act and article that set it
 */
public record LegalCapRecorded(
        String unitCode,
        String unitKind,
        LocalDate inForceFrom,
        int maxSeats,
        String legalAct,
        Provenance provenance) implements EventPayload {
}
