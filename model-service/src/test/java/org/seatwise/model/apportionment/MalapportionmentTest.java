package org.seatwise.model.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How unequal a distribution is. */
class MalapportionmentTest {

    private static final org.assertj.core.data.Offset<Double> CLOSE = within(1e-9);

    @Test
    @DisplayName("Loosemore–Hanby is half the summed gaps between seat and population shares, in points")
    void loosemoreHanby() {
        // Population shares 50 %, 30 %, 20 %; seat shares 70 %, 20 %, 10 %: gaps 20, 10, 10 → ½·40 = 20.
        var indices = Malapportionment.measure(List.of(new Representation("A", 500, 7),
                new Representation("B", 300, 2), new Representation("C", 200, 1)));

        assertThat(indices.loosemoreHanby()).isCloseTo(20.0, CLOSE);
    }

    @Test
    @DisplayName("Gallagher is the root of half the summed squared gaps, in points")
    void gallagher() {
        // Same shares: gaps 20, −10, −10 → √(½·(400 + 100 + 100)) = √300 = 17.3205…
        var indices = Malapportionment.measure(List.of(new Representation("A", 500, 7),
                new Representation("B", 300, 2), new Representation("C", 200, 1)));

        assertThat(indices.gallagher()).isCloseTo(Math.sqrt(300), CLOSE);
    }

    @Test
    @DisplayName("a proportional distribution scores zero on every index")
    void proportionalIsZero() {
        var indices = Malapportionment.measure(List.of(new Representation("A", 3000, 3),
                new Representation("B", 1000, 1)));

        assertThat(indices.loosemoreHanby()).isZero();
        assertThat(indices.gallagher()).isZero();
        assertThat(indices.maxDeviationPercent()).isZero();
        assertThat(indices.unitsBeyondTolerance()).isZero();
    }

    @Test
    @DisplayName("deviation is each unit's population per seat against the ideal, with the largest and the mean")
    void deviations() {
        // Ideal 300 / 3 = 100 per seat: A 110 (+10 %), B 90 (−10 %), C 100 (0 %): max 10, mean 20/3.
        var indices = Malapportionment.measure(List.of(new Representation("A", 110, 1),
                new Representation("B", 90, 1), new Representation("C", 100, 1)));

        assertThat(indices.idealPopulationPerSeat()).isCloseTo(100.0, CLOSE);
        assertThat(indices.units()).extracting(UnitDeviation::deviationPercent)
                .satisfiesExactly(a -> assertThat(a).isCloseTo(10.0, CLOSE),
                        b -> assertThat(b).isCloseTo(-10.0, CLOSE),
                        c -> assertThat(c).isCloseTo(0.0, CLOSE));
        assertThat(indices.maxDeviationPercent()).isCloseTo(10.0, CLOSE);
        assertThat(indices.meanDeviationPercent()).isCloseTo(20.0 / 3, CLOSE);
    }

    @Test
    @DisplayName("exactly 10 % off the ideal is within the Venice Commission tolerance, although 110/100 − 1 is not 0.1 in double")
    void tenPercentExactlyIsWithin() {
        var indices = Malapportionment.measure(List.of(new Representation("A", 110, 1),
                new Representation("B", 90, 1)));

        assertThat(indices.units()).extracting(UnitDeviation::venice)
                .containsExactly(VeniceTolerance.WITHIN_TOLERANCE, VeniceTolerance.WITHIN_TOLERANCE);
        assertThat(indices.unitsBeyondTolerance()).isZero();
    }

    @Test
    @DisplayName("11 % off is beyond the 10 % tolerance but within the 15 % outer limit")
    void elevenPercentIsBeyondTolerance() {
        var indices = Malapportionment.measure(List.of(new Representation("A", 111, 1),
                new Representation("B", 89, 1)));

        assertThat(indices.units()).extracting(UnitDeviation::venice)
                .containsExactly(VeniceTolerance.BEYOND_TOLERANCE, VeniceTolerance.BEYOND_TOLERANCE);
        assertThat(indices.shareBeyondTolerancePercent()).isEqualTo(100.0);
        assertThat(indices.unitsBeyondOuterLimit()).isZero();
    }

    @Test
    @DisplayName("exactly 15 % off is within the outer limit, 16 % is beyond it")
    void outerLimit() {
        var atLimit = Malapportionment.measure(List.of(new Representation("A", 115, 1),
                new Representation("B", 85, 1)));
        var beyond = Malapportionment.measure(List.of(new Representation("A", 116, 1),
                new Representation("B", 84, 1), new Representation("C", 200, 2)));

        assertThat(atLimit.unitsBeyondOuterLimit()).isZero();
        assertThat(beyond.units()).extracting(UnitDeviation::venice).containsExactly(
                VeniceTolerance.BEYOND_OUTER_LIMIT, VeniceTolerance.BEYOND_OUTER_LIMIT, VeniceTolerance.WITHIN_TOLERANCE);
        assertThat(beyond.shareBeyondOuterLimitPercent()).isCloseTo(200.0 / 3, CLOSE);
    }

    @Test
    @DisplayName("a populated unit without a seat is unrepresented: no deviation figure, beyond every limit")
    void unrepresentedUnit() {
        var indices = Malapportionment.measure(List.of(new Representation("A", 100, 2),
                new Representation("B", 50, 0), new Representation("C", 0, 0)));

        assertThat(indices.unrepresentedUnits()).isEqualTo(1);
        assertThat(indices.units().get(1).deviationPercent()).isNull();
        assertThat(indices.units().get(1).venice()).isEqualTo(VeniceTolerance.BEYOND_OUTER_LIMIT);
        assertThat(indices.units().get(2).venice()).isEqualTo(VeniceTolerance.NOT_APPLICABLE);
        assertThat(indices.unitsConsidered()).isEqualTo(2);
    }

    @Test
    @DisplayName("every apportionment answer carries the indices of its own allocation")
    void apportionmentCarriesIndices() {
        var result = Apportionment.apportion(
                ApportionmentRequest.of(DivisorMethod.JEFFERSON, 100, Fixtures.units(5117, 4400, 162, 161, 160)));
        var measured = Malapportionment.measure(result.allocations().stream()
                .map(a -> new Representation(a.id(), a.population(), a.seats())).toList());

        assertThat(result.indices()).isEqualTo(measured);
        assertThat(result.indices().loosemoreHanby()).isPositive();
    }

    @Test
    @DisplayName("negative seats, negative populations and repeated ids are refused together, each on its row")
    void badDistribution() {
        var units = List.of(new Representation("A", -1, 2), new Representation("A", 5, -1));

        assertThatThrownBy(() -> Malapportionment.measure(units)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InputError::row, InputError::field).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "population"),
                        org.assertj.core.groups.Tuple.tuple(2, "id"),
                        org.assertj.core.groups.Tuple.tuple(2, "seats")));
    }

    @Test
    @DisplayName("a distribution without any seat is refused: there is no ideal to measure against")
    void noSeats() {
        assertThat(Malapportionment.check(List.of(new Representation("A", 10, 0))))
                .extracting(InputError::field).containsExactly("units");
    }
}
