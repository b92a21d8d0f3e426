package org.seatwise.census.unit;

import java.time.LocalDate;
import java.util.List;

import org.seatwise.contracts.Provenance;

/**
 * A region, city, district… as the census knows it.
 *
 * @param code      ISO 3166-2 where one exists (e.g. {@code KZ-61}), otherwise seatwise's own stable code
 * @param validFrom null when the unit predates what the data covers
 * @param validTo   null while the unit exists
 */
public record AdministrativeUnit(String code, UnitKind kind, UnitNames names, String parentCode,
        LocalDate validFrom, LocalDate validTo, List<String> aliases, Provenance provenance) {

    public AdministrativeUnit {
        aliases = List.copyOf(aliases);
    }

    /** Whether the unit exists on the given day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }
}
