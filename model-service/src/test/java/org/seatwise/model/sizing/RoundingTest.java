package org.seatwise.model.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rounding rules, specified with hand-checked cube roots. Voter counts: Central Election
 * Commission's bulletin (roll of 1 January 2023) as printed in the 2025 study's Table 2: Turkestan
 * region 1,177,507 (the most), Ulytau region 138,277 (the fewest).
 */
class RoundingTest {

    private static final BigDecimal TURKESTAN = new CubeRootLaw().raw(1_177_507);
    private static final BigDecimal ULYTAU = new CubeRootLaw().raw(138_277);

    @Test
    @DisplayName("the cube root of 1,177,507 is 105.597… since 105.597³ = 1,177,483.3 and 105.598³ = 1,177,516.7")
    void turkestanCubeRootDigits() {
        assertThat(new BigDecimal("105.597").pow(3)).isLessThan(new BigDecimal("1177507"));
        assertThat(new BigDecimal("105.598").pow(3)).isGreaterThan(new BigDecimal("1177507"));
        assertThat(TURKESTAN).isBetween(new BigDecimal("105.597"), new BigDecimal("105.598"));
    }

    @Test
    @DisplayName("floor gives 105 seats for 1,177,507 voters, since 105³ = 1,157,625 ≤ 1,177,507 < 106³ = 1,191,016")
    void floorTurkestan() {
        assertThat(Rounding.FLOOR.apply(TURKESTAN)).isEqualTo(105);
    }

    @Test
    @DisplayName("nearest gives 106 seats for 1,177,507 voters, since 105.5³ = 1,174,241.375 < 1,177,507")
    void nearestTurkestan() {
        assertThat(Rounding.NEAREST.apply(TURKESTAN)).isEqualTo(106);
    }

    @Test
    @DisplayName("ceiling gives 106 seats for 1,177,507 voters, the next whole number above 105.597…")
    void ceilingTurkestan() {
        assertThat(Rounding.CEILING.apply(TURKESTAN)).isEqualTo(106);
    }

    @Test
    @DisplayName("nearest-odd gives 105 seats for 1,177,507 voters: of the odd neighbours 105 and 107 the midpoint is 106, and 106³ > 1,177,507")
    void nearestOddTurkestan() {
        assertThat(Rounding.NEAREST_ODD.apply(TURKESTAN)).isEqualTo(105);
    }

    @Test
    @DisplayName("138,277 voters (Ulytau) give floor 51, nearest 52, ceiling 52: 51³ = 132,651, 51.5³ = 136,590.875, 52³ = 140,608")
    void ulytau() {
        assertThat(Rounding.FLOOR.apply(ULYTAU)).isEqualTo(51);
        assertThat(Rounding.NEAREST.apply(ULYTAU)).isEqualTo(52);
        assertThat(Rounding.CEILING.apply(ULYTAU)).isEqualTo(52);
    }

    @Test
    @DisplayName("nearest-odd gives 51 seats for 138,277 voters, since the midpoint of 51 and 53 is 52 and 52³ = 140,608 > 138,277")
    void nearestOddUlytau() {
        assertThat(Rounding.NEAREST_ODD.apply(ULYTAU)).isEqualTo(51);
    }

    @Test
    @DisplayName("nearest rounds an exact half up: 52.5 gives 53")
    void nearestHalfUp() {
        assertThat(Rounding.NEAREST.apply(new BigDecimal("52.5"))).isEqualTo(53);
    }

    @Test
    @DisplayName("nearest-odd rounds an exactly even value up to the next odd number: 104 gives 105")
    void nearestOddEvenGoesUp() {
        assertThat(Rounding.NEAREST_ODD.apply(new BigDecimal("104"))).isEqualTo(105);
    }

    @Test
    @DisplayName("nearest-odd takes the odd number on the side of the value: 103.99 gives 103, 104.01 gives 105")
    void nearestOddSides() {
        assertThat(Rounding.NEAREST_ODD.apply(new BigDecimal("103.99"))).isEqualTo(103);
        assertThat(Rounding.NEAREST_ODD.apply(new BigDecimal("104.01"))).isEqualTo(105);
    }

    @Test
    @DisplayName("nearest-odd never gives fewer than one seat: 0.4 gives 1")
    void nearestOddAtLeastOne() {
        assertThat(Rounding.NEAREST_ODD.apply(new BigDecimal("0.4"))).isEqualTo(1);
    }

    @Test
    @DisplayName("a perfect cube is not pushed across an integer: 125,000 = 50³ gives 50 with floor and with ceiling")
    void perfectCube() {
        BigDecimal raw = new CubeRootLaw().raw(125_000);
        assertThat(Rounding.FLOOR.apply(raw)).isEqualTo(50);
        assertThat(Rounding.CEILING.apply(raw)).isEqualTo(50);
    }

    @Test
    @DisplayName("a rule is named by its identifier or its constant: nearest-odd and NEAREST_ODD are the same rule")
    void parse() {
        assertThat(Rounding.parse("nearest-odd")).isEqualTo(Rounding.NEAREST_ODD);
        assertThat(Rounding.parse(" NEAREST_ODD ")).isEqualTo(Rounding.NEAREST_ODD);
        assertThat(Rounding.parse("floor").id()).isEqualTo("floor");
    }

    @Test
    @DisplayName("an unknown rounding is refused with the list of known ones")
    void parseUnknown() {
        assertThatThrownBy(() -> Rounding.parse("banker")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nearest-odd");
    }
}
