package org.seatwise.model.reproduction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a printed column against its reference rule and, where a printed value differs, searches
 * every candidate rule for the likeliest explanation.
 *
 * <p>The likeliest explanation of a printed value is, among the candidate rules that give it, the one
 * that gives the most printed values of the same column (a study's authors apply one procedure to a
 * whole column far more often than they change procedure row by row), then the one that departs least
 * from the reference rule, then the first listed. When no candidate gives the value, the closest
 * candidate is named instead, and the value is reported as unexplained.
 *
 * @param <R> the row type
 */
public final class ColumnCheck<R> {

    /** The result: one check per row, in the rows' order, and the column's summary. */
    public record Result(List<ValueCheck> values, ColumnSummary summary) {
        public Result {
            values = List.copyOf(values);
        }
    }

    private final Column<R> column;
    private final List<R> rows;
    private final Function<R, String> code;

    private ColumnCheck(Column<R> column, List<R> rows, Function<R, String> code) {
        this.column = column;
        this.rows = List.copyOf(rows);
        this.code = code;
    }

    public static <R> Result check(Column<R> column, List<R> rows, Function<R, String> code) {
        return new ColumnCheck<>(column, rows, code).run();
    }

    private Result run() {
        List<CandidateRule<R>> candidates = column.candidates();
        // outcomes[c][r]: candidate c on row r, null when the rule cannot be applied to the row
        Computation[][] outcomes = new Computation[candidates.size()][rows.size()];
        int[] support = new int[candidates.size()];
        int printedValues = 0;
        for (int r = 0; r < rows.size(); r++) {
            Integer printed = column.printed().apply(rows.get(r));
            if (printed != null) {
                printedValues++;
            }
            for (int c = 0; c < candidates.size(); c++) {
                Optional<Computation> o = candidates.get(c).on(rows.get(r));
                outcomes[c][r] = o.orElse(null);
                if (printed != null && o.isPresent() && o.get().value() == printed) {
                    support[c]++;
                }
            }
        }
        int referenceIndex = candidates.indexOf(column.reference());
        Comparator<Integer> likeliest = Comparator.<Integer>comparingInt(c -> -support[c])
                .thenComparingInt(c -> candidates.get(c).departures())
                .thenComparingInt(c -> c);

        List<ValueCheck> values = new ArrayList<>();
        int reproduced = 0;
        int other = 0;
        int unexplained = 0;
        for (int r = 0; r < rows.size(); r++) {
            R row = rows.get(r);
            Integer printed = column.printed().apply(row);
            Computation ref = outcomes[referenceIndex][r];
            Outcome reference = ref == null ? null : Outcome.of(column.reference(), ref);
            List<Outcome> shown = new ArrayList<>();
            for (CandidateRule<R> s : column.shown()) {
                Computation o = outcomes[candidates.indexOf(s)][r];
                if (o != null) {
                    shown.add(Outcome.of(s, o));
                }
            }
            if (printed == null) {
                values.add(new ValueCheck(code.apply(row), column.table(), column.printedColumn(), null, reference, shown,
                        Verdict.NOT_PRINTED, null, 0, List.of(), "The study prints no value here."));
                continue;
            }
            if (ref != null && ref.value() == printed) {
                reproduced++;
                values.add(new ValueCheck(code.apply(row), column.table(), column.printedColumn(), printed, reference,
                        shown, Verdict.REPRODUCED, null, support[referenceIndex], List.of(),
                        "Printed " + fmt(printed) + " is what the reference rule gives: " + ref.working() + "."));
                continue;
            }
            List<Integer> matching = new ArrayList<>();
            for (int c = 0; c < candidates.size(); c++) {
                if (c != referenceIndex && outcomes[c][r] != null && outcomes[c][r].value() == printed) {
                    matching.add(c);
                }
            }
            String differs = ref == null ? "the reference rule cannot be applied"
                    : "the reference rule gives " + fmt(ref.value()) + " (" + ref.working() + ")";
            if (!matching.isEmpty()) {
                other++;
                matching.sort(likeliest);
                int best = matching.get(0);
                Outcome explanation = Outcome.of(candidates.get(best), outcomes[best][r]);
                List<String> alternatives = matching.stream().skip(1).limit(4).map(c -> candidates.get(c).description())
                        .toList();
                values.add(new ValueCheck(code.apply(row), column.table(), column.printedColumn(), printed, reference,
                        shown, Verdict.OTHER_RULE, explanation, support[best], alternatives,
                        "Printed " + fmt(printed) + " but " + differs + ". Likeliest explanation: "
                                + explanation.rule() + " (" + explanation.working() + "), which gives "
                                + support[best] + " of the column's " + printedValues + " printed values."));
            } else {
                unexplained++;
                int closest = -1;
                for (int c = 0; c < candidates.size(); c++) {
                    if (outcomes[c][r] == null) {
                        continue;
                    }
                    if (closest < 0 || closerThan(c, closest, r, printed, outcomes, support)) {
                        closest = c;
                    }
                }
                Outcome near = closest < 0 ? null : Outcome.of(candidates.get(closest), outcomes[closest][r]);
                values.add(new ValueCheck(code.apply(row), column.table(), column.printedColumn(), printed, reference,
                        shown, Verdict.UNEXPLAINED, near, closest < 0 ? 0 : support[closest], List.of(),
                        "Printed " + fmt(printed) + " but " + differs + ". No candidate rule (" + candidates.size() + " searched) gives this"
                                + (near == null ? "." : "; the closest candidate, " + near.rule() + ", gives "
                                        + fmt(near.value()) + " (" + near.working() + "), "
                                        + Math.abs(near.value() - printed) + " away.")));
            }
        }
        return new Result(values, summary(candidates, support, printedValues, reproduced, other, unexplained, outcomes));
    }

