package org.seatwise.model.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatwise.model.apportionment.Fixtures.seats;
import static org.seatwise.model.apportionment.LargestRemainderMethod.HAMILTON;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Hamilton's method: its defining property, its paradox, its bounds. */
class HamiltonTest {

    @Test
    @DisplayName("the Alabama paradox: raising the house from 10 to 11 seats costs the smallest state a seat")
    void alabamaParadox() {
        // Wikipedia, "Apportionment paradox", Alabama paradox example: states of 6, 6 and 2 (thousand)
        // people. Quotas at 10 seats 4.286, 4.286, 1.429 → 4, 4, 2; at 11 seats 4.714, 4.714, 1.571 → 5, 5, 1.
        assertThat(seats(HAMILTON, 10, 6_000, 6_000, 2_000)).containsExactly(4, 4, 2);
        assertThat(seats(HAMILTON, 11, 6_000, 6_000, 2_000)).containsExactly(5, 5, 1);
    }

    @Test
    @DisplayName("divisor methods never show the Alabama paradox on the same states")
    void divisorMethodsAvoidTheParadox() {
        for (DivisorMethod method : DivisorMethod.values()) {
            int[] ten = seats(method, 10, 6_000, 6_000, 2_000);
            int[] eleven = seats(method, 11, 6_000, 6_000, 2_000);
            for (int i = 0; i < 3; i++) {
                assertThat(eleven[i]).as("%s, state %d", method, i + 1).isGreaterThanOrEqualTo(ten[i]);
            }
        }
    }

    @Property(tries = 400)
    @Label("Hamilton stays within quota: every unit gets its quota rounded down or up")
    void quotaRule(@ForAll("populations") long[] population, @ForAll("houses") int house) {
        var result = Apportionment.apportion(ApportionmentRequest.of(HAMILTON, house, Fixtures.units(population)));
        long total = java.util.Arrays.stream(population).sum();
        for (int i = 0; i < population.length; i++) {
            // floor(p·h / P) ≤ seats ≤ ceil(p·h / P), in integers
            long whole = Math.floorDiv(population[i] * house, total);
            boolean exact = population[i] * house % total == 0;
            int seats = result.allocations().get(i).seats();
            assertThat(seats).isBetween((int) whole, (int) (exact ? whole : whole + 1));
        }
    }

    @Test
    @DisplayName("a one-seat minimum holds small units at one seat and shares the rest among the others by their quotas")
    void minimumHoldsSmallUnits() {
        // Populations 9,000, 6,000, 300, 100 and 10 seats: the two small units' quotas (0.2 and 0.07 of 10)
        // fall below 1, so they get 1 each and the 8 seats left are shared 9,000 : 6,000 → 4.8, 3.2 → 5, 3.
        var request = ApportionmentRequest.of(HAMILTON, 10, Fixtures.units(9_000, 6_000, 300, 100))
                .withBounds(SeatBounds.atLeast(1));

        assertThat(Apportionment.apportion(request).seatsPerUnit()).containsExactly(5, 3, 1, 1);
    }

    @Test
    @DisplayName("a maximum holds a large unit at the cap and shares the rest among the others by their quotas")
    void maximumCapsLargeUnits() {
        // 70 : 20 : 10 with 10 seats and at most 5 per unit: the first is held at 5, the other 5 seats
        // are shared 20 : 10 → 3.33, 1.67 → 3, 2.
        var request = ApportionmentRequest.of(HAMILTON, 10, Fixtures.units(70, 20, 10))
                .withBounds(new SeatBounds(0, 5));

        assertThat(Apportionment.apportion(request).seatsPerUnit()).containsExactly(5, 3, 2);
    }

    @Test
    @DisplayName("every allocation states its exact quota to six decimals")
    void quotaIsReported() {
        // 6,000 × 10 / 14,000 = 4.2857142… and 2,000 × 10 / 14,000 = 1.4285714…
        var result = Apportionment.apportion(ApportionmentRequest.of(HAMILTON, 10, Fixtures.units(6_000, 6_000, 2_000)));

        assertThat(result.allocations()).extracting(Allocation::quota)
                .containsExactly(new BigDecimal("4.285714"), new BigDecimal("4.285714"), new BigDecimal("1.428571"));
    }

    @Provide
    Arbitrary<long[]> populations() {
        return Arbitraries.longs().between(0, 10_000_000).array(long[].class).ofMinSize(1).ofMaxSize(40)
                .filter(p -> java.util.Arrays.stream(p).sum() > 0);
    }

    @Provide
    Arbitrary<Integer> houses() {
        return Arbitraries.integers().between(1, 500);
    }

}
