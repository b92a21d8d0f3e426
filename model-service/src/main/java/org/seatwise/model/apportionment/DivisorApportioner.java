package org.seatwise.model.apportionment;

import java.util.stream.IntStream;

/**
 * A divisor method at scale: estimate a divisor, round every unit at once, then correct with
 * priority queues on exact priorities until the allocation is one the method can produce.
 *
 * <p>An allocation k is a divisor-method allocation exactly when it has the right total and no
 * unit's next-seat priority p/d(k) exceeds any unit's last-seat priority p/d(k−1) (Balinski &amp;
 * Young, Fair Representation, Appendix A, the min–max inequality). The estimate puts almost every
 * unit at its final seats; the queues move the few that floating point placed wrongly, and the
 * same inequality, met with equality, is the tie.
 */
final class DivisorApportioner {

    /** Newton steps on the divisor before handing over to the queues; each costs one pass. */
    private static final int ESTIMATION_PASSES = 4;

    private final DivisorMethod method;
    private final long[] population;
    private final int[] lower;
    private final int[] upper;
    private final int[] seats;

    private DivisorApportioner(DivisorMethod method, long[] population, int[] lower, int[] upper) {
        this.method = method;
        this.population = population;
        this.lower = lower;
        this.upper = upper;
        this.seats = new int[population.length];
    }

    /**
     * @param lower  least seats per unit
     * @param upper  most seats per unit (already equal to {@code lower} for units of population 0)
     * @param house  seats to share, between the sums of {@code lower} and of {@code upper}
     */
    static Shares apportion(DivisorMethod method, long[] population, int[] lower, int[] upper, int house) {
        return new DivisorApportioner(method, population, lower, upper).run(house);
    }

    private Shares run(int house) {
        int n = population.length;
        long total = estimate(house);

        UnitHeap next = new UnitHeap(n, (u, v) -> {
            int c = method.comparePriorities(population[u], seats[u], population[v], seats[v]);
            return c > 0 || c == 0 && u < v;
        });
        UnitHeap last = new UnitHeap(n, (u, v) -> {
            int c = method.comparePriorities(population[u], seats[u] - 1L, population[v], seats[v] - 1L);
            return c < 0 || c == 0 && u > v;
        });
        for (int i = 0; i < n; i++) {
            if (seats[i] < upper[i]) {
                next.addUnordered(i);
            }
            if (seats[i] > lower[i]) {
                last.addUnordered(i);
            }
        }
        next.heapify();
        last.heapify();

        for (; total < house; total++) {
            int u = next.top();
            seats[u]++;
            refresh(u, next, last);
        }
        for (; total > house; total--) {
            int v = last.top();
            seats[v]--;
            refresh(v, next, last);
        }
        // Exchange while some unit's next seat outranks another's last seat.
        while (!next.isEmpty() && !last.isEmpty()) {
            int u = next.top();
            int v = last.top();
            if (method.comparePriorities(population[u], seats[u], population[v], seats[v] - 1L) <= 0) {
                break;
            }
            seats[u]++;
            seats[v]--;
            refresh(u, next, last);
            refresh(v, next, last);
        }
        if (next.isEmpty() || last.isEmpty()) {
            return Shares.untied(seats);
        }
        int u = next.top();
        int v = last.top();
        if (method.comparePriorities(population[u], seats[u], population[v], seats[v] - 1L) != 0) {
            return Shares.untied(seats);
        }
        return resolveTie(population[v], seats[v] - 1L);
    }

    /**
     * The units whose last seat has priority t (holders) and those whose next seat has priority t
     * (contenders) are tied for the holders' seats; they go to the first tied units in request order.
     */
    private Shares resolveTie(long thresholdPopulation, long thresholdSeats) {
        int[] tied = IntStream.range(0, population.length)
                .filter(i -> seats[i] > lower[i] && method.comparePriorities(population[i], seats[i] - 1L,
                        thresholdPopulation, thresholdSeats) == 0
                        || seats[i] < upper[i] && method.comparePriorities(population[i], seats[i],
                                thresholdPopulation, thresholdSeats) == 0)
                .toArray();
        int tiedSeats = 0;
        for (int i : tied) {
            if (seats[i] > lower[i] && method.comparePriorities(population[i], seats[i] - 1L, thresholdPopulation,
                    thresholdSeats) == 0) {
                seats[i]--;
                tiedSeats++;
            }
        }
        for (int j = 0; j < tiedSeats; j++) {
            seats[tied[j]]++;
        }
        return new Shares(seats, tied, tiedSeats);
    }

    private void refresh(int unit, UnitHeap next, UnitHeap last) {
        keep(next, unit, seats[unit] < upper[unit]);
        keep(last, unit, seats[unit] > lower[unit]);
    }

    private static void keep(UnitHeap heap, int unit, boolean belongs) {
        if (belongs) {
            if (heap.contains(unit)) {
                heap.update(unit);
            } else {
                heap.insert(unit);
            }
        } else if (heap.contains(unit)) {
            heap.remove(unit);
        }
    }

    /**
     * Sets every unit to its rounded quotient for an estimated divisor and returns the seats so
     * given. Seats are modelled as S(D) ≈ P/D + c, with c re-measured each pass (Newton on 1/D).
     */
    private long estimate(int house) {
        double free = 0;
        long lowerSum = 0;
        int freeUnits = 0;
        for (int i = 0; i < population.length; i++) {
            lowerSum += lower[i];
            if (upper[i] > lower[i]) {
                free += population[i];
                freeUnits++;
            }
        }
        // Few seats above the bounds among many units: handing them out from the bounds is cheaper
        // than estimating (and under d(0) = 0 the estimate would seat every populated unit anyway).
        if (house == lowerSum || free == 0 || (house - lowerSum) * 4 <= freeUnits) {
            System.arraycopy(lower, 0, seats, 0, seats.length);
            return lowerSum;
        }
        double divisor = free / house;
        double bestDivisor = divisor;
        long bestMiss = Long.MAX_VALUE;
        for (int pass = 0; pass < ESTIMATION_PASSES; pass++) {
            long given = roundAll(divisor, false);
            long miss = Math.abs(given - house);
            if (miss < bestMiss) {
                bestMiss = miss;
                bestDivisor = divisor;
            }
            if (miss == 0) {
                break;
            }
            double offset = given - free / divisor;
            double target = house - offset;
            divisor = target > 0.5 ? free / target : divisor * given / Math.max(house, 1);
            if (!(divisor > 0) || Double.isInfinite(divisor)) {
                break;
            }
        }
        if (bestMiss > house - lowerSum) {
            // Fewer seats to move from the bounds than from the estimate: with few seats among many
            // units (and d(0) = 0, which seats every populated unit at any divisor) start from the bounds.
            System.arraycopy(lower, 0, seats, 0, seats.length);
            return lowerSum;
        }
        return roundAll(bestDivisor, true);
    }

    private long roundAll(double divisor, boolean store) {
        long given = 0;
        for (int i = 0; i < population.length; i++) {
            int k;
            if (upper[i] == lower[i]) {
                k = lower[i];
            } else {
                double quotient = population[i] / divisor;
                k = quotient >= upper[i] ? upper[i] : (int) Math.max(lower[i], method.round(quotient));
            }
            given += k;
            if (store) {
                seats[i] = k;
            }
        }
        return given;
    }
}
