package org.seatwise.bench.load;

import java.util.Arrays;

/**
 * Exact percentiles of a set of latencies in nanoseconds (sorted once; a benchmark run holds at most
 * a few hundred thousand values, so no histogram is needed). Nearest-rank definition.
 */
public final class Latencies {

    private final long[] sorted;

    public Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(this.sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile {@code p} (0 &lt; p ≤ 100), in milliseconds. */
    public double percentileMs(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    public double maxMs() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }
}
