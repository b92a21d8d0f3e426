package org.seatwise.model.apportionment;

/** Exact comparisons of products of non-negative longs, in 128 bits, without allocation. */
final class Exact {

    private Exact() {
    }

    /** Compares a·b with c·d; all four are non-negative. */
    static int compareProducts(long a, long b, long c, long d) {
        int high = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
        return high != 0 ? high : Long.compareUnsigned(a * b, c * d);
    }
}
