package org.seatwise.census.unit;

/** The kinds of administrative unit; legal caps on council seats are set per kind. */
public enum UnitKind {
    COUNTRY,
    OBLAST,
    /** City of republican significance (Almaty, Shymkent). */
    CITY_REPUBLICAN,
    CAPITAL,
    /** City of regional or district significance. */
    CITY,
    DISTRICT,
    RURAL_DISTRICT;

    /** Accepts any case and hyphens, so that {@code ?kind=oblast} and {@code city-republican} work. */
    public static UnitKind parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
