package org.seatwise.model.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every method agrees with the textbook reference on random inputs, and the divisor methods keep
 * the properties that define them (Balinski &amp; Young, Fair Representation, 2nd ed. 2001, ch. 6–7 and
 * Appendix A).
 */
class ApportionmentPropertiesTest {

    /** One random apportionment: always feasible. */
    record Case(ApportionmentMethod method, long[] population, int seats, int minimum, Integer maximum) {

        ApportionmentRequest request() {
            return new ApportionmentRequest(method, seats, new SeatBounds(minimum, maximum), Fixtures.units(population),
                    TieRule.REQUEST_ORDER);
        }

        boolean feasible(int house) {
            return Apportionment.check(request().withSeats(house)).isEmpty();
        }

        @Override
        public String toString() {
            return method.id() + " " + Arrays.toString(population) + " seats=" + seats + " min=" + minimum + " max="
                    + maximum;
        }
    }

    @Property(tries = 1500)
    @Label("every method gives the seats and ties of the one-seat-at-a-time reference, with zeros, minimum and maximum")
    void agreesWithTheReference(@ForAll("cases") Case c) {
        var result = Apportionment.apportion(c.request());
        var reference = ReferenceApportionment.apportion(c.method(), c.population(), c.minimum(), c.maximum(), c.seats());

        assertThat(result.seatsPerUnit()).as(c.toString()).containsExactly(reference.seats());
        if (reference.tied().isEmpty()) {
            assertThat(result.ties()).as(c.toString()).isEmpty();
        } else {
            List<String> tied = reference.tied().stream().map(i -> "u" + (i + 1)).toList();
            assertThat(result.ties()).as(c.toString())
                    .containsExactly(new Tie(tied, reference.tiedSeats(), tied.subList(0, reference.tiedSeats())));
        }
    }

    @Property(tries = 300)
    @Label("large populations near the rounding signposts still agree with the reference")
    void agreesWithTheReferenceOnLargePopulations(@ForAll("largeCases") Case c) {
        var result = Apportionment.apportion(c.request());
        var reference = ReferenceApportionment.apportion(c.method(), c.population(), c.minimum(), c.maximum(), c.seats());

        assertThat(result.seatsPerUnit()).as(c.toString()).containsExactly(reference.seats());
    }

    @Property(tries = 300, maxDiscardRatio = 20)
    @Label("divisor methods are house monotone: one more seat takes a seat from no unit")
    void houseMonotone(@ForAll("divisorCases") Case c) {
        Assume.that(c.feasible(c.seats() + 1));
        int[] before = Apportionment.apportion(c.request()).seatsPerUnit();
        int[] after = Apportionment.apportion(c.request().withSeats(c.seats() + 1)).seatsPerUnit();

        for (int i = 0; i < before.length; i++) {
            assertThat(after[i]).as("%s, unit %d", c, i + 1).isGreaterThanOrEqualTo(before[i]);
        }
    }

