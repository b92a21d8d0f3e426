package org.seatwise.census.unit;

/** A unit's official names in Kazakh, Russian and English (English always present). */
public record UnitNames(String kk, String ru, String en) {

    public UnitNames {
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("a unit needs an English name");
        }
    }
}