    private boolean closerThan(int c, int best, int r, int printed, Computation[][] outcomes, int[] support) {
        long dc = Math.abs((long) outcomes[c][r].value() - printed);
        long db = Math.abs((long) outcomes[best][r].value() - printed);
        if (dc != db) {
            return dc < db;
        }
        int depC = column.candidates().get(c).departures();
        int depB = column.candidates().get(best).departures();
        if (depC != depB) {
            return depC < depB;
        }
        return support[c] > support[best];
    }

    private ColumnSummary summary(List<CandidateRule<R>> candidates, int[] support, int printedValues, int reproduced,
            int other, int unexplained, Computation[][] outcomes) {
        List<RuleCount> counts = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            if (support[c] > 0 || column.shown().contains(candidates.get(c)) || candidates.get(c) == column.reference()) {
                order.add(c);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(c -> -support[c]).thenComparingInt(c -> candidates.get(c).departures())
                .thenComparingInt(c -> c));
        for (int c : order) {
            List<String> codes = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                Integer printed = column.printed().apply(rows.get(r));
                if (printed != null && outcomes[c][r] != null && outcomes[c][r].value() == printed) {
                    codes.add(code.apply(rows.get(r)));
                }
            }
            CandidateRule<R> rule = candidates.get(c);
            counts.add(new RuleCount(rule.id(), rule.description(), rule.departures(), support[c], codes));
        }
        RuleCount best = counts.isEmpty() ? null : counts.get(0);
        String single = best != null && best.rows() == printedValues && printedValues > 0 ? best.ruleId() : null;
        CandidateRule<R> ref = column.reference();
        StringBuilder finding = new StringBuilder();
        finding.append("The reference rule (").append(ref.description()).append(") gives ").append(reproduced)
                .append(" of ").append(printedValues).append(" printed values");
        if (reproduced == printedValues) {
            finding.append(": the column is reproduced.");
        } else {
            finding.append("; ").append(other).append(" are given by another candidate rule and ").append(unexplained)
                    .append(" by none. ");
            if (single != null) {
                finding.append("One rule gives every printed value: ").append(best.rule()).append('.');
            } else if (best != null) {
                finding.append("No single candidate rule gives every printed value; the one giving most is ")
                        .append(best.rule()).append(" (").append(best.rows()).append(" of ").append(printedValues)
                        .append(").");
            }
        }
        return new ColumnSummary(column.table(), column.printedColumn(), column.title(), ref.id(), ref.description(),
                printedValues, reproduced, other, unexplained, counts, single, finding.toString());
    }

    private String fmt(int v) {
        return column.signed() && v > 0 ? "+" + v : Integer.toString(v);
    }
}
