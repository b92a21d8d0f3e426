package org.seatwise.model.reproduction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.seatwise.model.reproduction.ChangeRule.Base;
import org.seatwise.model.reproduction.ChangeRule.Form;
import org.seatwise.model.reproduction.ChangeRule.PercentRounding;

/** Ways of writing a change as a percentage, on hand-checked counts. */
class ChangeRuleTest {

    @Test
    @DisplayName("the stated rule writes 47 → 46 as (46 − 47) / 47 × 100 = −2.13 %, printed −2")
    void stated() {
        Computation c = ChangeRule.stated().apply(47, 46).orElseThrow();
        assertThat(c.value()).isEqualTo(-2);
        assertThat(c.exact()).isBetween(new java.math.BigDecimal("-2.14"), new java.math.BigDecimal("-2.12"));
    }

    @Test
    @DisplayName("relative to the later value, 44 → 38 is (38 − 44) / 38 × 100 = −15.79 %: −16 to nearest, −15 with decimals dropped")
    void laterBase() {
        assertThat(new ChangeRule(Base.LATER, Form.CHANGE, false, PercentRounding.NEAREST).apply(44, 38).orElseThrow().value())
                .isEqualTo(-16);
        assertThat(new ChangeRule(Base.LATER, Form.CHANGE, false, PercentRounding.TRUNCATED).apply(44, 38).orElseThrow()
                .value()).isEqualTo(-15);
    }

    @Test
    @DisplayName("relative to the smaller value, a rise is relative to the earlier and a fall to the later")
    void smallerBase() {
        ChangeRule smaller = new ChangeRule(Base.SMALLER, Form.CHANGE, false, PercentRounding.NEAREST);
        assertThat(smaller.apply(25, 34).orElseThrow().value()).isEqualTo(36); // 9/25 = 36 %
        assertThat(smaller.apply(45, 36).orElseThrow().value()).isEqualTo(-25); // −9/36 = −25 %
    }

    @Test
    @DisplayName("a ratio printed as a change writes 281 → 1,354 as 1,354 / 281 × 100 = 481.85, and a fall 496 → 221 relative to the later as −224.43")
    void ratio() {
        assertThat(new ChangeRule(Base.EARLIER, Form.RATIO, false, PercentRounding.TRUNCATED).apply(281, 1354).orElseThrow()
                .value()).isEqualTo(481);
        assertThat(new ChangeRule(Base.LATER, Form.RATIO, false, PercentRounding.TRUNCATED).apply(496, 221).orElseThrow()
                .value()).isEqualTo(-224);
    }

    @Test
    @DisplayName("a reversed sign writes 27 → 30 (+11.11 %) as −11")
    void reversed() {
        assertThat(new ChangeRule(Base.EARLIER, Form.CHANGE, true, PercentRounding.NEAREST).apply(27, 30).orElseThrow().value())
                .isEqualTo(-11);
    }

    @Test
    @DisplayName("nearest rounds an exact half away from zero: 32 → 44 relative to 32 is +37.5 % → +38, and 44 → 32 relative to 32 is −37.5 % → −38")
    void halfAwayFromZero() {
        ChangeRule later = new ChangeRule(Base.LATER, Form.CHANGE, false, PercentRounding.NEAREST);
        ChangeRule earlier = ChangeRule.stated();
        assertThat(earlier.apply(32, 44).orElseThrow().value()).isEqualTo(38);
        assertThat(later.apply(44, 32).orElseThrow().value()).isEqualTo(-38);
    }

    @Test
    @DisplayName("a change from zero has no base and gives no value")
    void zeroBase() {
        assertThat(ChangeRule.stated().apply(0, 5)).isEmpty();
    }

    @Test
    @DisplayName("each choice that differs from the stated rule counts as one departure")
    void departures() {
        assertThat(ChangeRule.stated().departures()).isZero();
        assertThat(new ChangeRule(Base.SMALLER, Form.RATIO, true, PercentRounding.TRUNCATED).departures()).isEqualTo(4);
        assertThat(ChangeRule.all()).hasSize(3 * 2 * 2 * 4).doesNotHaveDuplicates();
    }
}
