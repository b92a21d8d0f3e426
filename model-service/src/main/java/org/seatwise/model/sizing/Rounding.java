package org.seatwise.model.sizing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How a model's real value becomes a whole number of seats. Always stated beside a result. */
public enum Rounding {
    FLOOR("floor"),
    /** Half up: 105.5 → 106. */
    NEAREST("nearest"),
    CEILING("ceiling"),
    /** The nearest odd number (councils often want an odd size to avoid tied votes); exactly even → up. */
    NEAREST_ODD("nearest-odd");

    private final String id;

    Rounding(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public int apply(BigDecimal raw) {
        return switch (this) {
            case FLOOR -> raw.setScale(0, RoundingMode.FLOOR).intValueExact();
            case NEAREST -> raw.setScale(0, RoundingMode.HALF_UP).intValueExact();
            case CEILING -> raw.setScale(0, RoundingMode.CEILING).intValueExact();
            case NEAREST_ODD -> {
                // Odd numbers are 2k+1: round (raw - 1) / 2 half up, then map back.
                int k = raw.subtract(BigDecimal.ONE).divide(BigDecimal.valueOf(2)).setScale(0, RoundingMode.HALF_UP)
                        .intValueExact();
                yield Math.max(1, 2 * k + 1);
            }
        };
    }

    public static Rounding parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Rounding r : values()) {
            if (r.id.equals(t) || r.name().equalsIgnoreCase(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rounding '" + text + "'; one of floor, nearest, ceiling, nearest-odd");
    }
}
