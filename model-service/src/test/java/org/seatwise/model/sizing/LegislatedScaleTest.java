package org.seatwise.model.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Legislated scales. France: Code général des collectivités territoriales, article L2121-2 (in force
 * since 2014); Paris, Marseille and Lyon fixed by the PLM law of 31 December 1982. Poland: Act of 8
 * March 1990 on municipal self-government, article 17.
 */
class LegislatedScaleTest {

    private final LegislatedScale france = LegislatedScales.france();
    private final LegislatedScale poland = LegislatedScales.poland();

    @Test
    @DisplayName("a French commune of fewer than 100 inhabitants has 7 councillors, one of 100 has 11")
    void franceSmallest() {
        assertThat(france.seats(99)).isEqualTo(7);
        assertThat(france.seats(100)).isEqualTo(11);
    }

    @Test
    @DisplayName("a French commune of 3,499 inhabitants has 23 councillors, one of 3,500 has 27")
    void franceThreeThousandFiveHundred() {
        assertThat(france.seats(3_499)).isEqualTo(23);
        assertThat(france.seats(3_500)).isEqualTo(27);
    }

    @Test
    @DisplayName("a French commune of 300,000 inhabitants or more has 69 councillors, however large")
    void franceLargest() {
        assertThat(france.seats(300_000)).isEqualTo(69);
        assertThat(france.seats(5_000_000)).isEqualTo(69);
    }

    @Test
    @DisplayName("Paris has 163 councillors, Marseille 101 and Lyon 73, fixed outside the table")
    void franceFixedSizes() {
        assertThat(france.forUnit("Paris").seats(2_100_000)).isEqualTo(163);
        assertThat(france.forUnit("marseille").seats(870_000)).isEqualTo(101);
        assertThat(france.forUnit("Lyon").seats(520_000)).isEqualTo(73);
    }

    @Test
    @DisplayName("Paris is also found by its INSEE commune code 75056")
    void franceFixedByCode() {
        assertThat(france.forUnit("75056").seats(2_100_000)).isEqualTo(163);
    }

    @Test
    @DisplayName("a large French commune without a fixed size follows the table: Toulouse has 69")
    void franceOtherLargeCity() {
        assertThat(france.forUnit("Toulouse").seats(500_000)).isEqualTo(69);
    }

    @Test
    @DisplayName("a legislated size is an exact whole number that every rounding leaves unchanged")
    void exactInteger() {
        BigDecimal raw = france.raw(1_500);
        assertThat(raw).isEqualTo(BigDecimal.valueOf(19));
        for (Rounding r : Rounding.values()) {
            assertThat(r.apply(raw)).as(r.id()).isEqualTo(19);
        }
    }

    @Test
    @DisplayName("a Polish gmina of 20,000 inhabitants has 15 councillors, one of 20,001 has 21 (\"up to 20,000\" includes 20,000)")
    void polandFirstThreshold() {
        assertThat(poland.seats(20_000)).isEqualTo(15);
        assertThat(poland.seats(20_001)).isEqualTo(21);
    }

    @Test
    @DisplayName("above 200,000 each started 100,000 adds 3 councillors: 200,001 gives 28, 300,001 gives 31")
    void polandStartedHundredThousands() {
        assertThat(PolandArticle17.seats(200_000)).isEqualTo(25);
        assertThat(PolandArticle17.seats(200_001)).isEqualTo(28);
        assertThat(PolandArticle17.seats(300_000)).isEqualTo(28);
        assertThat(PolandArticle17.seats(300_001)).isEqualTo(31);
    }

    @Test
    @DisplayName("the Polish maximum is 45: 800,001 inhabitants would give 25 + 3 × 7 = 46, and get 45")
    void polandMaximum() {
        assertThat(PolandArticle17.seats(800_001)).isEqualTo(45);
        assertThat(PolandArticle17.seats(3_000_000)).isEqualTo(45);
    }

    @Test
    @DisplayName("Poland's article 17 as a rule and the shipped bracket table agree at every bracket edge")
    void polandRuleMatchesTableAtEdges() {
        for (Bracket b : poland.brackets()) {
            assertThat(poland.seats(b.minPopulation())).as("at %d", b.minPopulation())
                    .isEqualTo(PolandArticle17.seats(b.minPopulation()));
            if (b.minPopulation() > 0) {
                assertThat(poland.seats(b.minPopulation() - 1)).as("at %d", b.minPopulation() - 1)
                        .isEqualTo(PolandArticle17.seats(b.minPopulation() - 1));
            }
        }
    }

    @Test
    @DisplayName("Poland's article 17 as a rule and the shipped bracket table agree for every population up to 1,200,000 in steps of 997")
    void polandRuleMatchesTableThroughout() {
        for (long p = 0; p <= 1_200_000; p += 997) {
            assertThat(poland.seats(p)).as("at %d", p).isEqualTo(PolandArticle17.seats(p));
        }
    }

    @Test
    @DisplayName("a custom table gives the seats of the bracket containing the population")
    void custom() {
        LegislatedScale custom = LegislatedScale.custom(java.util.List.of(new Bracket(0, 9), new Bracket(1_000, 13)));
        assertThat(custom.seats(999)).isEqualTo(9);
        assertThat(custom.seats(1_000)).isEqualTo(13);
        assertThat(custom.parameters()).containsEntry("brackets", "0:9,1000:13").containsEntry("scale", "custom");
    }
}
