package org.seatwise.model.apportionment;

import java.util.List;

/**
 * How unequal a distribution of seats is. Shares are s_i = seats_i / seats and v_i = population_i /
 * population; the ideal population per seat is population / seats.
 *
 * @param loosemoreHanby           ½ Σ |s_i − v_i|, in percentage points (Loosemore &amp; Hanby, British
 *                                 Journal of Political Science 1 (1971) 467–477; as MAL in Samuels &amp;
 *                                 Snyder, BJPS 31 (2001) 651–671)
 * @param gallagher                √(½ Σ (s_i − v_i)²), in percentage points (Gallagher, Electoral
 *                                 Studies 10 (1991) 33–51, least-squares index)
 * @param idealPopulationPerSeat   population / seats
 * @param maxDeviationPercent      the largest |deviation| among units with seats
 * @param meanDeviationPercent     the mean |deviation| among units with seats
 * @param unitsConsidered          units with population or seats (the denominator of the shares)
 * @param unitsBeyondTolerance     units more than 10 % away, or unrepresented
 * @param unitsBeyondOuterLimit    units more than 15 % away, or unrepresented
 * @param shareBeyondTolerancePercent  unitsBeyondTolerance / unitsConsidered × 100
 * @param shareBeyondOuterLimitPercent unitsBeyondOuterLimit / unitsConsidered × 100
 * @param unrepresentedUnits       units with population and no seat (their deviation is unbounded)
 * @param units                    every unit, in input order
 */
public record MalapportionmentIndices(double loosemoreHanby, double gallagher, double idealPopulationPerSeat,
        double maxDeviationPercent, double meanDeviationPercent, int unitsConsidered, int unitsBeyondTolerance,
        int unitsBeyondOuterLimit, double shareBeyondTolerancePercent, double shareBeyondOuterLimitPercent,
        int unrepresentedUnits, List<UnitDeviation> units) {

    public MalapportionmentIndices {
        units = List.copyOf(units);
    }
}
