package org.seatwise.model.apportionment;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The one entry point of malapportionment: {@link #measure}. */
public final class Malapportionment {

    /** Venice Commission tolerance, 10 %, as the fraction 1/10. */
    private static final long TOLERANCE_NUMERATOR = 1;
    private static final long TOLERANCE_DENOMINATOR = 10;
    /** Venice Commission outer limit, 15 %, as the fraction 3/20. */
    private static final long OUTER_NUMERATOR = 3;
    private static final long OUTER_DENOMINATOR = 20;

    private Malapportionment() {
    }

    /**
     * The indices of an existing distribution.
     *
     * @throws InvalidInputException listing every problem of the input
     */
    public static MalapportionmentIndices measure(List<Representation> units) {
        List<InputError> errors = check(units);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int n = units.size();
        String[] ids = new String[n];
        long[] population = new long[n];
        int[] seats = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = units.get(i).id();
            population[i] = units.get(i).population();
            seats[i] = units.get(i).seats();
        }
        return indices(ids, population, seats);
    }

    /** Every reason the distribution cannot be measured; empty when it can. */
    public static List<InputError> check(List<Representation> units) {
        List<InputError> errors = new ArrayList<>();
        if (units == null || units.isEmpty()) {
            errors.add(InputError.of("units", null, "at least one unit is required"));
            return errors;
        }
        if (units.size() > Apportionment.MAX_UNITS) {
            errors.add(InputError.of("units", units.size() + " units",
                    "at most " + Apportionment.MAX_UNITS + " units can be measured in one request"));
            return errors;
        }
        Map<String, Integer> firstRow = new HashMap<>(units.size() * 4 / 3 + 1);
        long population = 0;
        long seats = 0;
        for (int i = 0; i < units.size(); i++) {
            Representation unit = units.get(i);
            if (Apportionment.checkUnit(i, unit.id(), unit.population(), firstRow, errors)) {
                population += unit.population();
            }
            if (unit.seats() < 0) {
                errors.add(InputError.atRow(i, "seats", unit.seats(), "must not be negative"));
            } else {
                seats += unit.seats();
            }
        }
        if (errors.isEmpty() && population == 0) {
            errors.add(InputError.of("units", null, "the total population is 0: there is no ideal to measure against"));
        }
        if (errors.isEmpty() && seats == 0) {
            errors.add(InputError.of("units", null, "no unit holds a seat: there is no ideal to measure against"));
        }
        if (errors.isEmpty() && seats > Apportionment.MAX_SEATS) {
            errors.add(InputError.of("units", seats + " seats", "at most " + Apportionment.MAX_SEATS + " seats in total"));
        }
        return errors;
    }

    /** The indices of valid input: total population and total seats positive. */
    static MalapportionmentIndices indices(String[] ids, long[] population, int[] seats) {
        int n = ids.length;
        long totalPopulation = 0;
        long totalSeats = 0;
        for (int i = 0; i < n; i++) {
            totalPopulation += population[i];
            totalSeats += seats[i];
        }
        double ideal = (double) totalPopulation / totalSeats;
        double absoluteGap = 0;
        double squaredGap = 0;
        double maxDeviation = 0;
        double sumDeviation = 0;
        int represented = 0;
        int considered = 0;
        int beyondTolerance = 0;
        int beyondOuter = 0;
        int unrepresented = 0;
        List<UnitDeviation> deviations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double gap = 100.0 * seats[i] / totalSeats - 100.0 * population[i] / totalPopulation;
            absoluteGap += Math.abs(gap);
            squaredGap += gap * gap;
            Double perSeat = null;
            Double deviation = null;
            VeniceTolerance venice;
            if (seats[i] > 0) {
                perSeat = (double) population[i] / seats[i];
                deviation = 100.0 * (perSeat / ideal - 1);
                represented++;
                maxDeviation = Math.max(maxDeviation, Math.abs(deviation));
                sumDeviation += Math.abs(deviation);
                venice = standing(population[i], seats[i], totalPopulation, totalSeats);
            } else if (population[i] > 0) {
                unrepresented++;
                venice = VeniceTolerance.BEYOND_OUTER_LIMIT;
            } else {
                venice = VeniceTolerance.NOT_APPLICABLE;
            }
            if (venice != VeniceTolerance.NOT_APPLICABLE) {
                considered++;
            }
            if (venice == VeniceTolerance.BEYOND_TOLERANCE || venice == VeniceTolerance.BEYOND_OUTER_LIMIT) {
                beyondTolerance++;
            }
            if (venice == VeniceTolerance.BEYOND_OUTER_LIMIT) {
                beyondOuter++;
            }
            deviations.add(new UnitDeviation(ids[i], population[i], seats[i], perSeat, deviation, venice));
        }
        return new MalapportionmentIndices(absoluteGap / 2, Math.sqrt(squaredGap / 2), ideal, maxDeviation,
                represented == 0 ? 0 : sumDeviation / represented, considered, beyondTolerance, beyondOuter,
                100.0 * beyondTolerance / considered, 100.0 * beyondOuter / considered, unrepresented, deviations);
    }

    /**
     * Exactly: |p/s − P/S| > (a/b)·P/S  ⇔  b·|p·S − P·s| > a·P·s, for a unit with s &gt; 0 seats.
     */
    private static VeniceTolerance standing(long p, long s, long totalP, long totalS) {
        if (fitsTwentyFold(p, totalS) && fitsTwentyFold(totalP, s)) {
            long gap = Math.abs(p * totalS - totalP * s);
            long share = totalP * s;
            if (beyond(gap, share, OUTER_NUMERATOR, OUTER_DENOMINATOR)) {
                return VeniceTolerance.BEYOND_OUTER_LIMIT;
            }
            return beyond(gap, share, TOLERANCE_NUMERATOR, TOLERANCE_DENOMINATOR)
                    ? VeniceTolerance.BEYOND_TOLERANCE : VeniceTolerance.WITHIN_TOLERANCE;
        }
        BigInteger share = BigInteger.valueOf(totalP).multiply(BigInteger.valueOf(s));
        BigInteger gap = BigInteger.valueOf(p).multiply(BigInteger.valueOf(totalS)).subtract(share).abs();
        if (beyond(gap, share, OUTER_NUMERATOR, OUTER_DENOMINATOR)) {
            return VeniceTolerance.BEYOND_OUTER_LIMIT;
        }
        return beyond(gap, share, TOLERANCE_NUMERATOR, TOLERANCE_DENOMINATOR) ? VeniceTolerance.BEYOND_TOLERANCE
                : VeniceTolerance.WITHIN_TOLERANCE;
    }

    /** Whether x·y, and twenty times it, fit in a long (x, y non-negative). */
    private static boolean fitsTwentyFold(long x, long y) {
        return Math.multiplyHigh(x, y) == 0 && x * y >= 0 && x * y <= Long.MAX_VALUE / 20;
    }

    private static boolean beyond(long gap, long share, long a, long b) {
        return gap * b > share * a;
    }

    private static boolean beyond(BigInteger gap, BigInteger share, long a, long b) {
        return gap.multiply(BigInteger.valueOf(b)).compareTo(share.multiply(BigInteger.valueOf(a))) > 0;
    }
}
