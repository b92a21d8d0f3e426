package org.seatwise.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Provenance;
import org.seatwise.model.readmodel.RollFigure;
import org.seatwise.model.readmodel.UnitInputs;
import org.seatwise.model.recommendation.Configuration;
import org.seatwise.model.sizing.CapSchedule;
import org.seatwise.model.sizing.CubeRootLaw;
import org.seatwise.model.sizing.Rounding;
import org.seatwise.model.sizing.SeatRule;

class ScenarioTest {

    private static final Provenance CEC = new Provenance("CEC", LocalDate.of(2023, 1, 1), null);

    private static UnitInputs unit(String code, String kind, long voters, int seats) {
        return new UnitInputs(code, kind, new RollFigure(code, "b", 1, voters, LocalDate.of(2023, 1, 1), CEC), seats);
    }

    // Table 2 of the study: Turkestan (1,177,507 voters, 46 deputies) and Ulytau (138,277, 26).
    private final List<UnitInputs> units = List.of(unit("KZ-61", "OBLAST", 1_177_507, 46), unit("KZ-62", "OBLAST", 138_277, 26));
    private final Configuration nearestCapped = new Configuration(new CubeRootLaw(), new SeatRule(Rounding.NEAREST, true, 1));

    @Test
    @DisplayName("under the 2001 law's cap of 50, Turkestan's 106 cube-root seats are cut to 50 and Ulytau keeps 52")
    void lawsCap() {
        var outcome = new Scenario(nearestCapped, null, Map.of()).apply(units, Map.of("KZ", CapSchedule.kazakhstan()));
        assertThat(outcome.rows()).extracting(r -> r.size().seats()).containsExactly(50, 50);
        assertThat(outcome.rows().get(1).size().rounded()).isEqualTo((int) Math.round(Math.cbrt(138_277)));
        assertThat(outcome.totals().exceedingCap()).isEqualTo(2);
    }

    @Test
    @DisplayName("raising the cap to 110 lets every council take its cube-root size; totals add up the rows")
    void raisedCap() {
        var outcome = new Scenario(nearestCapped, 110, Map.of()).apply(units, Map.of("KZ", CapSchedule.kazakhstan()));
        int turkestan = (int) Math.round(Math.cbrt(1_177_507));
        int ulytau = (int) Math.round(Math.cbrt(138_277));
        assertThat(outcome.rows()).extracting(r -> r.size().seats()).containsExactly(turkestan, ulytau);
        assertThat(outcome.totals().seats()).isEqualTo(turkestan + ulytau);
        assertThat(outcome.totals().currentSeats()).isEqualTo(46 + 26);
        assertThat(outcome.totals().exceedingCap()).isZero();
        assertThat(outcome.totals().seatsPer100kVoters()).isEqualByComparingTo(
                java.math.BigDecimal.valueOf((turkestan + ulytau) * 100_000.0 / (1_177_507 + 138_277)).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    @DisplayName("an overridden input replaces the official figure for that unit only and is marked")
    void override() {
        var outcome = new Scenario(nearestCapped, 110, Map.of("KZ-61", 1_000_000L)).apply(units, Map.of());
        assertThat(outcome.rows().get(0).voters()).isEqualTo(1_000_000L);
        assertThat(outcome.rows().get(0).overridden()).isTrue();
        assertThat(outcome.rows().get(0).size().seats()).isEqualTo(100);
        assertThat(outcome.rows().get(1).overridden()).isFalse();
    }
}
