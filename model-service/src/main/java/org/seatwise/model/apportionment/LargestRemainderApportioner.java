package org.seatwise.model.apportionment;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Hamilton's method with bounds, exactly. The bounded quota of unit i is clamp(λ·p_i, minimum,
 * maximum), with λ = N / D the rational at which they sum to the house; every unit gets the whole
 * part, and the seats left go to the largest remainders (p_i·N mod D, all over the same D).
 */
final class LargestRemainderApportioner {

    /** Bits for a unit index when packed beside its population in one long (MAX_UNITS < 2²⁰). */
    private static final int INDEX_BITS = 20;

    private LargestRemainderApportioner() {
    }

    /**
     * @param minimum least seats per unit
     * @param maximum most seats per populated unit (units of population 0 keep the minimum)
     */
    static Shares apportion(long[] population, int minimum, int maximum, int house) {
        int n = population.length;
        int[] seats = new int[n];
        Arrays.fill(seats, minimum);
        long fixed = (long) minimum * n;
        if (house == fixed || maximum == minimum) {
            return Shares.untied(seats);
        }
        int[] byPopulation = populatedByDescendingPopulation(population);
        int m = byPopulation.length;

        // Sweep λ upwards from 0, where all sit at the minimum. Unit i leaves the minimum at
        // λ = minimum / p_i and reaches the maximum at maximum / p_i: both in the order of
        // decreasing population, so the breakpoints are two sorted runs, merged as they are swept.
        boolean[] started = new boolean[n];
        boolean[] ended = new boolean[n];
        // Σ population ≤ MAX_UNITS × MAX_POPULATION < 2⁶³: slopes and remainders fit in a long.
        long slope = 0;
        int s = 0;
        int e = 0;
        while (e < m) {
            int unit;
            long bound;
            boolean leavesMinimum = s < m
                    && Exact.compareProducts(minimum, population[byPopulation[e]], maximum, population[byPopulation[s]]) <= 0;
            if (leavesMinimum) {
                unit = byPopulation[s++];
                bound = minimum;
            } else {
                unit = byPopulation[e++];
                bound = maximum;
            }
            // f(λ_b) = fixed + slope·λ_b ≥ house with λ_b = bound / p  ⇔  slope·bound ≥ (house − fixed)·p:
            // the solution lies before this breakpoint.
            long p = population[unit];
            long missing = house - fixed;
            if (slope > 0 && (missing <= 0 || Exact.compareProducts(slope, bound, missing, p) >= 0)) {
                break;
            }
            if (leavesMinimum) {
                started[unit] = true;
                fixed -= minimum;
                slope += p;
            } else {
                ended[unit] = true;
                fixed += maximum;
                slope -= p;
            }
        }

        // λ = (house − fixed) / slope; the units between their bounds share by largest remainders.
        long numerator = house - fixed;
        long[] remainder = new long[n];
        int count = 0;
        long given = 0;
        for (int i = 0; i < n; i++) {
            if (ended[i]) {
                seats[i] = maximum;
            } else if (started[i]) {
                long p = population[i];
                if (Math.multiplyHigh(p, numerator) == 0 && p * numerator >= 0) {
                    seats[i] = Math.toIntExact(p * numerator / slope);
                    remainder[i] = p * numerator % slope;
                } else {
                    BigInteger[] qr = BigInteger.valueOf(p).multiply(BigInteger.valueOf(numerator))
                            .divideAndRemainder(BigInteger.valueOf(slope));
                    seats[i] = qr[0].intValueExact();
                    remainder[i] = qr[1].longValueExact();
                }
                count++;
            }
            given += seats[i];
        }
        int left = Math.toIntExact(house - given);
        if (left == 0) {
            return Shares.untied(seats);
        }
        // The left-th largest remainder is the cut: above it a seat each, at it the first in request order.
        long[] sorted = new long[count];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (started[i] && !ended[i]) {
                sorted[j++] = remainder[i];
            }
        }
        Arrays.sort(sorted);
        long cut = sorted[count - left];
        int above = 0;
        int atCut = 0;
        for (long r : sorted) {
            if (r > cut) {
                above++;
            } else if (r == cut) {
                atCut++;
            }
        }
        int atCutSeats = left - above;
        int[] tied = new int[atCut];
        int t = 0;
        for (int i = 0; i < n; i++) {
            if (started[i] && !ended[i]) {
                if (remainder[i] > cut) {
                    seats[i]++;
                } else if (remainder[i] == cut) {
                    if (t < atCutSeats) {
                        seats[i]++;
                    }
                    tied[t++] = i;
                }
            }
        }
        return atCut > atCutSeats ? new Shares(seats, tied, atCutSeats) : Shares.untied(seats);
    }

    /** Indices of the populated units, largest population first. */
    private static int[] populatedByDescendingPopulation(long[] population) {
        long[] keys = new long[population.length];
        int m = 0;
        for (int i = 0; i < population.length; i++) {
            if (population[i] > 0) {
                keys[m++] = population[i] << INDEX_BITS | i;
            }
        }
        Arrays.sort(keys, 0, m);
        int[] order = new int[m];
        for (int j = 0; j < m; j++) {
            order[j] = (int) (keys[m - 1 - j] & ((1L << INDEX_BITS) - 1));
        }
        return order;
    }
}
