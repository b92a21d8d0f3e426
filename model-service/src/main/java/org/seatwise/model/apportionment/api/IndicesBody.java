package org.seatwise.model.apportionment.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.seatwise.model.apportionment.MalapportionmentIndices;
import org.seatwise.model.apportionment.UnitDeviation;

/**
 * Malapportionment indices, six decimals. {@code loosemoreHanby} and {@code gallagher} are in
 * percentage points; deviations are of population per seat from the ideal, in percent; the Venice
 * Commission tolerance is 10 % and its outer limit 15 %.
 */
public record IndicesBody(BigDecimal loosemoreHanby, BigDecimal gallagher, BigDecimal idealPopulationPerSeat,
        BigDecimal maxDeviationPercent, BigDecimal meanDeviationPercent, int unitsConsidered,
        int unitsBeyondTolerance, int unitsBeyondOuterLimit, BigDecimal shareBeyondTolerancePercent,
        BigDecimal shareBeyondOuterLimitPercent, int unrepresentedUnits, List<UnitDeviationBody> units) {

    private static final int SCALE = 6;

    /**
     * One unit's standing; {@code venice} is within-tolerance, beyond-tolerance,
     * beyond-outer-limit or not-applicable (no population and no seat).
     */
    public record UnitDeviationBody(String id, long population, int seats, BigDecimal populationPerSeat,
            BigDecimal deviationPercent, String venice) {

        static UnitDeviationBody of(UnitDeviation d) {
            return new UnitDeviationBody(d.id(), d.population(), d.seats(), decimal(d.populationPerSeat()),
                    decimal(d.deviationPercent()), d.venice().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    static IndicesBody of(MalapportionmentIndices i) {
        return new IndicesBody(decimal(i.loosemoreHanby()), decimal(i.gallagher()), decimal(i.idealPopulationPerSeat()),
                decimal(i.maxDeviationPercent()), decimal(i.meanDeviationPercent()), i.unitsConsidered(),
                i.unitsBeyondTolerance(), i.unitsBeyondOuterLimit(), decimal(i.shareBeyondTolerancePercent()),
                decimal(i.shareBeyondOuterLimitPercent()), i.unrepresentedUnits(),
                i.units().stream().map(UnitDeviationBody::of).toList());
    }

    static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
