package org.seatwise.model.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** S = (2·P_a)^(1/3), Taagepera (1972), with P_a = share · P. */
class TaageperaLiterateTest {

    @Test
    @DisplayName("a population of 1,000,000 with a literate adult share of 0.5 gives exactly 100: 2 × 500,000 = 100³")
    void exactHalfShare() {
        var model = new TaageperaLiterate(new BigDecimal("0.5"), PopulationUniverse.TOTAL_POPULATION);
        assertThat(model.raw(1_000_000)).isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("1,177,507 literate adults give 133.04…, since 133³ = 2,352,637 ≤ 2 × 1,177,507 = 2,355,014 < 133.5³ = 2,379,270.375")
    void turkestanShareOne() {
        var model = new TaageperaLiterate(BigDecimal.ONE, PopulationUniverse.VOTERS);
        BigDecimal raw = model.raw(1_177_507);
        assertThat(Rounding.FLOOR.apply(raw)).isEqualTo(133);
        assertThat(Rounding.NEAREST.apply(raw)).isEqualTo(133);
    }

    @Test
    @DisplayName("a share of zero or above one is refused")
    void shareRange() {
        assertThatThrownBy(() -> new TaageperaLiterate(BigDecimal.ZERO, PopulationUniverse.VOTERS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaageperaLiterate(new BigDecimal("1.01"), PopulationUniverse.VOTERS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a decimal share still gives an exact whole value, so floor cannot slip below it: 2 × 0.0625 × 125,000 = 15,625 = 25³")
    void exactFromDecimalShare() {
        var model = new TaageperaLiterate(new BigDecimal("0.0625"), PopulationUniverse.TOTAL_POPULATION);
        assertThat(model.raw(125_000)).isEqualByComparingTo("25");
        assertThat(Rounding.FLOOR.apply(model.raw(125_000))).isEqualTo(25);
    }
}
