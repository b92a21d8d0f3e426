package org.seatwise.model.sizing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A power law S = a·P^b. It covers the family the literature argues over: b = 1/3 is Taagepera's
 * cube root law (1972); b = 1/2 is the square-root law that Emmanuelle Auriol and Robert J.
 * Gary-Bobo derive for the optimal number of representatives ("On the optimal number of
 * representatives", Public Choice 153 (2012) 419–445), whose test on about a hundred countries gives
 * an exponent near 0.4; Giorgio Margaritondo ("Size of national assemblies: the classic derivation
 * of the cube-root law is conceptually flawed", Frontiers in Physics 8 (2021) 614596) finds the
 * national data fit exponents above 1/3 better. (Penrose's square-root rule of 1946 is about voting
 * weights in a council of delegates, not about assembly size.)
 *
 * @param coefficient a, &gt; 0
 * @param exponent    b, in (0, 1]
 * @param universe    which population P is
 */
public record PowerLaw(BigDecimal coefficient, BigDecimal exponent, PopulationUniverse universe) implements SeatSizeModel {

    public static final String ID = "power-law";
    public static final String FORMULA = "S = a·P^b";

    public PowerLaw {
        Objects.requireNonNull(coefficient, "coefficient");
        Objects.requireNonNull(exponent, "exponent");
        Objects.requireNonNull(universe, "universe");
        if (coefficient.signum() <= 0) {
            throw new IllegalArgumentException("a must be positive: " + coefficient);
        }
        if (exponent.signum() <= 0 || exponent.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("b must be in (0, 1]: " + exponent);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BigDecimal raw(long population) {
        return DecimalMath.scaledPower(coefficient, population, exponent);
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("a", coefficient.toPlainString(), "b", exponent.toPlainString(), "universe", universe.id());
    }

    @Override
    public String description() {
        return "Power law: S = " + coefficient.toPlainString() + "·P^" + exponent.toPlainString() + ", P = "
                + universe.meaning();
    }
}
