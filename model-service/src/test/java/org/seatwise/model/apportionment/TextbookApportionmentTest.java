package org.seatwise.model.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatwise.model.apportionment.DivisorMethod.ADAMS;
import static org.seatwise.model.apportionment.DivisorMethod.DEAN;
import static org.seatwise.model.apportionment.DivisorMethod.HUNTINGTON_HILL;
import static org.seatwise.model.apportionment.DivisorMethod.JEFFERSON;
import static org.seatwise.model.apportionment.DivisorMethod.WEBSTER;
import static org.seatwise.model.apportionment.Fixtures.seats;
import static org.seatwise.model.apportionment.LargestRemainderMethod.HAMILTON;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Apportionments published by authorities, recomputed. */
class TextbookApportionmentTest {

    // Balinski & Young, "The quota method of apportionment", American Mathematical Monthly 82 (1975)
    // 701–730, example 1: populations 5117, 4400, 162, 161, 160 and 100 seats (as in
    // martinlackner/apportionment tests/test_methods.py, test_balinski_young_example1).
    static Stream<Arguments> balinskiYoungExample1() {
        return Stream.of(
                Arguments.of(HAMILTON, new int[] {51, 44, 2, 2, 1}),
                Arguments.of(JEFFERSON, new int[] {52, 45, 1, 1, 1}),
                Arguments.of(WEBSTER, new int[] {51, 43, 2, 2, 2}),
                Arguments.of(HUNTINGTON_HILL, new int[] {51, 43, 2, 2, 2}),
                Arguments.of(ADAMS, new int[] {51, 43, 2, 2, 2}),
                Arguments.of(DEAN, new int[] {51, 43, 2, 2, 2}));
    }

    @ParameterizedTest(name = "{0} shares 100 seats among 5117, 4400, 162, 161, 160 as {1}")
    @MethodSource("balinskiYoungExample1")
    @DisplayName("Balinski & Young's first example (100 seats) comes out as published for every method")
    void balinskiYoungFirstExample(ApportionmentMethod method, int[] expected) {
        assertThat(seats(method, 100, 5117, 4400, 162, 161, 160)).containsExactly(expected);
    }

    // Balinski & Young (1975), example 2: populations 9061, 7179, 5259, 3319, 1182 and 26 seats, where
    // every method gives a different answer (martinlackner test_balinski_young_example2).
    static Stream<Arguments> balinskiYoungExample2() {
        return Stream.of(
                Arguments.of(HAMILTON, new int[] {9, 7, 5, 4, 1}),
                Arguments.of(JEFFERSON, new int[] {10, 7, 5, 3, 1}),
                Arguments.of(WEBSTER, new int[] {9, 8, 5, 3, 1}),
                Arguments.of(HUNTINGTON_HILL, new int[] {9, 7, 6, 3, 1}),
                Arguments.of(ADAMS, new int[] {9, 7, 5, 3, 2}),
                Arguments.of(DEAN, new int[] {9, 7, 5, 4, 1}));
    }

    @ParameterizedTest(name = "{0} shares 26 seats among 9061, 7179, 5259, 3319, 1182 as {1}")
    @MethodSource("balinskiYoungExample2")
    @DisplayName("Balinski & Young's second example (26 seats) separates the six methods as published")
    void balinskiYoungSecondExample(ApportionmentMethod method, int[] expected) {
        assertThat(seats(method, 26, 9061, 7179, 5259, 3319, 1182)).containsExactly(expected);
    }

    @Test
    @DisplayName("Jefferson's method on the 1790 census gives the 105-seat House of the Apportionment Act of 1792")
    void unitedStatesHouseOf1792() {
        // Apportionment populations of the 1790 census (slaves counted as three fifths) and the seats of
        // the Act of April 14, 1792 (divisor 33,000): Balinski & Young, Fair Representation, 2nd ed.
        // 2001, Appendix B; US Census Bureau, "Apportionment of the U.S. House of Representatives 1790".
        String[] states = {"CT", "DE", "GA", "KY", "MD", "MA", "NH", "NJ", "NY", "NC", "PA", "RI", "SC", "VT", "VA"};
        long[] population = {236_841, 55_540, 70_835, 68_705, 278_514, 475_327, 141_822, 179_570, 331_589, 353_523,
            432_879, 68_446, 206_236, 85_533, 630_560};
        int[] seats1792 = {7, 1, 2, 2, 8, 14, 4, 5, 10, 10, 13, 2, 6, 2, 19};

        var result = Apportionment.apportion(ApportionmentRequest.of(JEFFERSON, 105, Fixtures.units(states, population)));

        assertThat(result.seatsPerUnit()).containsExactly(seats1792);
        assertThat(result.ties()).isEmpty();
    }

