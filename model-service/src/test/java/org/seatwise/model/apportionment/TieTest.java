package org.seatwise.model.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A tie is a result: named, resolved by the stated rule, or refused. */
class TieTest {

    static Stream<ApportionmentMethod> allMethods() {
        return ApportionmentMethod.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allMethods")
    @DisplayName("three equal units sharing four seats are tied for the fourth, which goes to the first listed")
    void equalUnitsTieForTheLastSeat(ApportionmentMethod method) {
        var result = Apportionment.apportion(ApportionmentRequest.of(method, 4, Fixtures.units(11, 11, 11)));

        assertThat(result.seatsPerUnit()).containsExactly(2, 1, 1);
        assertThat(result.ties()).containsExactly(new Tie(List.of("u1", "u2", "u3"), 1, List.of("u1")));
        assertThat(result.tieRule()).isEqualTo(TieRule.REQUEST_ORDER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allMethods")
    @DisplayName("the tied seat follows the order of the request, not the ids")
    void requestOrderDecides(ApportionmentMethod method) {
        var units = List.of(new Unit("C", 11), new Unit("A", 11), new Unit("B", 11));

        var result = Apportionment.apportion(ApportionmentRequest.of(method, 4, units));

        assertThat(result.ties().get(0).awardedTo()).containsExactly("C");
        assertThat(result.seatsPerUnit()).containsExactly(2, 1, 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allMethods")
    @DisplayName("a request that refuses ties gets an error naming the tied units instead of an allocation")
    void tiesCanBeRefused(ApportionmentMethod method) {
        var request = ApportionmentRequest.of(method, 4, Fixtures.units(11, 11, 11)).withTieRule(TieRule.REFUSE);

        assertThatThrownBy(() -> Apportionment.apportion(request)).isInstanceOfSatisfying(TieRefusedException.class,
                e -> assertThat(e.tie().units()).containsExactly("u1", "u2", "u3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allMethods")
    @DisplayName("equal units that all receive a seat are not tied: 12, 12, 11, 12 with 3 seats (martinlackner test_no_ties_allowed2)")
    void equalUnitsAllSeatedAreNoTie(ApportionmentMethod method) {
        var request = ApportionmentRequest.of(method, 3, Fixtures.units(12, 12, 11, 12)).withTieRule(TieRule.REFUSE);

        var result = Apportionment.apportion(request);

        assertThat(result.seatsPerUnit()).containsExactly(1, 1, 0, 1);
        assertThat(result.ties()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allMethods")
    @DisplayName("2, 1, 1, 2, 2 with 2 seats: the three units of 2 tie for two seats (martinlackner test_tiebreaking)")
    void threeLargestTieForTwoSeats(ApportionmentMethod method) {
        var result = Apportionment.apportion(ApportionmentRequest.of(method, 2, Fixtures.units(2, 1, 1, 2, 2)));

        assertThat(result.seatsPerUnit()).containsExactly(1, 0, 0, 1, 0);
        assertThat(result.ties()).containsExactly(new Tie(List.of("u1", "u4", "u5"), 2, List.of("u1", "u4")));
    }

    @Test
    @DisplayName("Huntington–Hill finds the exact tie of 1,000/√2 and 6,000/√72 for the tenth seat")
    void huntingtonHillIrrationalTie() {
        // 1,000 holding 1 seat has priority 1000/√(1·2); 6,000 holding 8 has 6000/√(8·9) = 1000/√2.
        // After the first two seats, 6,000 wins seats 3–9 (its priorities 4243, 2449, …, 802 all
        // exceed 707.1), so the tenth seat is tied. In double the two differ in the last digit
        // (707.1067811865474 and …476), so only exact arithmetic sees the tie.
        var result = Apportionment.apportion(
                ApportionmentRequest.of(DivisorMethod.HUNTINGTON_HILL, 10, Fixtures.units(1_000, 6_000)));

        assertThat(result.ties()).containsExactly(new Tie(List.of("u1", "u2"), 1, List.of("u1")));
        assertThat(result.seatsPerUnit()).containsExactly(2, 8);
    }

    @Test
    @DisplayName("Dean finds the exact tie of 28 holding 1 seat and 72 holding 3 for the fifth seat")
    void deanRationalTie() {
        // Dean's signposts d(k) = k(k+1)/(k+½): d(1) = 4/3, d(2) = 12/5, d(3) = 24/7. Both units get a
        // first seat; 72 then wins the third and fourth (54, 30 against 21); for the fifth,
        // 28/(4/3) = 21 = 72/(24/7).
        var result = Apportionment.apportion(ApportionmentRequest.of(DivisorMethod.DEAN, 5, Fixtures.units(28, 72)));

        assertThat(result.ties()).containsExactly(new Tie(List.of("u1", "u2"), 1, List.of("u1")));
        assertThat(result.seatsPerUnit()).containsExactly(2, 3);
    }
}
