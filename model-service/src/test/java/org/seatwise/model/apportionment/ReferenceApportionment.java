package org.seatwise.model.apportionment;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The textbook methods, written for clarity and nothing else: every seat handed out one by one
 * from a priority queue on exact fractions, and Hamilton by exact fractions throughout. The
 * production code must agree with these on every input.
 */
final class ReferenceApportionment {

    /** Seats per unit and the tie at the last seat, if any (tied unit indices, seats tied for). */
    record Outcome(int[] seats, List<Integer> tied, int tiedSeats) {
    }

    private ReferenceApportionment() {
    }

    static Outcome apportion(ApportionmentMethod method, long[] population, int minimum, Integer maximum, int house) {
        return method instanceof DivisorMethod d
                ? divisor(d, population, minimum, maximum, house)
                : hamilton(population, minimum, maximum, house);
    }

    /**
     * The square of a divisor method's signpost, d(k)², as a fraction (Balinski &amp; Young, Fair
     * Representation, Appendix A): squares, so that Huntington–Hill's √(k(k+1)) is rational too.
     */
    static Fraction signpostSquared(DivisorMethod method, long k) {
        return switch (method) {
            case ADAMS -> Fraction.of(k * k, 1);
            case DEAN -> Fraction.of(BigInteger.valueOf(2 * k * (k + 1)).pow(2), BigInteger.valueOf(2 * k + 1).pow(2));
            case HUNTINGTON_HILL -> Fraction.of(k * (k + 1), 1);
            case WEBSTER -> Fraction.of((2 * k + 1) * (2 * k + 1), 4);
            case JEFFERSON -> Fraction.of((k + 1) * (k + 1), 1);
        };
    }

    /** (p / d(k))², infinite where d(k) = 0. */
    static Fraction prioritySquared(DivisorMethod method, long population, long k) {
        Fraction d2 = signpostSquared(method, k);
        if (d2.numerator().signum() == 0) {
            return Fraction.INFINITY;
        }
        return Fraction.of(BigInteger.valueOf(population).pow(2), BigInteger.ONE).dividedBy(d2);
    }

    /**
     * Orders the priorities p1/d(k1) and p2/d(k2); two infinite ones (d = 0) by population, the
     * limit of p/ε.
     */
    static int comparePriorities(DivisorMethod method, long p1, long k1, long p2, long k2) {
        Fraction a = prioritySquared(method, p1, k1);
        Fraction b = prioritySquared(method, p2, k2);
        if (a.equals(Fraction.INFINITY) && b.equals(Fraction.INFINITY)) {
            return Long.compare(p1, p2);
        }
        return a.compareTo(b);
    }

