package org.seatwise.model.sizing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;

/**
 * Taagepera's cube root law: the size of a representative assembly is the cube root of the
 * population it represents, S = P^(1/3). Rein Taagepera, "The size of national assemblies",
 * Social Science Research 1 (1972) 385–401; the 2025 maslikhat study applies it with P = voters on
 * the roll, which is the default here; {@code universe} names another count of people when a caller
 * wants one (the model's value does not change, the input it is fed does).
 */
public record CubeRootLaw(PopulationUniverse universe) implements SeatSizeModel {

    public static final String ID = "cube-root";
    public static final String FORMULA = "S = P^(1/3)";
    private static final MathContext PRECISION = new MathContext(34);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public CubeRootLaw {
        Objects.requireNonNull(universe, "universe");
    }

    /** The study's configuration: P = voters on the roll. */
    public CubeRootLaw() {
        this(PopulationUniverse.VOTERS);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BigDecimal raw(long population) {
        return cubeRoot(population);
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("universe", universe.id());
    }

    @Override
    public String description() {
        return "Cube root law (Taagepera 1972): " + FORMULA + ", P = " + universe.meaning();
    }

    /**
     * The cube root to 34 significant digits, and exact when {@code n} is a perfect cube, so that
     * floor and ceiling rounding never fall on the wrong side of an integer.
     */
    static BigDecimal cubeRoot(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("population must not be negative: " + n);
        }
        long r = Math.round(Math.cbrt(n));
        for (long k = Math.max(0, r - 1); k <= r + 1; k++) {
            if (BigInteger.valueOf(k).pow(3).equals(BigInteger.valueOf(n))) {
                return BigDecimal.valueOf(k);
            }
        }
        // Newton's iteration x ← (2x + n/x²)/3 from the double estimate; a few steps reach 34 digits.
        BigDecimal target = BigDecimal.valueOf(n);
        BigDecimal x = new BigDecimal(Math.cbrt(n), PRECISION);
        BigDecimal three = BigDecimal.valueOf(3);
        // From a double's 16 digits two steps usually reach the fixed point; once a step changes nothing, the
        // remaining ones would not either, so they are skipped (the result is the one six steps give).
        for (int i = 0; i < 6; i++) {
            BigDecimal next = x.multiply(TWO).add(target.divide(x.multiply(x), PRECISION)).divide(three, PRECISION);
            if (next.equals(x)) {
                break;
            }
            x = next;
        }
        return x;
    }
}