    @Property(tries = 300, maxDiscardRatio = 20)
    @Label("divisor methods are free of the population paradox: a unit whose population grows relative to another's never loses a seat to it")
    void populationMonotone(@ForAll("divisorCases") Case c, @ForAll("growth") double[] growth) {
        long[] grown = new long[c.population().length];
        for (int i = 0; i < grown.length; i++) {
            grown[i] = Math.round(c.population()[i] * growth[i % growth.length]);
        }
        Case changed = new Case(c.method(), grown, c.seats(), c.minimum(), c.maximum());
        Assume.that(changed.feasible(c.seats()));
        var before = Apportionment.apportion(c.request());
        var after = Apportionment.apportion(changed.request());
        Assume.that(before.ties().isEmpty() && after.ties().isEmpty());

        long[] p = c.population();
        int[] k = before.seatsPerUnit();
        int[] kk = after.seatsPerUnit();
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (i == j || p[i] == 0 || p[j] == 0 || grown[i] == 0 || grown[j] == 0) {
                    continue;
                }
                // p'_i / p'_j ≥ p_i / p_j  ⇒  not (i loses a seat while j gains one)
                boolean relativelyGrew = Exact.compareProducts(grown[i], p[j], grown[j], p[i]) >= 0;
                if (relativelyGrew) {
                    assertThat(kk[i] < k[i] && kk[j] > k[j]).as("%s → %s, units %d and %d", c,
                            Arrays.toString(grown), i + 1, j + 1).isFalse();
                }
            }
        }
    }

    @Property(tries = 500)
    @Label("every allocation sums to the seats and keeps every unit within its minimum and maximum")
    void totalsAndBounds(@ForAll("cases") Case c) {
        int[] seats = Apportionment.apportion(c.request()).seatsPerUnit();

        assertThat(Arrays.stream(seats).sum()).isEqualTo(c.seats());
        for (int i = 0; i < seats.length; i++) {
            assertThat(seats[i]).isGreaterThanOrEqualTo(c.minimum());
            if (c.maximum() != null) {
                assertThat(seats[i]).isLessThanOrEqualTo(c.maximum());
            }
            if (c.population()[i] == 0) {
                assertThat(seats[i]).as("unit of population 0").isEqualTo(c.minimum());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DivisorMethod.class)
    @DisplayName("at scale (2,000 units, 30,000 seats, one-seat minimum) the estimate-and-correct path equals the reference")
    void agreesAtScale(DivisorMethod method) {
        Random random = new Random(20_250_707L);
        long[] population = new long[2_000];
        for (int i = 0; i < population.length; i++) {
            population[i] = 1 + (long) (Math.pow(random.nextDouble(), 3) * 50_000_000);
        }
        var request = new ApportionmentRequest(method, 30_000, SeatBounds.atLeast(1), Fixtures.units(population),
                TieRule.REQUEST_ORDER);

        int[] seats = Apportionment.apportion(request).seatsPerUnit();

        assertThat(seats).containsExactly(ReferenceApportionment.apportion(method, population, 1, null, 30_000).seats());
    }

    @Provide
    Arbitrary<Case> cases() {
        return cases(Arbitraries.of(ApportionmentMethod.all()), smallPopulations());
    }

    @Provide
    Arbitrary<Case> divisorCases() {
        return cases(Arbitraries.of(DivisorMethod.values()).map(m -> (ApportionmentMethod) m), smallPopulations());
    }

    @Provide
    Arbitrary<Case> largeCases() {
        Arbitrary<long[]> large = Arbitraries.longs().between(1, Apportionment.MAX_POPULATION)
                .array(long[].class).ofMinSize(1).ofMaxSize(30);
        return cases(Arbitraries.of(ApportionmentMethod.all()), large);
    }

    @Provide
    Arbitrary<double[]> growth() {
        return Arbitraries.doubles().between(0.5, 2.0).array(double[].class).ofMinSize(1).ofMaxSize(5);
    }

    /** Small values make ties frequent; zeros appear often. */
    private static Arbitrary<long[]> smallPopulations() {
        Arbitrary<Long> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, 12)),
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, 100_000)));
        return value.array(long[].class).ofMinSize(1).ofMaxSize(20);
    }

    private static Arbitrary<Case> cases(Arbitrary<ApportionmentMethod> methods, Arbitrary<long[]> populations) {
        Arbitrary<long[]> populated = populations.map(p -> {
            if (Arrays.stream(p).allMatch(x -> x == 0)) {
                p[0] = 1;
            }
            return p;
        });
        return Combinators.combine(methods, populated, Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 120), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 2)).as((method, p, minimum, extra, cap, capKind) -> {
                    int n = p.length;
                    int seats = Math.max(1, n * minimum + extra);
                    Integer maximum = capKind == 0 ? null : Math.max(Math.max(1, minimum), cap);
                    Case c = new Case(method, p, seats, minimum, maximum);
                    return c.feasible(seats) ? c : new Case(method, p, seats, minimum, null);
                });
    }
}
