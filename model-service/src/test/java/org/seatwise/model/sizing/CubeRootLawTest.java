package org.seatwise.model.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** S = P^(1/3), Taagepera (1972). */
class CubeRootLawTest {

    @Test
    @DisplayName("the cube root law is fed voters on the roll unless a caller names another population")
    void votersByDefault() {
        CubeRootLaw law = new CubeRootLaw();
        assertThat(law.universe()).isEqualTo(PopulationUniverse.VOTERS);
        assertThat(law.id()).isEqualTo("cube-root");
        assertThat(law.parameters()).isEqualTo(Map.of("universe", "voters"));
    }

    @Test
    @DisplayName("1,000,000 = 100³ gives exactly 100")
    void exactCube() {
        assertThat(new CubeRootLaw().raw(1_000_000)).isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("the value cubed gives the population back to at least 25 significant digits")
    void precision() {
        BigDecimal raw = new CubeRootLaw().raw(404_469);
        BigDecimal back = raw.pow(3);
        assertThat(back.subtract(new BigDecimal("404469")).abs()).isLessThan(new BigDecimal("1e-19"));
    }
}
