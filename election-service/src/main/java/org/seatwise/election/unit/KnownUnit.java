package org.seatwise.election.unit;

import java.time.LocalDate;

/** A unit as announced by census-service: enough to check a bulletin row against. */
public record KnownUnit(String code, String kind, LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }
}