    static Outcome divisor(DivisorMethod method, long[] population, int minimum, Integer maximum, int house) {
        int n = population.length;
        int[] seats = new int[n];
        java.util.Arrays.fill(seats, minimum);
        int cap = maximum == null ? Integer.MAX_VALUE : maximum;
        Comparator<Integer> highestFirst = (a, b) -> comparePriorities(method, population[b], seats[b],
                population[a], seats[a]);
        PriorityQueue<Integer> queue = new PriorityQueue<>(highestFirst.thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < n; i++) {
            // A unit of population 0 is owed nothing beyond its minimum.
            if (population[i] > 0 && seats[i] < cap) {
                queue.add(i);
            }
        }
        int given = n * minimum;
        int lastUnit = -1;
        long lastSeats = -1;
        while (given < house) {
            int u = queue.poll();
            lastUnit = u;
            lastSeats = seats[u];
            seats[u]++;
            given++;
            if (seats[u] < cap) {
                queue.add(u);
            }
        }
        if (lastUnit < 0) {
            return new Outcome(seats, List.of(), 0);
        }
        List<Integer> holders = new ArrayList<>();
        List<Integer> contenders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (population[i] == 0) {
                continue;
            }
            if (seats[i] > minimum
                    && comparePriorities(method, population[i], seats[i] - 1, population[lastUnit], lastSeats) == 0) {
                holders.add(i);
            }
            if (seats[i] < cap
                    && comparePriorities(method, population[i], seats[i], population[lastUnit], lastSeats) == 0) {
                contenders.add(i);
            }
        }
        if (contenders.isEmpty()) {
            return new Outcome(seats, List.of(), 0);
        }
        List<Integer> tied = new ArrayList<>(holders);
        tied.addAll(contenders);
        tied.sort(Comparator.naturalOrder());
        return new Outcome(seats, tied, holders.size());
    }

    /**
     * Hamilton with bounds: quotas clamp(λ·p, minimum, maximum) summing to the house, λ found by
     * evaluating the bounded quota sum at every breakpoint and interpolating; then whole parts, and
     * the seats left to the largest fractional parts, first listed first among equals.
     */
    static Outcome hamilton(long[] population, int minimum, Integer maximum, int house) {
        int n = population.length;
        long cap = maximum == null ? house : maximum;
        List<Fraction> breakpoints = new ArrayList<>();
        breakpoints.add(Fraction.of(0, 1));
        for (long p : population) {
            if (p > 0) {
                breakpoints.add(Fraction.of(minimum, p));
                breakpoints.add(Fraction.of(cap, p));
            }
        }
        breakpoints.sort(Comparator.naturalOrder());
        Fraction target = Fraction.of(house, 1);
        Fraction lambda = null;
        for (int b = 0; b + 1 < breakpoints.size() && lambda == null; b++) {
            Fraction low = breakpoints.get(b);
            Fraction high = breakpoints.get(b + 1);
            Fraction fLow = quotaSum(population, minimum, cap, low);
            Fraction fHigh = quotaSum(population, minimum, cap, high);
            if (fLow.compareTo(target) == 0) {
                lambda = low;
            } else if (fLow.compareTo(target) < 0 && fHigh.compareTo(target) >= 0) {
                lambda = low.plus(target.minus(fLow).times(high.minus(low)).dividedBy(fHigh.minus(fLow)));
            }
        }
        Fraction[] quota = new Fraction[n];
        int[] seats = new int[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            quota[i] = bounded(population[i], minimum, cap, lambda);
            seats[i] = quota[i].floor().intValueExact();
            given += seats[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, Fraction>comparing(i -> quota[i].fractionalPart()).reversed()
                .thenComparing(Comparator.naturalOrder()));
        int left = house - given;
        for (int j = 0; j < left; j++) {
            seats[order.get(j)]++;
        }
        if (left == 0 || quota[order.get(left - 1)].fractionalPart()
                .compareTo(quota[order.get(left)].fractionalPart()) != 0) {
            return new Outcome(seats, List.of(), 0);
        }
        Fraction cut = quota[order.get(left - 1)].fractionalPart();
        List<Integer> tied = new ArrayList<>();
        int above = 0;
        for (int i = 0; i < n; i++) {
            int c = quota[i].fractionalPart().compareTo(cut);
            if (c == 0) {
                tied.add(i);
            } else if (c > 0) {
                above++;
            }
        }
        return new Outcome(seats, tied, left - above);
    }

    private static Fraction quotaSum(long[] population, int minimum, long cap, Fraction lambda) {
        Fraction sum = Fraction.of(0, 1);
        for (long p : population) {
            sum = sum.plus(bounded(p, minimum, cap, lambda));
        }
        return sum;
    }

    private static Fraction bounded(long p, int minimum, long cap, Fraction lambda) {
        if (p == 0) {
            return Fraction.of(minimum, 1);
        }
        Fraction q = lambda.times(Fraction.of(p, 1));
        if (q.compareTo(Fraction.of(minimum, 1)) < 0) {
            return Fraction.of(minimum, 1);
        }
        return q.compareTo(Fraction.of(cap, 1)) > 0 ? Fraction.of(cap, 1) : q;
    }
}
