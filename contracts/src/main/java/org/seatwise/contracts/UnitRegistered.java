package org.seatwise.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative unit as census-service knows it (re-sent whole on every change).
 *
 * @param kind      one of {@code COUNTRY, OBLAST, CITY_REPUBLICAN, CAPITAL, CITY, DISTRICT, RURAL_DISTRICT}; open for more
 * @param validTo   null while the unit exists
 * @param aliases   former or alternative codes (e.g. the letter code {@code KZ-YUZ})
 */
public record UnitRegistered(
        String unitCode,
        String kind,
        Names names,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> aliases,
        Provenance provenance) implements EventPayload {

    /** The unit's names in Kazakh, Russian and English. */
    public record Names(String kk, String ru, String en) {
    }
}
