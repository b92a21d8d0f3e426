package org.seatwise.model.sizing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Roots and powers in {@link BigDecimal} to 34 significant digits, exact where the answer is a whole
 * or half number of seats: those are the values where floor, ceiling or half-up rounding would fall
 * on the wrong side if computed approximately (a {@code double} gives 10000^0.5 = 99.99999999999999
 * on some paths).
 */
final class DecimalMath {

    static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final MathContext WORK = new MathContext(60, RoundingMode.HALF_EVEN);
    /** Closer than this to a half-integer, the candidate is checked exactly. */
    private static final BigDecimal NEAR = new BigDecimal("1e-24");
    /** Exponents p/q with a larger numerator or denominator are not checked exactly. */
    private static final int MAX_EXACT_TERM = 1000;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private DecimalMath() {
    }

    /** x^(1/3) for x ≥ 0; exact when x is the cube of a whole or half number. */
    static BigDecimal cubeRoot(BigDecimal x) {
        if (x.signum() < 0) {
            throw new IllegalArgumentException("cube root of a negative number: " + x);
        }
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal y = exp(ln(x).divide(BigDecimal.valueOf(3), WORK));
        BigDecimal three = BigDecimal.valueOf(3);
        for (int i = 0; i < 3; i++) {
            y = y.multiply(TWO).add(x.divide(y.multiply(y), WORK)).divide(three, WORK);
        }
        BigDecimal half = nearestHalf(y);
        if (half != null && half.pow(3).compareTo(x) == 0) {
            return half.stripTrailingZeros();
        }
        return y.round(PRECISION);
    }

    /**
     * a · n^b for a > 0, n ≥ 0 and b > 0; exact when the value is a whole or half number and b is a
     * fraction p/q with p, q ≤ 1000 (checked as n^p · (2A)^q = (m · 10^s)^q with a = A/10^s and the
     * candidate value m/2).
     */
    static BigDecimal scaledPower(BigDecimal a, long n, BigDecimal b) {
        if (n < 0) {
            throw new IllegalArgumentException("population must not be negative: " + n);
        }
        if (n == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal y = a.multiply(exp(b.multiply(ln(BigDecimal.valueOf(n)), WORK)), WORK);
        BigDecimal half = nearestHalf(y);
        if (half != null && isExactScaledPower(a, n, b, half)) {
            return half.stripTrailingZeros();
        }
        return y.round(PRECISION);
    }

    private static boolean isExactScaledPower(BigDecimal a, long n, BigDecimal b, BigDecimal candidate) {
        BigDecimal bs = b.stripTrailingZeros();
        BigInteger p = bs.scale() > 0 ? bs.unscaledValue() : bs.toBigIntegerExact();
        BigInteger q = bs.scale() > 0 ? BigInteger.TEN.pow(bs.scale()) : BigInteger.ONE;
        BigInteger g = p.gcd(q);
        p = p.divide(g);
        q = q.divide(g);
        if (p.compareTo(BigInteger.valueOf(MAX_EXACT_TERM)) > 0 || q.compareTo(BigInteger.valueOf(MAX_EXACT_TERM)) > 0) {
            return false;
        }
        int pi = p.intValueExact();
        int qi = q.intValueExact();
        // a · n^(p/q) = m/2  ⇔  n^p · (2a)^q = m^q; scale both sides by 10^(s·q) to stay in integers.
        BigDecimal as = a.stripTrailingZeros();
        int s = Math.max(0, as.scale());
        BigInteger aInt = as.movePointRight(s).toBigIntegerExact();
        BigInteger m = candidate.multiply(TWO).toBigIntegerExact();
        BigInteger left = BigInteger.valueOf(n).pow(pi).multiply(aInt.shiftLeft(1).pow(qi));
        BigInteger right = m.multiply(BigInteger.TEN.pow(s)).pow(qi);
        return left.equals(right);
    }

    /** The whole or half number within {@link #NEAR} of y, or null. */
    private static BigDecimal nearestHalf(BigDecimal y) {
        BigDecimal twice = y.multiply(TWO);
        BigDecimal m = twice.setScale(0, RoundingMode.HALF_EVEN);
        if (twice.subtract(m).abs().compareTo(NEAR) < 0) {
            return m.divide(TWO);
        }
        return null;
    }

    /** Natural logarithm of x > 0 by Halley's iteration on exp, from the double estimate. */
    static BigDecimal ln(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new IllegalArgumentException("logarithm of a non-positive number: " + x);
        }
        BigDecimal y = new BigDecimal(Math.log(x.doubleValue()), WORK);
        for (int i = 0; i < 5; i++) {
            BigDecimal e = exp(y);
            // y ← y + 2 (x − e^y) / (x + e^y): cubic convergence, 16 → 48 → 60+ digits.
            y = y.add(TWO.multiply(x.subtract(e)).divide(x.add(e), WORK), WORK);
        }
        return y;
    }

    /** e^x by halving the argument until it is small, the Taylor series, then squaring back. */
    static BigDecimal exp(BigDecimal x) {
        int halvings = 0;
        BigDecimal r = x;
        BigDecimal limit = new BigDecimal("0.125");
        while (r.abs().compareTo(limit) > 0) {
            r = r.divide(TWO, WORK);
            halvings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(WORK.getPrecision() + 5);
        for (int k = 1; k < 200; k++) {
            term = term.multiply(r, WORK).divide(BigDecimal.valueOf(k), WORK);
            sum = sum.add(term, WORK);
            if (term.abs().compareTo(epsilon) < 0) {
                break;
            }
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, WORK);
        }
        return sum;
    }
}
