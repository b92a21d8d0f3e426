package org.seatwise.census.unit.api;

import java.time.LocalDate;
import java.util.List;

import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.contracts.Provenance;

/** A unit as the API shows it. */
public record UnitView(String code, String kind, Names names, String parentCode, LocalDate validFrom,
        LocalDate validTo, List<String> aliases, Provenance provenance) {

    public record Names(String kk, String ru, String en) {
    }

    static UnitView of(AdministrativeUnit u) {
        return new UnitView(u.code(), u.kind().name(), new Names(u.names().kk(), u.names().ru(), u.names().en()),
                u.parentCode(), u.validFrom(), u.validTo(), u.aliases(), u.provenance());
    }
}
