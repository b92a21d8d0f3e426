package org.seatwise.model.reproduction;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules Table 1's two change columns are checked against: the stated rule, change relative to the
 * earlier value (1994 deputies, 1989 population) rounded to the nearest whole percent, and every other
 * {@link ChangeRule} as a candidate. Populations are used in thousands, as printed: the study gives no
 * finer figure.
 */
public final class RetrospectiveRules {

    private RetrospectiveRules() {
    }

    public static Column<RetrospectiveRow> deputiesChange() {
        return column("deputies_change_pct_as_printed", "change of deputies, 1994 to 2023, percent",
                r -> r.deputies1994() == null ? Optional.empty() : Optional.of(new long[] {r.deputies1994(), r.deputies2023()}),
                RetrospectiveRow::deputiesChangePrinted);
    }

    public static Column<RetrospectiveRow> populationChange() {
        return column("population_change_pct_as_printed", "change of population, 1989 to 2023, percent",
                r -> Optional.of(new long[] {r.population1989Thousands(), r.population2023Thousands()}),
                RetrospectiveRow::populationChangePrinted);
    }

    private static Column<RetrospectiveRow> column(String printedColumn, String title,
            Function<RetrospectiveRow, Optional<long[]>> counts,
            Function<RetrospectiveRow, Integer> printed) {
        List<CandidateRule<RetrospectiveRow>> all = ChangeRule.all().stream().map(rule -> candidate(rule, counts)).toList();
        CandidateRule<RetrospectiveRow> reference = all.stream()
                .filter(c -> c.id().equals(ChangeRule.stated().id())).findFirst().orElseThrow();
        CandidateRule<RetrospectiveRow> truncated = all.stream()
                .filter(c -> c.id().equals(new ChangeRule(ChangeRule.Base.EARLIER, ChangeRule.Form.CHANGE, false,
                        ChangeRule.PercentRounding.TRUNCATED).id())).findFirst().orElseThrow();
        return new Column<>("Table 1", printedColumn, title, printed, reference, List.of(reference, truncated), all, true);
    }

    private static CandidateRule<RetrospectiveRow> candidate(ChangeRule rule,
            Function<RetrospectiveRow, Optional<long[]>> counts) {
        return new CandidateRule<>(rule.id(), rule.description(), rule.departures(),
                row -> counts.apply(row).flatMap(c -> rule.apply(c[0], c[1])));
    }
}
