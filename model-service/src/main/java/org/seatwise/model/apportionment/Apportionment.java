package org.seatwise.model.apportionment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The one entry point of apportionment: {@link #apportion}. */
public final class Apportionment {

    /** Most units in one request. */
    public static final int MAX_UNITS = 1_000_000;
    /** Most seats in one request. */
    public static final int MAX_SEATS = 1_000_000_000;
    /** Largest population of one unit (keeps every total within a {@code long}). */
    public static final long MAX_POPULATION = 1_000_000_000_000L;

    private static final int QUOTA_SCALE = 6;

    private Apportionment() {
    }

    /**
     * Shares the seats among the units by the request's method.
     *
     * @throws InvalidInputException listing every problem of the input
     * @throws TieRefusedException   when the request refuses ties and the last seats are tied
     */
    public static ApportionmentResult apportion(ApportionmentRequest request) {
        List<InputError> errors = check(request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Unit> units = request.units();
        int n = units.size();
        int house = request.seats();
        long[] population = new long[n];
        String[] ids = new String[n];
        int[] lower = new int[n];
        int[] upper = new int[n];
        int minimum = request.bounds().minimum();
        int maximum = request.bounds().maximum() == null ? house : Math.min(request.bounds().maximum(), house);
        for (int i = 0; i < n; i++) {
            population[i] = units.get(i).population();
            ids[i] = units.get(i).id();
            lower[i] = minimum;
            upper[i] = population[i] == 0 ? minimum : maximum;
        }

        Shares shares = request.method() instanceof DivisorMethod divisor
                ? DivisorApportioner.apportion(divisor, population, lower, upper, house)
                : LargestRemainderApportioner.apportion(population, minimum, maximum, house);

        List<Tie> ties = List.of();
        if (shares.tied().length > 0) {
            List<String> tied = Arrays.stream(shares.tied()).mapToObj(i -> ids[i]).toList();
            Tie tie = new Tie(tied, shares.tiedSeats(), tied.subList(0, shares.tiedSeats()));
            if (request.tieRule() == TieRule.REFUSE) {
                throw new TieRefusedException(tie);
            }
            ties = List.of(tie);
        }

        long total = Arrays.stream(population).sum();
        List<Allocation> allocations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            allocations.add(new Allocation(ids[i], population[i], shares.seats()[i], quota(population[i], house, total)));
        }
        return new ApportionmentResult(request.method(), house, request.bounds(), allocations, ties, request.tieRule(),
                Malapportionment.indices(ids, population, shares.seats()));
    }

    /** Every reason the request cannot be computed; empty when it can. */
    public static List<InputError> check(ApportionmentRequest request) {
        List<InputError> errors = new ArrayList<>();
        if (request.method() == null) {
            errors.add(InputError.of("method", null, "is required; one of " + ApportionmentMethod.knownNames()));
        }
        int seats = request.seats();
        boolean seatsValid = seats >= 1 && seats <= MAX_SEATS;
        if (!seatsValid) {
            errors.add(InputError.of("seats", seats, "must be between 1 and " + MAX_SEATS));
        }
        SeatBounds bounds = request.bounds();
        boolean boundsValid = true;
        if (bounds.minimum() < 0) {
            errors.add(InputError.of("minimumPerUnit", bounds.minimum(), "must not be negative"));
            boundsValid = false;
        }
        if (bounds.maximum() != null && bounds.maximum() < Math.max(1, bounds.minimum())) {
            errors.add(InputError.of("maximumPerUnit", bounds.maximum(),
                    "must be at least 1 and at least the minimum per unit (" + bounds.minimum() + ")"));
            boundsValid = false;
        }
        List<Unit> units = request.units();
        if (units == null || units.isEmpty()) {
            errors.add(InputError.of("units", null, "at least one unit is required"));
            return errors;
        }
        if (units.size() > MAX_UNITS) {
            errors.add(InputError.of("units", units.size() + " units",
                    "at most " + MAX_UNITS + " units can be apportioned in one request"));
            return errors;
        }
        boolean unitsValid = checkUnits(units, errors);
        if (!seatsValid || !boundsValid || !unitsValid) {
            return errors;
        }
        checkFeasible(seats, bounds, units, errors);
        return errors;
    }

    /**
     * The checks of each unit alone and against the others (ids present and unique, populations
     * within range), for callers that must report them before a whole request can be formed.
     */
    public static List<InputError> checkUnits(List<Unit> units) {
        List<InputError> errors = new ArrayList<>();
        checkUnits(units, errors);
        return errors;
    }

    private static boolean checkUnits(List<Unit> units, List<InputError> errors) {
        int before = errors.size();
        Map<String, Integer> firstRow = new HashMap<>(units.size() * 4 / 3 + 1);
        for (int i = 0; i < units.size(); i++) {
            checkUnit(i, units.get(i).id(), units.get(i).population(), firstRow, errors);
        }
        return errors.size() == before;
    }

    /**
     * The checks every unit of an apportionment or a malapportionment measure passes: an id of its own
     * ({@code firstRow} remembers where each id was first seen) and a population within range.
     *
     * @return whether the population is usable
     */
    static boolean checkUnit(int row, String id, long population, Map<String, Integer> firstRow,
            List<InputError> errors) {
        if (id == null || id.isBlank()) {
            errors.add(InputError.atRow(row, "id", id, "is required"));
        } else {
            Integer first = firstRow.putIfAbsent(id, row + 1);
            if (first != null) {
                errors.add(InputError.atRow(row, "id", id, "duplicates the id of unit " + first));
            }
        }
        if (population < 0) {
            errors.add(InputError.atRow(row, "population", population, "must not be negative"));
            return false;
        }
        if (population > MAX_POPULATION) {
            errors.add(InputError.atRow(row, "population", population, "must not exceed " + MAX_POPULATION));
            return false;
        }
        return true;
    }

    private static void checkFeasible(int seats, SeatBounds bounds, List<Unit> units, List<InputError> errors) {
        long n = units.size();
        long minimumSeats = n * bounds.minimum();
        if (minimumSeats > seats) {
            errors.add(InputError.of("minimumPerUnit", bounds.minimum(), n + " units × minimum " + bounds.minimum()
                    + " = " + minimumSeats + " seats, more than the " + seats + " seats to share"));
            return;
        }
        if (bounds.maximum() != null && n * bounds.maximum() < seats) {
            errors.add(InputError.of("maximumPerUnit", bounds.maximum(), n + " units × maximum " + bounds.maximum()
                    + " = " + n * bounds.maximum() + " seats, fewer than the " + seats + " seats to share"));
            return;
        }
        long populated = units.stream().filter(u -> u.population() > 0).count();
        if (populated == 0) {
            errors.add(InputError.of("units", null, "the total population is 0: there is nothing to apportion by"));
            return;
        }
        long capacity = (n - populated) * bounds.minimum()
                + populated * (bounds.maximum() == null ? seats : (long) bounds.maximum());
        if (capacity < seats) {
            errors.add(InputError.of("maximumPerUnit", bounds.maximum(), "units of population 0 receive only the "
                    + "minimum, so at most " + capacity + " of the " + seats + " seats can be given"));
        }
    }

    /** population × house / total, half-even to six decimals. */
    private static BigDecimal quota(long population, int house, long total) {
        long hi = Math.multiplyHigh(population, house);
        long product = population * house;
        if (hi == 0 && product >= 0 && product <= Long.MAX_VALUE / 1_000_000) {
            return BigDecimal.valueOf(divideHalfEven(product * 1_000_000, total), QUOTA_SCALE);
        }
        return new BigDecimal(BigInteger.valueOf(population).multiply(BigInteger.valueOf(house)))
                .divide(BigDecimal.valueOf(total), QUOTA_SCALE, RoundingMode.HALF_EVEN);
    }

    private static long divideHalfEven(long dividend, long divisor) {
        long q = dividend / divisor;
        long r = dividend % divisor;
        int half = Long.compare(r, divisor - r);
        return half > 0 || half == 0 && (q & 1) == 1 ? q + 1 : q;
    }
}
