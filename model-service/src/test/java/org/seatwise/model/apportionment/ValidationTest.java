package org.seatwise.model.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input is refused with every reason, each naming its field (and unit). */
class ValidationTest {

    private static List<InputError> errorsOf(ApportionmentRequest request) {
        return Apportionment.check(request);
    }

    private static ApportionmentRequest webster(int seats, List<Unit> units) {
        return ApportionmentRequest.of(DivisorMethod.WEBSTER, seats, units);
    }

    @Test
    @DisplayName("a negative population is refused, naming the unit's row and the value")
    void negativePopulation() {
        var units = List.of(new Unit("A", 10), new Unit("B", -5));

        assertThat(errorsOf(webster(3, units)))
                .containsExactly(new InputError(2, "population", "-5", "must not be negative"));
    }

    @Test
    @DisplayName("a population of zero is accepted")
    void zeroPopulationIsAccepted() {
        assertThat(errorsOf(webster(3, List.of(new Unit("A", 10), new Unit("B", 0))))).isEmpty();
    }

    @Test
    @DisplayName("a repeated id is refused on the later row, naming the earlier one")
    void duplicateIds() {
        var units = List.of(new Unit("A", 10), new Unit("B", 20), new Unit("A", 30));

        assertThat(errorsOf(webster(3, units)))
                .containsExactly(new InputError(3, "id", "A", "duplicates the id of unit 1"));
    }

    @Test
    @DisplayName("more minimum seats than seats are refused on minimumPerUnit with the arithmetic")
    void minimumExceedsSeats() {
        var request = webster(5, Fixtures.units(1, 2, 3)).withBounds(SeatBounds.atLeast(2));

        assertThat(errorsOf(request)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("minimumPerUnit");
            assertThat(e.reason()).contains("3 units × minimum 2 = 6 seats, more than the 5 seats");
        });
    }

    @Test
    @DisplayName("a maximum that cannot hold all the seats is refused on maximumPerUnit with the arithmetic")
    void maximumTooSmall() {
        var request = webster(10, Fixtures.units(1, 2, 3)).withBounds(new SeatBounds(0, 3));

        assertThat(errorsOf(request)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("maximumPerUnit");
            assertThat(e.reason()).contains("3 units × maximum 3 = 9 seats, fewer than the 10 seats");
        });
    }

    @Test
    @DisplayName("seats that only units of population 0 could take are refused")
    void zeroPopulationCannotAbsorbSeats() {
        var request = webster(5, Fixtures.units(10, 0, 0)).withBounds(new SeatBounds(0, 2));

        assertThat(errorsOf(request)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("maximumPerUnit");
            assertThat(e.reason()).contains("at most 2 of the 5 seats");
        });
    }

    @Test
    @DisplayName("a total population of zero is refused: there is nothing to share by")
    void nobodyAtAll() {
        assertThat(errorsOf(webster(2, Fixtures.units(0, 0)))).extracting(InputError::field).containsExactly("units");
    }

    @Test
    @DisplayName("zero seats are refused")
    void zeroSeats() {
        assertThat(errorsOf(webster(0, Fixtures.units(1, 2)))).extracting(InputError::field).containsExactly("seats");
    }

    @Test
    @DisplayName("every bad field is listed at once, not only the first")
    void allErrorsTogether() {
        var units = List.of(new Unit("A", -1), new Unit("A", 20), new Unit(" ", 5));
        var request = new ApportionmentRequest(null, -3, new SeatBounds(-1, null), units, TieRule.REQUEST_ORDER);

        assertThat(errorsOf(request)).extracting(InputError::row, InputError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "method"),
                org.assertj.core.groups.Tuple.tuple(null, "seats"),
                org.assertj.core.groups.Tuple.tuple(null, "minimumPerUnit"),
                org.assertj.core.groups.Tuple.tuple(1, "population"),
                org.assertj.core.groups.Tuple.tuple(2, "id"),
                org.assertj.core.groups.Tuple.tuple(3, "id"));
    }

    @Test
    @DisplayName("a missing method is refused with the list of known methods and aliases")
    void missingMethodListsKnownOnes() {
        var request = new ApportionmentRequest(null, 3, null, Fixtures.units(1, 2), null);

        assertThat(errorsOf(request)).singleElement().satisfies(e -> assertThat(e.reason())
                .contains("hamilton", "jefferson", "dhondt", "webster", "sainte-lague", "huntington-hill", "adams",
                        "dean"));
    }

    @Test
    @DisplayName("method names are found by name or alias, whatever their case, and unknown names by none")
    void methodNames() {
        assertThat(ApportionmentMethod.named("D'Hondt")).isEmpty();
        assertThat(ApportionmentMethod.named(" DHONDT ")).contains(DivisorMethod.JEFFERSON);
        assertThat(ApportionmentMethod.named("sainte-lague")).contains(DivisorMethod.WEBSTER);
        assertThat(ApportionmentMethod.named("Huntington-Hill")).contains(DivisorMethod.HUNTINGTON_HILL);
        assertThat(ApportionmentMethod.named("hamilton")).contains(LargestRemainderMethod.HAMILTON);
        assertThat(ApportionmentMethod.named("borda")).isEmpty();
    }

    @Test
    @DisplayName("more than 1,000,000 units are refused before any unit is examined")
    void tooManyUnits() {
        Unit same = new Unit("x", 1);
        List<Unit> many = new AbstractList<>() {
            @Override
            public Unit get(int index) {
                return same;
            }

            @Override
            public int size() {
                return Apportionment.MAX_UNITS + 1;
            }
        };

        assertThat(errorsOf(webster(5, many))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("units");
            assertThat(e.reason()).contains("at most 1000000 units");
        });
    }

    @Test
    @DisplayName("computing an invalid request throws the same list of errors")
    void apportionThrows() {
        var request = webster(3, List.of(new Unit("A", -1)));

        assertThatThrownBy(() -> Apportionment.apportion(request)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).isEqualTo(Apportionment.check(request)));
    }
}
