package org.seatwise.census.unit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of an administrative unit. Legal caps on council seats are set per kind. The set is open:
 * the seven constants are Kazakhstan's kinds, and seed data or another country may bring more (for
 * instance {@code URBAN_SETTLEMENT}) without a code change, as the {@code UnitRegistered} contract allows.
 *
 * @param name upper-case identifier, e.g. {@code OBLAST}
 */
public record UnitKind(String name) {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public static final UnitKind COUNTRY = new UnitKind("COUNTRY");
    public static final UnitKind OBLAST = new UnitKind("OBLAST");
    /** City of republican significance (Almaty, Shymkent). */
    public static final UnitKind CITY_REPUBLICAN = new UnitKind("CITY_REPUBLICAN");
    public static final UnitKind CAPITAL = new UnitKind("CAPITAL");
    /** City of regional or district significance. */
    public static final UnitKind CITY = new UnitKind("CITY");
    public static final UnitKind DISTRICT = new UnitKind("DISTRICT");
    public static final UnitKind RURAL_DISTRICT = new UnitKind("RURAL_DISTRICT");

    /** The kinds every deployment knows. */
    public static final List<UnitKind> BUILT_IN = List.of(COUNTRY, OBLAST, CITY_REPUBLICAN, CAPITAL, CITY, DISTRICT,
            RURAL_DISTRICT);

    public UnitKind {
        if (name == null || !FORM.matcher(name).matches()) {
            throw new IllegalArgumentException("a unit kind is an upper-case identifier such as OBLAST, not " + name);
        }
    }

    /**
     * Accepts any case, hyphens and spaces, so that {@code ?kind=oblast} and {@code city-republican} work.
     *
     * @throws IllegalArgumentException when the text cannot be a kind at all
     */
    public static UnitKind parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no unit kind given");
        }
        return new UnitKind(text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    }

    @Override
    public String toString() {
        return name;
    }
}
