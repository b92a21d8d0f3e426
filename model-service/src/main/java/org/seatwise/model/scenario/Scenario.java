package org.seatwise.model.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.seatwise.model.readmodel.UnitInputs;
import org.seatwise.model.recommendation.CapInForce;
import org.seatwise.model.recommendation.Configuration;
import org.seatwise.model.sizing.CapSchedule;
import org.seatwise.model.sizing.SeatSize;

/**
 * A what-if: one configuration applied to every unit, with some inputs replaced and optionally one
 * cap for all kinds instead of the law's. Pure; computed on request, never stored as official data.
 *
 * @param capOverride when not null, the cap of every unit (e.g. 110 to ask "what if the 50-seat cap were raised")
 */
public record Scenario(Configuration configuration, Integer capOverride, Map<String, Long> overrides) {

    /** One unit's outcome. */
    public record Row(String unitCode, long voters, boolean overridden, SeatSize size, Integer currentSeats, Integer gap) {
    }

    /**
     * Totals over all rows.
     *
     * @param seatsPer100kVoters total seats per 100,000 voters, 2 decimals
     */
    public record Totals(int units, long voters, int seats, int currentSeats, BigDecimal seatsPer100kVoters,
            int exceedingCap) {
    }

    public record Outcome(List<Row> rows, Totals totals) {
    }

    public Outcome apply(List<UnitInputs> units, Map<String, CapSchedule> caps) {
        List<Row> rows = new ArrayList<>();
        for (UnitInputs unit : units) {
            Long override = overrides.get(unit.unitCode());
            if (override == null && unit.latestRoll() == null) {
                continue;
            }
            long voters = override != null ? override : unit.latestRoll().voters();
            Integer cap = capOverride != null ? capOverride : CapInForce.forUnit(unit, caps);
            SeatSize size = configuration.rule().apply(configuration.model(), voters, cap);
            Integer gap = unit.currentSeats() == null ? null : unit.currentSeats() - size.seats();
            rows.add(new Row(unit.unitCode(), voters, override != null, size, unit.currentSeats(), gap));
        }
        long voters = rows.stream().mapToLong(Row::voters).sum();
        int seats = rows.stream().mapToInt(r -> r.size().seats()).sum();
        int current = rows.stream().filter(r -> r.currentSeats() != null).mapToInt(Row::currentSeats).sum();
        BigDecimal per100k = voters == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(seats).multiply(BigDecimal.valueOf(100_000)).divide(BigDecimal.valueOf(voters), 2, RoundingMode.HALF_EVEN);
        int exceeding = (int) rows.stream().filter(r -> r.size().capBinds()).count();
        return new Outcome(rows, new Totals(rows.size(), voters, seats, current, per100k, exceeding));
    }
}
