package org.seatwise.model.reproduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The search for explanations, on a synthetic column: printed = 2 × input, with deliberate misprints. */
class ColumnCheckTest {

    private record Row(String code, int input, Integer printed) {
    }

    private static CandidateRule<Row> times(int k, int departures) {
        return new CandidateRule<>("times-" + k, "input times " + k, departures,
                r -> Optional.of(new Computation(BigDecimal.valueOf((long) r.input() * k), r.input() * k, r.input() + " x " + k)));
    }

    private static final CandidateRule<Row> TWICE = times(2, 0);
    private static final CandidateRule<Row> THRICE = times(3, 1);
    private static final CandidateRule<Row> PLUS_ONE = new CandidateRule<>("plus-one", "input plus 1", 1,
            r -> Optional.of(new Computation(BigDecimal.valueOf(r.input() + 1L), r.input() + 1, r.input() + " + 1")));

    private static ColumnCheck.Result check(List<Row> rows) {
        Column<Row> column = new Column<>("Table X", "value_as_printed", "twice the input", Row::printed, TWICE,
                List.of(TWICE), List.of(TWICE, PLUS_ONE, THRICE), false);
        return ColumnCheck.check(column, rows, Row::code);
    }

    @Test
    @DisplayName("a printed value that the reference rule gives is reproduced and not flagged")
    void reproduced() {
        ValueCheck v = check(List.of(new Row("A", 4, 8))).values().get(0);
        assertThat(v.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(v.flagged()).isFalse();
    }

    @Test
    @DisplayName("among rules that give a flagged value, the one that gives more of the column is the likeliest, even with more departures")
    void columnSupportFirst() {
        // Row A: input 1 printed 3 is both 1 x 3 (two departures, but it also gives rows B and C) and 1 + 2 (one departure).
        CandidateRule<Row> thriceFar = times(3, 2);
        CandidateRule<Row> plusTwo = new CandidateRule<>("plus-two", "input plus 2", 1,
                r -> Optional.of(new Computation(BigDecimal.valueOf(r.input() + 2L), r.input() + 2, r.input() + " + 2")));
        Column<Row> column = new Column<>("Table X", "value_as_printed", "twice the input", Row::printed, TWICE,
                List.of(TWICE), List.of(TWICE, plusTwo, thriceFar), false);
        List<Row> rows = List.of(new Row("A", 1, 3), new Row("B", 2, 6), new Row("C", 5, 15));
        ColumnCheck.Result r = ColumnCheck.check(column, rows, Row::code);
        assertThat(r.values().get(0).explanation().ruleId()).isEqualTo("times-3");
        assertThat(r.values().get(0).alternatives()).containsExactly("input plus 2");
        assertThat(r.summary().singleRuleId()).isEqualTo("times-3");
    }

    @Test
    @DisplayName("when rules give a flagged value equally often, the one departing least from the reference is the likeliest")
    void fewerDepartures() {
        CandidateRule<Row> plusOneFar = new CandidateRule<>("plus-one-far", "input plus 1, found another way", 3,
                PLUS_ONE.compute());
        Column<Row> column = new Column<>("Table X", "value_as_printed", "twice the input", Row::printed, TWICE,
                List.of(TWICE), List.of(TWICE, plusOneFar, PLUS_ONE), false);
        ValueCheck v = ColumnCheck.check(column, List.of(new Row("A", 4, 5)), Row::code).values().get(0);
        assertThat(v.explanation().ruleId()).isEqualTo("plus-one");
    }

    @Test
    @DisplayName("a printed value that no candidate gives is unexplained, and the closest candidate is named with its distance")
    void unexplained() {
        ValueCheck v = check(List.of(new Row("A", 10, 29))).values().get(0);
        assertThat(v.verdict()).isEqualTo(Verdict.UNEXPLAINED);
        assertThat(v.explanation().ruleId()).isEqualTo("times-3");
        assertThat(v.finding()).contains("1 away");
    }

    @Test
    @DisplayName("a row without a printed value is neither counted nor flagged")
    void notPrinted() {
        ColumnCheck.Result r = check(List.of(new Row("A", 10, null), new Row("B", 1, 2)));
        assertThat(r.values().get(0).verdict()).isEqualTo(Verdict.NOT_PRINTED);
        assertThat(r.summary().printedValues()).isEqualTo(1);
        assertThat(r.summary().reproduced()).isEqualTo(1);
    }
}
