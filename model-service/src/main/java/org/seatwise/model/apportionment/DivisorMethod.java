package org.seatwise.model.apportionment;

import java.math.BigInteger;
import java.util.List;

/**
 * Divisor methods: a unit with population p holding k seats has priority p / d(k) for its next
 * seat, and every seat goes to the highest priority. Equivalently, there is a divisor D such that
 * every unit receives p / D rounded at the signpost d(k). The signposts are those of Balinski &amp;
 * Young, Fair Representation, 2nd ed. 2001, Appendix A:
 *
 * <ul>
 *   <li>Adams (smallest divisors): d(k) = k
 *   <li>Dean (harmonic mean): d(k) = k(k+1) / (k + ½)
 *   <li>Huntington–Hill (equal proportions, geometric mean; the US House since 1941): d(k) = √(k(k+1))
 *   <li>Webster (major fractions; Sainte-Laguë): d(k) = k + ½
 *   <li>Jefferson (greatest divisors; D'Hondt): d(k) = k + 1
 * </ul>
 *
 * <p>Each signpost is held exactly as d(k)^e = numerator(k) / denominator(k) with integers, e = 2
 * for Huntington–Hill and 1 otherwise, so priorities compare exactly by cross-multiplication.
 */
public enum DivisorMethod implements ApportionmentMethod {

    ADAMS("adams", List.of()) {
        @Override
        long numerator(long k) {
            return k;
        }

        @Override
        double signpost(long k) {
            return k;
        }
    },
    DEAN("dean", List.of()) {
        @Override
        long numerator(long k) {
            return 2 * k * (k + 1);
        }

        @Override
        long denominator(long k) {
            return 2 * k + 1;
        }

        @Override
        double signpost(long k) {
            return 2.0 * k * (k + 1) / (2.0 * k + 1);
        }
    },
    HUNTINGTON_HILL("huntington-hill", List.of()) {
        @Override
        long numerator(long k) {
            return k * (k + 1);
        }

        @Override
        int exponent() {
            return 2;
        }

        @Override
        double signpost(long k) {
            return Math.sqrt(k * (k + 1.0));
        }
    },
    WEBSTER("webster", List.of("sainte-lague")) {
        @Override
        long numerator(long k) {
            return 2 * k + 1;
        }

        @Override
        long denominator(long k) {
            return 2;
        }

        @Override
        double signpost(long k) {
            return k + 0.5;
        }
    },
    JEFFERSON("jefferson", List.of("dhondt")) {
        @Override
        long numerator(long k) {
            return k + 1;
        }

        @Override
        double signpost(long k) {
            return k + 1.0;
        }
    };

    /**
     * Relative distance below which two floating-point priorities are not trusted to be ordered and
     * the exact comparison decides. A priority p / d(k) in double carries a relative error below
     * 10⁻¹⁵ (a few roundings of 2⁻⁵³ each), far under this margin.
     */
    private static final double FILTER = 1e-12;

    private final String id;
    private final List<String> aliases;

    DivisorMethod(String id, List<String> aliases) {
        this.id = id;
        this.aliases = aliases;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** The numerator of d(k)^e. */
    abstract long numerator(long k);

    /** The denominator of d(k)^e. */
    long denominator(long k) {
        return 1;
    }

    /** e: the power of d(k) that is rational. */
    int exponent() {
        return 1;
    }

    /** d(k) in floating point: used to estimate, never to decide. */
    abstract double signpost(long k);

    /** p / d(k) rounded at the signposts: the seats a unit gets for a divisor, estimated. */
    long round(double quotient) {
        double k = Math.floor(quotient);
        return quotient > signpost((long) k) ? (long) k + 1 : (long) k;
    }

    /**
     * Compares the priority of a unit of population {@code p1} holding {@code k1} seats with that of
     * a unit of population {@code p2} holding {@code k2}, exactly. A unit of population 0 has
     * priority 0. A populated unit whose signpost is 0 (its first seat under Adams, Dean and
     * Huntington–Hill) outranks every finite priority, and among such units the larger population
     * ranks first: the limit of p/ε as ε → 0, so that with fewer seats than units the largest are
     * seated (as martinlackner/apportionment does).
     */
    int comparePriorities(long p1, long k1, long p2, long k2) {
        if (p1 == 0 || p2 == 0) {
            return Boolean.compare(p1 != 0, p2 != 0);
        }
        long n1 = numerator(k1);
        long n2 = numerator(k2);
        if (n1 == 0 && n2 == 0) {
            return Long.compare(p1, p2);
        }
        if (n1 == 0 || n2 == 0) {
            return Boolean.compare(n1 == 0, n2 == 0);
        }
        double a = p1 / signpost(k1);
        double b = p2 / signpost(k2);
        if (a > b * (1 + FILTER)) {
            return 1;
        }
        if (b > a * (1 + FILTER)) {
            return -1;
        }
        // p1 / d1 vs p2 / d2  ⇔  p1^e · den1 · num2  vs  p2^e · den2 · num1 (all positive)
        BigInteger left = BigInteger.valueOf(p1).pow(exponent())
                .multiply(BigInteger.valueOf(denominator(k1))).multiply(BigInteger.valueOf(n2));
        BigInteger right = BigInteger.valueOf(p2).pow(exponent())
                .multiply(BigInteger.valueOf(denominator(k2))).multiply(BigInteger.valueOf(n1));
        return left.compareTo(right);
    }
}
