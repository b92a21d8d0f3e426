package org.seatwise.model.apportionment;

import java.math.BigInteger;

/** A non-negative exact rational for the reference implementations; infinity is 1/0. */
record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    static final Fraction INFINITY = new Fraction(BigInteger.ONE, BigInteger.ZERO);

    static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    static Fraction of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            return INFINITY;
        }
        BigInteger g = numerator.gcd(denominator);
        return g.signum() == 0 ? new Fraction(BigInteger.ZERO, BigInteger.ONE)
                : new Fraction(numerator.divide(g), denominator.divide(g));
    }

    Fraction plus(Fraction o) {
        return of(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    Fraction minus(Fraction o) {
        return of(numerator.multiply(o.denominator).subtract(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    Fraction times(Fraction o) {
        return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    Fraction dividedBy(Fraction o) {
        return of(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    BigInteger floor() {
        return numerator.divide(denominator);
    }

    Fraction fractionalPart() {
        return minus(of(floor(), BigInteger.ONE));
    }

    @Override
    public int compareTo(Fraction o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }
}
