package org.seatwise.model.reproduction.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.seatwise.model.reproduction.ColumnSummary;
import org.seatwise.model.reproduction.MaslikhatReproduction;
import org.seatwise.model.reproduction.Outcome;
import org.seatwise.model.reproduction.RuleCount;
import org.seatwise.model.reproduction.StudyTables;
import org.seatwise.model.reproduction.StudyUnit;
import org.seatwise.model.reproduction.ValueCheck;

/**
 * The body of {@code GET /api/v1/reproductions/maslikhat-2025}. Every printed number names its source
 * (the study, its table and column); every recomputed number names the rule that made it and its
 * arithmetic.
 *
 * @param id          the reproduction's identifier
 * @param study       the study reproduced
 * @param method      how values are checked and explanations chosen
 * @param table1      the study's Table 1, row by row, with its column summaries
 * @param table2      the study's Table 2, row by row, with its column summaries
 * @param flagged     every flagged printed value of both tables, in one list
 * @param crossChecks checks between the tables and against an outside figure
 */
public record ReproductionResponse(String id, Study study, String method, Table1 table1, Table2 table2,
        List<Flag> flagged, List<CrossCheck> crossChecks) {

    static final String SOURCE = "the study";
    private static final int SHOWN_DECIMALS = 6;

    /** The study: title and the files its printed figures are read from. */
    public record Study(String title, int year, String note, List<String> files) {
    }

    /** A number as the study prints it. */
    public record Printed(Long value, String source, String table, String column) {

        static Printed of(Number value, String table, String column) {
            return value == null ? null : new Printed(value.longValue(), SOURCE, table, column);
        }
    }

    /**
     * A number seatwise computed.
     *
     * @param value      the whole number the rule gives
     * @param unrounded  the value before it is made whole, to six decimals
     * @param ruleId     the rule's identifier
     * @param rule       the rule in words
     * @param departures how many choices it makes differently from the column's reference rule
     * @param working    the arithmetic, from the study's printed inputs
     * @param source     where its inputs come from
     */
    public record Recomputed(int value, BigDecimal unrounded, String ruleId, String rule, int departures, String working,
            String source) {

        static Recomputed of(Outcome o, String table) {
            return o == null ? null : new Recomputed(o.value(), o.exact().setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP),
                    o.ruleId(), o.rule(), o.departures(), o.working(),
                    "recomputed by seatwise from the inputs printed in the study's " + table);
        }
    }

    /**
     * One printed value beside its recomputation.
     *
     * @param verdict            REPRODUCED, OTHER_RULE, UNEXPLAINED or NOT_PRINTED
     * @param flagged            printed and not given by the reference rule
     * @param explanation        the likeliest rule giving the printed value (OTHER_RULE), or the closest
     *                           candidate (UNEXPLAINED)
     * @param explanationSupport how many printed values of the column the explanation's rule gives
     */
    public record Check(String column, Printed printed, Recomputed reference, List<Recomputed> recomputed, String verdict,
            boolean flagged, Recomputed explanation, Integer explanationSupport, List<String> alternatives,
            String finding) {

        static Check of(ValueCheck v) {
            return new Check(v.column(), Printed.of(v.printed(), v.table(), v.column()),
                    Recomputed.of(v.reference(), v.table()),
                    v.recomputed().stream().map(o -> Recomputed.of(o, v.table())).toList(), v.verdict().name(),
                    v.flagged(), Recomputed.of(v.explanation(), v.table()),
                    v.explanation() == null ? null : v.explanationSupport(), v.alternatives(), v.finding());
        }
    }

    /** A unit of the study, from regions.csv. */
    public record Unit(String code, String kind, String nameEn, String nameRu, String nameKk, String established,
            String predecessor1989) {

        static Unit of(StudyUnit u) {
            return new Unit(u.code(), u.kind(), u.nameEn(), u.nameRu(), u.nameKk(),
                    u.established() == null ? null : u.established().toString(), u.predecessor1989());
        }
    }

    /** How often one rule gives a column's printed values. */
    public record RuleUse(String ruleId, String rule, int departures, int rows, List<String> codes) {

        static RuleUse of(RuleCount c) {
            return new RuleUse(c.ruleId(), c.rule(), c.departures(), c.rows(), c.codes());
        }
    }

    /** A printed column as a whole. */
    public record Column(String table, String column, String title, String referenceRuleId, String referenceRule,
            int printedValues, int reproduced, int otherRule, int unexplained, String singleRuleId, String finding,
            List<RuleUse> rules) {

        static Column of(ColumnSummary s) {
            return new Column(s.table(), s.column(), s.title(), s.referenceRuleId(), s.referenceRule(), s.printedValues(),
                    s.reproduced(), s.otherRule(), s.unexplained(), s.singleRuleId(), s.finding(),
                    s.rules().stream().map(RuleUse::of).toList());
        }
    }

    /** A row of Table 1: deputies 1994 and 2023, population 1989 and 2023 (thousands), two changes. */
    public record Table1Row(Unit unit, Printed deputies1994, Printed deputies2023, Printed population1989Thousands,
            Printed population2023Thousands, Check deputiesChange, Check populationChange) {

        static Table1Row of(MaslikhatReproduction.Table1Row r) {
            var p = r.printed();
            return new Table1Row(Unit.of(r.unit()), Printed.of(p.deputies1994(), TABLE_1, "deputies_1994"),
                    Printed.of(p.deputies2023(), TABLE_1, "deputies_2023"),
                    Printed.of(p.population1989Thousands(), TABLE_1, "population_1989_thousands"),
                    Printed.of(p.population2023Thousands(), TABLE_1, "population_2023_thousands"),
                    Check.of(r.deputiesChange()), Check.of(r.populationChange()));
        }
    }

    /** A row of Table 2: deputies, voters, the cube-root size and the gap. */
    public record Table2Row(Unit unit, Printed deputies, Printed voters, Check cubeRoot, Check gap) {

        static Table2Row of(MaslikhatReproduction.Table2Row r) {
            var p = r.printed();
            return new Table2Row(Unit.of(r.unit()), Printed.of(p.deputies(), TABLE_2, "deputies"),
                    Printed.of(p.voters(), TABLE_2, "voters"), Check.of(r.cubeRoot()), Check.of(r.gap()));
        }
    }

    public record Table1(String table, String title, List<Column> columns, List<Table1Row> rows) {
    }

    public record Table2(String table, String title, List<Column> columns, List<Table2Row> rows) {
    }

    /** A flagged value, for a reader who wants only the differences. */
    public record Flag(String table, String column, String code, String unit, Long printed, Integer reference,
            String verdict, String explanationRuleId, Integer explanationValue, String finding) {

        static Flag of(ValueCheck v, StudyUnit unit) {
            return new Flag(v.table(), v.column(), v.code(), unit.nameEn(), v.printed() == null ? null : v.printed().longValue(),
                    v.reference() == null ? null : v.reference().value(), v.verdict().name(),
                    v.explanation() == null ? null : v.explanation().ruleId(),
                    v.explanation() == null ? null : v.explanation().value(), v.finding());
        }
    }

    public record CrossCheck(String id, String description, String source, int rows, int agreeing, List<String> differing,
            String finding) {

        static CrossCheck of(MaslikhatReproduction.CrossCheck c) {
            return new CrossCheck(c.id(), c.description(), c.source(), c.rows(), c.agreeing(), c.differing(), c.finding());
        }
    }

    static final String TABLE_1 = "Table 1";
    static final String TABLE_2 = "Table 2";

    static final String METHOD = "Each printed value is recomputed from the inputs printed beside it. A column is "
            + "checked against its reference rule: for Table 1, the change relative to the earlier value (1994 deputies, "
            + "1989 population), rounded to the nearest whole percent; for Table 2, the cube root of the voters rounded to "
            + "nearest (seatwise's stated study rule; the study states none), and the gap as deputies minus that size. A "
            + "printed value the reference rule does not give is flagged, and every candidate rule is computed for it: "
            + "other roundings (floor, ceiling, decimals dropped), other bases (the later or the smaller value), a ratio "
            + "printed as a change, a reversed sign, another input, a gap from the printed cube root. The likeliest "
            + "explanation is the candidate that gives the printed value and the most printed values of the same column, "
            + "then the one departing least from the reference rule; when none gives it, the value is unexplained and the "
            + "closest candidate is named. Nothing is looked up: every explanation is a computation shown with its arithmetic.";

    static ReproductionResponse of(MaslikhatReproduction.Result r, StudyTables tables) {
        var units = tables.unitsByCode();
        List<Column> columns = r.summaries().stream().map(Column::of).toList();
        return new ReproductionResponse(ReproductionResource.MASLIKHAT_2025,
                new Study(StudyTables.STUDY, 2025, "In Kazakh with English and Russian abstracts; data collected "
                        + "January–February 2025. Figures as printed by the study.",
                        List.of("study/paper-table1-retrospective.csv", "study/paper-table2-cube-root.csv",
                                "study/regions.csv")),
                METHOD,
                new Table1(TABLE_1, "Deputies (1994, 2023) and population (1989, 2023) with their changes",
                        columns.stream().filter(c -> c.table().equals(TABLE_1)).toList(),
                        r.table1().stream().map(Table1Row::of).toList()),
                new Table2(TABLE_2, "Deputies now, voters, the cube-root size and the gap",
                        columns.stream().filter(c -> c.table().equals(TABLE_2)).toList(),
                        r.table2().stream().map(Table2Row::of).toList()),
                r.flagged().stream().map(v -> Flag.of(v, units.get(v.code()))).toList(),
                r.crossChecks().stream().map(CrossCheck::of).toList());
    }
}
