package org.seatwise.model.apportionment;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Hamilton's method with bounds, exactly. The bounded quota of unit i is clamp(λ·p_i, lower_i,
 * upper_i), with λ = N / D the rational at which they sum to the house; every unit gets the whole
 * part, and the seats left go to the largest remainders (p_i·N mod D, all over the same D).
 */
final class LargestRemainderApportioner {

    private LargestRemainderApportioner() {
    }

    /** A breakpoint of the bounded quotas: at λ = bound / population, a unit leaves a bound. */
    private record Breakpoint(int unit, long bound, boolean leavesLower) {
    }

    static Shares apportion(long[] population, int[] lower, int[] upper, int house) {
        int n = population.length;
        int[] seats = lower.clone();
        long lowerSum = Arrays.stream(lower).asLongStream().sum();
        if (house == lowerSum) {
            return Shares.untied(seats);
        }

        // Sweep λ upwards from 0, where every unit sits at its lower bound.
        List<Breakpoint> breakpoints = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (upper[i] > lower[i]) {
                breakpoints.add(new Breakpoint(i, lower[i], true));
                breakpoints.add(new Breakpoint(i, upper[i], false));
            }
        }
        breakpoints.sort((a, b) -> Exact.compareProducts(a.bound(), population[b.unit()], b.bound(),
                population[a.unit()]));
        boolean[] started = new boolean[n];
        boolean[] ended = new boolean[n];
        long fixed = lowerSum;
        BigInteger slope = BigInteger.ZERO;
        BigInteger target = BigInteger.valueOf(house);
        for (Breakpoint b : breakpoints) {
            // f(λ_b) = fixed + slope·λ_b ≥ house, with λ_b = bound / p: the solution is in this segment.
            BigInteger p = BigInteger.valueOf(population[b.unit()]);
            if (slope.signum() > 0 && BigInteger.valueOf(fixed).multiply(p)
                    .add(slope.multiply(BigInteger.valueOf(b.bound()))).compareTo(target.multiply(p)) >= 0) {
                break;
            }
            if (b.leavesLower()) {
                started[b.unit()] = true;
                fixed -= b.bound();
                slope = slope.add(p);
            } else {
                ended[b.unit()] = true;
                fixed += b.bound();
                slope = slope.subtract(p);
            }
        }

        // λ = (house − fixed) / slope; units still rising share by largest remainders.
        BigInteger numerator = BigInteger.valueOf(house - fixed);
        List<Integer> rising = new ArrayList<>();
        BigInteger[] remainder = new BigInteger[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            if (ended[i]) {
                seats[i] = upper[i];
            } else if (started[i]) {
                BigInteger[] qr = BigInteger.valueOf(population[i]).multiply(numerator).divideAndRemainder(slope);
                seats[i] = qr[0].intValueExact();
                remainder[i] = qr[1];
                rising.add(i);
            }
            given += seats[i];
        }
        int left = Math.toIntExact(house - given);
        if (left == 0) {
            return Shares.untied(seats);
        }
        // Largest remainder first; among equal remainders, request order.
        rising.sort(Comparator.<Integer, BigInteger>comparing(i -> remainder[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int j = 0; j < left; j++) {
            seats[rising.get(j)]++;
        }
        if (left == rising.size()
                || remainder[rising.get(left - 1)].compareTo(remainder[rising.get(left)]) != 0) {
            return Shares.untied(seats);
        }
        BigInteger cut = remainder[rising.get(left - 1)];
        int[] tied = rising.stream().filter(i -> remainder[i].equals(cut)).mapToInt(Integer::intValue).sorted()
                .toArray();
        int above = (int) rising.stream().filter(i -> remainder[i].compareTo(cut) > 0).count();
        return new Shares(seats, tied, left - above);
    }
}
