package org.seatwise.model.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Provenance;
import org.seatwise.model.readmodel.RollFigure;
import org.seatwise.model.readmodel.UnitInputs;
import org.seatwise.model.sizing.CubeRootLaw;
import org.seatwise.model.sizing.Rounding;
import org.seatwise.model.sizing.SeatRule;

class RecommendationCalculatorTest {

    private static final Configuration STUDY = new Configuration(new CubeRootLaw(), SeatRule.study());
    private static final Provenance CEC = new Provenance("CEC", LocalDate.of(2023, 1, 1), null);

    private static UnitInputs turkestan(String bulletin, long voters, Integer seats) {
        return new UnitInputs("KZ-61", "OBLAST", new RollFigure("KZ-61", bulletin, 1, voters, LocalDate.of(2023, 1, 1), CEC), seats);
    }

    @Test
    @DisplayName("Turkestan's 1,177,507 voters and 46 deputies give 106 seats (cube root 105.598, nearest) and a gap of −60")
    void turkestan() {
        var r = RecommendationCalculator.compute(turkestan("b1", 1_177_507, 46), STUDY, null, Instant.now()).orElseThrow();
        assertThat(r.size().seats()).isEqualTo(106);
        assertThat(r.size().raw().doubleValue()).isCloseTo(Math.cbrt(1_177_507), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.gap()).isEqualTo(46 - 106);
        assertThat(r.currentSeats()).isEqualTo(46);
    }

    @Test
    @DisplayName("the same inputs give the same recommendation id; another bulletin, count or seat number gives another")
    void stableIds() {
        var a = RecommendationCalculator.compute(turkestan("b1", 1_177_507, 46), STUDY, null, Instant.EPOCH).orElseThrow();
        var again = RecommendationCalculator.compute(turkestan("b1", 1_177_507, 46), STUDY, null, Instant.now()).orElseThrow();
        assertThat(again.id()).isEqualTo(a.id());
        assertThat(RecommendationCalculator.compute(turkestan("b2", 1_177_507, 46), STUDY, null, Instant.now()).orElseThrow().id())
                .isNotEqualTo(a.id());
        assertThat(RecommendationCalculator.compute(turkestan("b1", 1_177_508, 46), STUDY, null, Instant.now()).orElseThrow().id())
                .isNotEqualTo(a.id());
        assertThat(RecommendationCalculator.compute(turkestan("b1", 1_177_507, 47), STUDY, null, Instant.now()).orElseThrow().id())
                .isNotEqualTo(a.id());
    }

    @Test
    @DisplayName("with the 50-seat cap applied, Turkestan gets 50 and the cap is reported as binding")
    void capApplied() {
        var capped = new Configuration(new CubeRootLaw(), new SeatRule(Rounding.NEAREST, true, 1));
        var r = RecommendationCalculator.compute(turkestan("b1", 1_177_507, 46), capped, 50, Instant.now()).orElseThrow();
        assertThat(r.size().seats()).isEqualTo(50);
        assertThat(r.size().rounded()).isEqualTo(106);
        assertThat(r.size().capBinds()).isTrue();
    }

    @Test
    @DisplayName("a unit without a voter figure has no recommendation")
    void noInput() {
        assertThat(RecommendationCalculator.compute(new UnitInputs("KZ-61", "OBLAST", null, 46), STUDY, null, Instant.now())).isEmpty();
    }

    @Test
    @DisplayName("configuration keys name the model, its parameters, the rounding and the cap")
    void keys() {
        assertThat(new Configuration(new CubeRootLaw(), new SeatRule(Rounding.FLOOR, true, 1)).key())
                .startsWith("cube-root").endsWith("/floor/capped");
    }

    @Test
    @DisplayName("under several rules of one model, each recommendation is the one computed alone, and the model is evaluated once")
    void computeAllSharesTheModelsValue() {
        java.util.concurrent.atomic.AtomicInteger evaluations = new java.util.concurrent.atomic.AtomicInteger();
        CubeRootLaw law = new CubeRootLaw();
        org.seatwise.model.sizing.SeatSizeModel counted = new org.seatwise.model.sizing.SeatSizeModel() {
            @Override
            public String id() {
                return law.id();
            }

            @Override
            public java.math.BigDecimal raw(long population) {
                evaluations.incrementAndGet();
                return law.raw(population);
            }

            @Override
            public java.util.Map<String, String> parameters() {
                return law.parameters();
            }

            @Override
            public String description() {
                return law.description();
            }
        };
        var rules = java.util.List.of(new Configuration(counted, SeatRule.study()),
                new Configuration(counted, new SeatRule(Rounding.FLOOR, false, 1)),
                new Configuration(counted, new SeatRule(Rounding.NEAREST, true, 1)));
        var unit = turkestan("b1", 1_177_507, 46);

        var all = RecommendationCalculator.computeAll(unit, rules, 50, Instant.EPOCH);

        assertThat(evaluations).hasValue(1);
        assertThat(all.keySet()).containsExactlyElementsOf(rules);
        for (Configuration rule : rules) {
            assertThat(all.get(rule)).isEqualTo(RecommendationCalculator.compute(unit, rule, 50, Instant.EPOCH).orElseThrow());
        }
        assertThat(all.values()).extracting(r -> r.size().seats()).containsExactly(106, 105, 50);
        assertThat(RecommendationCalculator.computeAll(new UnitInputs("KZ-61", "OBLAST", null, 46), rules, 50, Instant.EPOCH))
                .isEmpty();
    }
}
