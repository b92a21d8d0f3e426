package org.seatwise.model.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A rule = rounding + cap applied or reported + minimum. Turkestan's 1,177,507 voters (study, Table 2), cap 50 (law of 23 January 2001, art. 5(3)). */
class SeatRuleTest {

    @Test
    @DisplayName("the study's rule rounds to nearest and only reports the cap: 1,177,507 voters give 106 seats, the cap of 50 binds but is not applied")
    void studyRule() {
        SeatSize s = SeatRule.study().apply(new CubeRootLaw(), 1_177_507, 50);
        assertThat(s.rounded()).isEqualTo(106);
        assertThat(s.capBinds()).isTrue();
        assertThat(s.seats()).isEqualTo(106);
    }

    @Test
    @DisplayName("a rule that applies the cap gives 50 seats where the cube root gives 106")
    void capApplied() {
        SeatSize s = new SeatRule(Rounding.NEAREST, true, 1).apply(new CubeRootLaw(), 1_177_507, 50);
        assertThat(s.seats()).isEqualTo(50);
        assertThat(s.rounded()).isEqualTo(106);
    }

    @Test
    @DisplayName("with no cap known, nothing binds")
    void noCap() {
        SeatSize s = new SeatRule(Rounding.FLOOR, true, 1).apply(new CubeRootLaw(), 1_177_507, null);
        assertThat(s.capBinds()).isFalse();
        assertThat(s.seats()).isEqualTo(105);
    }

    @Test
    @DisplayName("the minimum lifts a small result: 8 voters (cube root 2) under a minimum of 7 give 7 seats")
    void minimum() {
        SeatSize s = new SeatRule(Rounding.NEAREST, false, 7).apply(new CubeRootLaw(), 8, null);
        assertThat(s.seats()).isEqualTo(7);
    }
}
