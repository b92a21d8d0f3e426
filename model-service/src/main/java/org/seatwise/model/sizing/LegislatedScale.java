package org.seatwise.model.sizing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A council size that a law sets by population bracket: S = the seats of the last bracket whose
 * minimum does not exceed P, or the fixed size the law gives a named unit outside its table (France:
 * Paris, Marseille, Lyon). The value is an exact whole number, so every rounding gives it unchanged.
 *
 * @param scale       identifier of the table: {@code france-cgct-l2121-2}, {@code poland-gmina-art17},
 *                    or {@code custom}
 * @param legalSource the law and article, or who posted a custom table
 * @param brackets    ascending, the first from 0, all seats positive (checked by {@link BracketTable})
 * @param fixedSizes  units the law sizes outside the table, by lower-case name or code
 * @param unit        the unit this configuration is for, or null; selects a fixed size when one exists
 */
public record LegislatedScale(String scale, String legalSource, List<Bracket> brackets, Map<String, Integer> fixedSizes,
        String unit) implements SeatSizeModel {

    public static final String ID = "legislated-scale";
    public static final String FORMULA = "S = seats of the bracket containing P, or the unit's fixed size";
    public static final String CUSTOM = "custom";

    public LegislatedScale {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(legalSource, "legalSource");
        brackets = List.copyOf(brackets);
        List<ConfigurationError> errors = BracketTable.validate("brackets", brackets);
        if (!errors.isEmpty()) {
            throw new InvalidModelConfiguration(errors);
        }
        Map<String, Integer> normalised = new LinkedHashMap<>();
        fixedSizes.forEach((k, v) -> normalised.put(k.trim().toLowerCase(Locale.ROOT), v));
        fixedSizes = Map.copyOf(normalised);
        unit = unit == null || unit.isBlank() ? null : unit.trim();
    }

    /** A table posted by a caller, checked; every bad bracket is reported at once. */
    public static LegislatedScale custom(List<Bracket> brackets) {
        return new LegislatedScale(CUSTOM, "table posted by the caller", brackets, Map.of(), null);
    }

    /** The same table for one unit, so that a fixed size the law gives that unit applies. */
    public LegislatedScale forUnit(String unitNameOrCode) {
        return new LegislatedScale(scale, legalSource, brackets, fixedSizes, unitNameOrCode);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BigDecimal raw(long population) {
        return BigDecimal.valueOf(seats(population));
    }

    /** The legislated size: the unit's fixed size where the law gives one, else the bracket's. */
    public int seats(long population) {
        return fixedSize().orElseGet(() -> bracketSeats(population));
    }

    /** The fixed size the law gives this configuration's unit, if any. */
    public Optional<Integer> fixedSize() {
        return unit == null ? Optional.empty() : Optional.ofNullable(fixedSizes.get(unit.toLowerCase(Locale.ROOT)));
    }

    /** The seats of the bracket containing {@code population}, ignoring fixed sizes. */
    public int bracketSeats(long population) {
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative: " + population);
        }
        int seats = brackets.get(0).seats();
        for (Bracket b : brackets) {
            if (b.minPopulation() > population) {
                break;
            }
            seats = b.seats();
        }
        return seats;
    }

    @Override
    public PopulationUniverse universe() {
        return PopulationUniverse.TOTAL_POPULATION;
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("scale", scale);
        if (CUSTOM.equals(scale)) {
            p.put("brackets", brackets.stream().map(Bracket::text).collect(Collectors.joining(",")));
        }
        if (unit != null) {
            p.put("unit", unit);
        }
        return Map.copyOf(p);
    }

    @Override
    public String description() {
        return "Legislated scale " + scale + " (" + legalSource + "), " + brackets.size() + " brackets"
                + (unit == null ? "" : ", for " + unit + fixedSize().map(s -> " (fixed size " + s + ")").orElse(""));
    }
}