    @Test
    @DisplayName("Huntington–Hill with one seat per state minimum on the 2020 census gives the official 435-seat House")
    void unitedStatesHouseOf2020() {
        // US Census Bureau, 2020 Census Apportionment Results, Table 1 (apportionment population and
        // number of representatives, April 26, 2021); states in alphabetical order.
        long[] population = {5_030_053, 736_081, 7_158_923, 3_013_756, 39_576_757, 5_782_171, 3_608_298, 990_837,
            21_570_527, 10_725_274, 1_460_137, 1_841_377, 12_822_739, 6_790_280, 3_192_406, 2_940_865, 4_509_342,
            4_661_468, 1_363_582, 6_185_278, 7_033_469, 10_084_442, 5_709_752, 2_963_914, 6_160_281, 1_085_407,
            1_963_333, 3_108_462, 1_379_089, 9_294_493, 2_120_220, 20_215_751, 10_453_948, 779_702, 11_808_848,
            3_963_516, 4_241_500, 13_011_844, 1_098_163, 5_124_712, 887_770, 6_916_897, 29_183_290, 3_275_252,
            643_503, 8_654_542, 7_715_946, 1_795_045, 5_897_473, 577_719};
        int[] representatives = {7, 1, 9, 4, 52, 8, 5, 1, 28, 14, 2, 2, 17, 9, 4, 4, 6, 6, 2, 8, 9, 13, 8, 4, 8, 2, 3,
            4, 2, 12, 3, 26, 14, 1, 15, 5, 6, 17, 2, 7, 1, 9, 38, 4, 1, 11, 10, 2, 8, 1};

        var request = ApportionmentRequest.of(HUNTINGTON_HILL, 435, Fixtures.units(population))
                .withBounds(SeatBounds.atLeast(1));

        assertThat(Arrays.stream(representatives).sum()).isEqualTo(435);
        assertThat(Apportionment.apportion(request).seatsPerUnit()).containsExactly(representatives);
    }

    @Test
    @DisplayName("D'Hondt gives the 183 seats of Austria's 2019 National Council as officially allocated")
    void austrianNationalCouncil2019() {
        // Bundesministerium für Inneres, Nationalratswahl 2019, final result: valid votes of the five
        // parties above the 4 % threshold (ÖVP, SPÖ, FPÖ, NEOS, GRÜNE) and their seats.
        long[] votes = {1_789_417, 1_011_868, 772_666, 387_124, 664_055};

        assertThat(seats(ApportionmentMethod.named("dhondt").orElseThrow(), 183, votes)).containsExactly(71, 40, 31, 15, 26);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allMethods")
    @DisplayName("populations 14, 28, 7, 35 with 12 seats get exactly 2, 4, 1, 5 under every method (weak proportionality)")
    void weakProportionality(ApportionmentMethod method) {
        assertThat(seats(method, 12, 14, 28, 7, 35)).containsExactly(2, 4, 1, 5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allMethods")
    @DisplayName("units of population 0 receive no seat while the others share the seats")
    void zeroPopulationGetsNothing(ApportionmentMethod method) {
        assertThat(seats(method, 6, 0, 14, 28, 0, 0)).containsExactly(0, 2, 4, 0, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allMethods")
    @DisplayName("three seats among six units go to the three largest")
    void fewerSeatsThanUnits(ApportionmentMethod method) {
        assertThat(seats(method, 3, 10, 9, 8, 8, 11, 12)).containsExactly(1, 0, 0, 0, 1, 1);
    }

    static Stream<ApportionmentMethod> allMethods() {
        return ApportionmentMethod.all().stream();
    }
}
