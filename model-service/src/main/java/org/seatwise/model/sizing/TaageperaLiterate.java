package org.seatwise.model.sizing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Taagepera's own form of the cube root law, on the literate adult population P_a:
 * S = (2·P_a)^(1/3). Rein Taagepera, "The size of national assemblies", Social Science Research 1
 * (1972) 385–401. P_a is given here as a share of the input population P (P_a = share · P); a caller
 * who holds a literate-adult figure feeds it with universe {@code literate-adults} and share 1.
 *
 * @param literateAdultShare the share of P that is literate and adult, in (0, 1]
 * @param universe           which population P is
 */
public record TaageperaLiterate(BigDecimal literateAdultShare, PopulationUniverse universe) implements SeatSizeModel {

    public static final String ID = "taagepera-literate";
    public static final String FORMULA = "S = (2·P_a)^(1/3), P_a = literateAdultShare · P";

    public TaageperaLiterate {
        Objects.requireNonNull(literateAdultShare, "literateAdultShare");
        Objects.requireNonNull(universe, "universe");
        if (literateAdultShare.signum() <= 0 || literateAdultShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("literateAdultShare must be in (0, 1]: " + literateAdultShare);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BigDecimal raw(long population) {
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative: " + population);
        }
        BigDecimal literateAdults = literateAdultShare.multiply(BigDecimal.valueOf(population));
        return DecimalMath.cubeRoot(literateAdults.multiply(BigDecimal.valueOf(2)));
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("literateAdultShare", literateAdultShare.toPlainString(), "universe", universe.id());
    }

    @Override
    public String description() {
        return "Taagepera's literate-adult form (1972): S = (2·P_a)^(1/3) with P_a = "
                + literateAdultShare.toPlainString() + " × P, P = " + universe.meaning();
    }
}
