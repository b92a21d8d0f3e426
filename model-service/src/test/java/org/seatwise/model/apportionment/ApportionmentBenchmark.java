package org.seatwise.model.apportionment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Times every divisor method's entry point ({@link Apportionment#apportion}: validation,
 * estimate-and-correct, quotas and indices; "apportion ms"), its seat computation alone ("seats
 * ms"), and the textbook one-seat-at-a-time priority queue using the same exact priority
 * comparison ("one-by-one ms"), in the same run; the ratio is one-by-one / apportion. Target (DESIGN.md): 10⁶ seats among
 * 10⁵ units in under 200 ms.
 *
 * <pre>
 * mvn -o -q -pl model-service test-compile &amp;&amp; java -cp "model-service/target/classes:model-service/target/test-classes" \
 *     org.seatwise.model.apportionment.ApportionmentBenchmark
 * </pre>
 */
public final class ApportionmentBenchmark {

    private static final long SEED = 7L;
    private static final int WARM_UP = 3;
    private static final int RUNS = 5;
    private static final int[] UNITS = {1_000, 100_000};
    private static final int[] SEATS = {10_000, 1_000_000};

    private ApportionmentBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "Java %s, %d processors; median of %d runs after %d warm-up runs, seed %d%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), RUNS, WARM_UP, SEED);
        System.out.printf(Locale.ROOT, "%-16s %8s %10s %14s %10s %16s %8s %6s%n", "method", "units", "seats",
                "apportion ms", "seats ms", "one-by-one ms", "ratio", "same");
        for (int units : UNITS) {
            long[] population = populations(units);
            List<Unit> unitList = Fixtures.units(population);
            for (int seats : SEATS) {
                for (DivisorMethod method : DivisorMethod.values()) {
                    ApportionmentRequest request = new ApportionmentRequest(method, seats, SeatBounds.none(), unitList,
                            TieRule.REQUEST_ORDER);
                    int[] lower = new int[units];
                    int[] upper = new int[units];
                    Arrays.fill(upper, seats);
                    int[][] fast = new int[1][];
                    int[][] slow = new int[1][];
                    double fastMs = median(() -> fast[0] = Apportionment.apportion(request).seatsPerUnit());
                    double coreMs = median(() -> DivisorApportioner.apportion(method, population, lower, upper, seats));
                    double slowMs = median(() -> slow[0] = oneByOne(method, population, seats));
                    System.out.printf(Locale.ROOT, "%-16s %8d %10d %14.1f %10.1f %16.1f %7.1fx %6s%n", method.id(),
                            units, seats, fastMs, coreMs, slowMs, slowMs / fastMs,
                            Arrays.equals(fast[0], slow[0]) ? "yes" : "NO");
                }
            }
        }
    }

    /** Populations from 1,000 to about 10 million, skewed towards small units as districts are. */
    private static long[] populations(int units) {
        Random random = new Random(SEED + units);
        long[] population = new long[units];
        for (int i = 0; i < units; i++) {
            double r = random.nextDouble();
            population[i] = 1_000 + (long) (r * r * r * 10_000_000);
        }
        return population;
    }

    /** The textbook: every seat to the highest priority p / d(k), one at a time, from a binary heap. */
    static int[] oneByOne(DivisorMethod method, long[] population, int house) {
        int n = population.length;
        int[] seats = new int[n];
        PriorityQueue<Integer> queue = new PriorityQueue<>(n, (a, b) -> {
            int c = method.comparePriorities(population[b], seats[b], population[a], seats[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (population[i] > 0) {
                all.add(i);
            }
        }
        queue.addAll(all);
        for (int s = 0; s < house; s++) {
            int u = queue.poll();
            seats[u]++;
            queue.add(u);
        }
        return seats;
    }

    private static double median(Runnable run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
