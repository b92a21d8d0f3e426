package org.seatwise.model.apportionment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.model.apportionment.api.ApportionmentRequestBody.UnitBody;
import org.seatwise.model.apportionment.api.MalapportionmentRequestBody.RepresentationBody;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.Problem.FieldError;
import org.seatwise.platform.problem.ProblemException;

/** The HTTP adapter's mapping, called directly (no application started). */
class ApportionmentResourceTest {

    private final ApportionmentResource resource = new ApportionmentResource();

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    private static List<UnitBody> units(long... populations) {
        List<UnitBody> units = new ArrayList<>();
        for (int i = 0; i < populations.length; i++) {
            units.add(new UnitBody(String.valueOf((char) ('A' + i)), n(populations[i])));
        }
        return units;
    }

    private Problem problemOf(Runnable call) {
        return catchThrowableOfType(ProblemException.class, call::run).problem();
    }

    @Test
    @DisplayName("an apportionment answers every unit in request order with its seats and six-decimal quota")
    void answersInRequestOrder() {
        // Balinski & Young (1975), example 2, by Huntington–Hill: 9, 7, 6, 3, 1.
        var body = new ApportionmentRequestBody("huntington-hill", n(26), null, null, null,
                units(9061, 7179, 5259, 3319, 1182));

        var answer = resource.apportion(body);

        assertThat(answer.method()).isEqualTo("huntington-hill");
        assertThat(answer.allocations()).extracting(a -> a.id() + "=" + a.seats())
                .containsExactly("A=9", "B=7", "C=6", "D=3", "E=1");
        // 9061 × 26 / 26000 = 9.061
        assertThat(answer.allocations().get(0).quota()).isEqualTo(new BigDecimal("9.061000"));
        assertThat(answer.ties()).isEmpty();
        assertThat(answer.tieRule()).isEqualTo("request-order");
        assertThat(answer.indices().loosemoreHanby()).isPositive();
        assertThat(answer.indices().units()).hasSize(5);
    }

    @Test
    @DisplayName("an alias is answered under the method's own name")
    void aliasIsNamed() {
        var answer = resource.apportion(new ApportionmentRequestBody("dhondt", n(10), null, null, null, units(6, 4)));

        assertThat(answer.method()).isEqualTo("jefferson");
    }

    @Test
    @DisplayName("an unknown method is refused with 422, naming the field, the value and every known method")
    void unknownMethod() {
        Problem problem = problemOf(() -> resource.apportion(
                new ApportionmentRequestBody("borda", n(10), null, null, null, units(6, 4))));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("method");
            assertThat(e.value()).isEqualTo("borda");
            assertThat(e.reason()).contains("hamilton", "dhondt", "sainte-lague", "huntington-hill", "adams", "dean");
        });
    }

    @Test
    @DisplayName("an unknown method, a negative population and a repeated id are reported together")
    void errorsTogether() {
        var units = List.of(new UnitBody("A", n(10)), new UnitBody("B", n(-4)), new UnitBody("A", n(3)));

        Problem problem = problemOf(() -> resource.apportion(
                new ApportionmentRequestBody("borda", n(10), null, null, null, units)));

        assertThat(problem.errors()).extracting(FieldError::row, FieldError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "method"),
                org.assertj.core.groups.Tuple.tuple(2, "population"),
                org.assertj.core.groups.Tuple.tuple(3, "id"));
    }

    @Test
    @DisplayName("fractional seats and a missing population are refused, not truncated")
    void wholeNumbersOnly() {
        var units = List.of(new UnitBody("A", n(10)), new UnitBody("B", null));

        Problem problem = problemOf(() -> resource.apportion(
                new ApportionmentRequestBody("webster", new BigDecimal("12.5"), null, null, null, units)));

        assertThat(problem.errors()).extracting(FieldError::row, FieldError::field, FieldError::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "seats", "must be a whole number"),
                org.assertj.core.groups.Tuple.tuple(2, "population", "is required"));
    }

    @Test
    @DisplayName("more minimum seats than seats are refused on minimumPerUnit")
    void minimumTooLarge() {
        Problem problem = problemOf(() -> resource.apportion(
                new ApportionmentRequestBody("adams", n(3), n(2), null, null, units(5, 6))));

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("minimumPerUnit");
    }

    @Test
    @DisplayName("more than 1,000,000 units are refused with one error on units")
    void tooManyUnits() {
        List<UnitBody> many = Collections.nCopies(1_000_001, new UnitBody("x", n(1)));

        Problem problem = problemOf(() -> resource.apportion(
                new ApportionmentRequestBody("webster", n(10), null, null, null, many)));

        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("units");
            assertThat(e.reason()).contains("at most 1000000 units");
        });
    }

    @Test
    @DisplayName("a tie is answered with the tied units, the seats and who received them under the rule")
    void tieIsAnswered() {
        var answer = resource.apportion(new ApportionmentRequestBody("webster", n(4), null, null, null,
                units(11, 11, 11)));

        assertThat(answer.ties()).singleElement().satisfies(t -> {
            assertThat(t.units()).containsExactly("A", "B", "C");
            assertThat(t.seats()).isEqualTo(1);
            assertThat(t.awardedTo()).containsExactly("A");
            assertThat(t.rule()).contains("listed first");
        });
    }

    @Test
    @DisplayName("a request refusing ties gets a 422 tie-refused problem listing the tied units")
    void tieRefused() {
        Problem problem = problemOf(() -> resource.apportion(new ApportionmentRequestBody("webster", n(4), null, null,
                "refuse", units(11, 11, 11))));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.type().toString()).endsWith("tie-refused");
        assertThat(problem.errors()).extracting(FieldError::value).containsExactly("A", "B", "C");
    }

    @Test
    @DisplayName("malapportionment of an existing distribution flags each unit against the Venice Commission limits")
    void malapportionment() {
        // Ideal 300 / 3 = 100 per seat: A +12 %, B −12 %, C 0 %.
        var answer = resource.malapportionment(new MalapportionmentRequestBody(List.of(
                new RepresentationBody("A", n(112), n(1)), new RepresentationBody("B", n(88), n(1)),
                new RepresentationBody("C", n(100), n(1)))));

        assertThat(answer.seats()).isEqualTo(3);
        assertThat(answer.indices().maxDeviationPercent()).isEqualByComparingTo("12");
        assertThat(answer.indices().units()).extracting(IndicesBody.UnitDeviationBody::venice)
                .containsExactly("beyond-tolerance", "beyond-tolerance", "within-tolerance");
    }

    @Test
    @DisplayName("malapportionment refuses negative seats and missing populations, each on its row")
    void malapportionmentErrors() {
        Problem problem = problemOf(() -> resource.malapportionment(new MalapportionmentRequestBody(List.of(
                new RepresentationBody("A", null, n(1)), new RepresentationBody("B", n(5), n(-1))))));

        assertThat(problem.errors()).extracting(FieldError::row, FieldError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "population"),
                org.assertj.core.groups.Tuple.tuple(2, "seats"));
    }
}
