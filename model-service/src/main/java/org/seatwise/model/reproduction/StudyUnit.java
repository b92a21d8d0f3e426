package org.seatwise.model.reproduction;

import java.time.LocalDate;

/**
 * A unit the study tabulates (study/regions.csv).
 *
 * @param code            ISO 3166-2:KZ code
 * @param kind            OBLAST, CITY_REPUBLICAN or CAPITAL
 * @param established     when the unit was created, if after 1994; null otherwise
 * @param predecessor1989 the 1989 census unit the study compares with, when it differs; null otherwise
 */
public record StudyUnit(String code, String kind, String nameEn, String nameRu, String nameKk, LocalDate established,
        String predecessor1989) {
}
