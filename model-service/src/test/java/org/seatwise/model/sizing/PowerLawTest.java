package org.seatwise.model.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** S = a·P^b (square-root law at b = 0.5; Auriol and Gary-Bobo 2012 fit b near 0.4). */
class PowerLawTest {

    private static PowerLaw law(String a, String b) {
        return new PowerLaw(new BigDecimal(a), new BigDecimal(b), PopulationUniverse.TOTAL_POPULATION);
    }

    @Test
    @DisplayName("the square-root law gives exactly 100 for 10,000, so floor gives 100 and not 99")
    void squareRootExact() {
        BigDecimal raw = law("1", "0.5").raw(10_000);
        assertThat(raw).isEqualByComparingTo("100");
        assertThat(Rounding.FLOOR.apply(raw)).isEqualTo(100);
    }

    @Test
    @DisplayName("an exponent of 0.4 gives exactly 10,000 for 10^10, since (10^10)^0.4 = 10^4")
    void exponentPointFour() {
        assertThat(law("1", "0.4").raw(10_000_000_000L)).isEqualByComparingTo("10000");
    }

    @Test
    @DisplayName("the coefficient multiplies: 2 · 1,000,000^0.5 = 2,000")
    void coefficient() {
        assertThat(law("2", "0.5").raw(1_000_000)).isEqualByComparingTo("2000");
    }

    @Test
    @DisplayName("an exact half is kept exact so that nearest rounds it up: 0.5 · 121^0.5 = 5.5 gives 6, floor 5")
    void exactHalf() {
        BigDecimal raw = law("0.5", "0.5").raw(121);
        assertThat(raw).isEqualByComparingTo("5.5");
        assertThat(Rounding.NEAREST.apply(raw)).isEqualTo(6);
        assertThat(Rounding.FLOOR.apply(raw)).isEqualTo(5);
    }

    @Test
    @DisplayName("2^0.5 lies between 1.41421356 and 1.41421357, since their squares are 1.99999998… and 2.00000001…")
    void irrational() {
        assertThat(new BigDecimal("1.41421356").pow(2)).isLessThan(new BigDecimal(2));
        assertThat(new BigDecimal("1.41421357").pow(2)).isGreaterThan(new BigDecimal(2));
        assertThat(law("1", "0.5").raw(2)).isBetween(new BigDecimal("1.41421356"), new BigDecimal("1.41421357"));
    }

    @Test
    @DisplayName("b = 1/3 written as 0.333333 stays within a seat of the cube root law for 1,177,507 voters")
    void nearCubeRoot() {
        BigDecimal power = new PowerLaw(BigDecimal.ONE, new BigDecimal("0.333333"), PopulationUniverse.VOTERS).raw(1_177_507);
        BigDecimal cube = new CubeRootLaw().raw(1_177_507);
        assertThat(power.subtract(cube).abs()).isLessThan(BigDecimal.ONE);
        assertThat(power).isLessThan(cube);
    }

    @Test
    @DisplayName("a coefficient that is not positive or an exponent outside (0, 1] is refused")
    void ranges() {
        assertThatThrownBy(() -> law("0", "0.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> law("1", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> law("1", "1.5")).isInstanceOf(IllegalArgumentException.class);
    }
}
