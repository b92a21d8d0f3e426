package org.seatwise.model.reproduction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 2025 maslikhat study's Table 1 and Table 2 recomputed from their inputs by stated rules, each
 * printed value beside the recomputation, every printed value that the stated rule does not give
 * flagged with its likeliest explanation (see {@link ColumnCheck}), and two cross-checks between
 * the tables. Everything is computed from the printed inputs; nothing is looked up.
 */
public final class MaslikhatReproduction {

    /**
     * Voters on the roll nationwide, as the Central Election Commission gave them for the roll of
     * 1 January 2023 (shared/data/kz/README.md); compared with the sum of Table 2's rows.
     */
    public static final long NATIONAL_VOTERS_2023 = 11_970_406L;

    /** A Table 1 row: the unit, its printed inputs, and its two checked change columns. */
    public record Table1Row(StudyUnit unit, RetrospectiveRow printed, ValueCheck deputiesChange, ValueCheck populationChange) {
    }

    /** A Table 2 row: the unit, its printed inputs, and its two checked columns. */
    public record Table2Row(StudyUnit unit, CubeRootRow printed, ValueCheck cubeRoot, ValueCheck gap) {
    }

    /**
     * A check of one table's figures against another's, or against an outside figure.
     *
     * @param agreeing how many rows agree
     * @param differing the codes of rows that do not, with the two values
     */
    public record CrossCheck(String id, String description, String source, int rows, int agreeing, List<String> differing,
            String finding) {
        public CrossCheck {
            differing = List.copyOf(differing);
        }
    }

    /** The whole reproduction. */
    public record Result(List<Table1Row> table1, List<Table2Row> table2, List<ColumnSummary> summaries,
            List<CrossCheck> crossChecks) {
        public Result {
            table1 = List.copyOf(table1);
            table2 = List.copyOf(table2);
            summaries = List.copyOf(summaries);
            crossChecks = List.copyOf(crossChecks);
        }

        /** Every flagged value of both tables, in table then row order. */
        public List<ValueCheck> flagged() {
            List<ValueCheck> all = new ArrayList<>();
            table1.forEach(r -> {
                all.add(r.deputiesChange());
                all.add(r.populationChange());
            });
            table2.forEach(r -> {
                all.add(r.cubeRoot());
                all.add(r.gap());
            });
            return all.stream().filter(ValueCheck::flagged).toList();
        }
    }

    private MaslikhatReproduction() {
    }

    public static Result reproduce(StudyTables tables) {
        Map<String, StudyUnit> units = tables.unitsByCode();

        List<RetrospectiveRow> t1 = tables.table1();
        ColumnCheck.Result deputies = ColumnCheck.check(RetrospectiveRules.deputiesChange(), t1, RetrospectiveRow::code);
        ColumnCheck.Result population = ColumnCheck.check(RetrospectiveRules.populationChange(), t1, RetrospectiveRow::code);
        List<Table1Row> rows1 = new ArrayList<>();
        for (int i = 0; i < t1.size(); i++) {
            rows1.add(new Table1Row(unit(units, t1.get(i).code()), t1.get(i), deputies.values().get(i),
                    population.values().get(i)));
        }

        List<CubeRootRules.Input> t2 = tables.table2().stream().map(r -> new CubeRootRules.Input(r,
                tables.table1Row(r.code()).map(t -> t.population2023Thousands() * 1000).orElse(null))).toList();
        ColumnCheck.Result cube = ColumnCheck.check(CubeRootRules.cubeRootColumn(), t2, in -> in.row().code());
        ColumnCheck.Result gap = ColumnCheck.check(CubeRootRules.gapColumn(), t2, in -> in.row().code());
        List<Table2Row> rows2 = new ArrayList<>();
        for (int i = 0; i < t2.size(); i++) {
            rows2.add(new Table2Row(unit(units, t2.get(i).row().code()), t2.get(i).row(), cube.values().get(i),
                    gap.values().get(i)));
        }

        return new Result(rows1, rows2, List.of(deputies.summary(), population.summary(), cube.summary(), gap.summary()),
                List.of(deputiesAgree(tables), votersAddUp(tables)));
    }

    private static StudyUnit unit(Map<String, StudyUnit> units, String code) {
        StudyUnit u = units.get(code);
        if (u == null) {
            throw new IllegalStateException("the study's tables name " + code + ", which regions.csv does not list");
        }
        return u;
    }

    private static CrossCheck deputiesAgree(StudyTables tables) {
        List<String> differing = new ArrayList<>();
        int agreeing = 0;
        int rows = 0;
        for (CubeRootRow r : tables.table2()) {
            var t1 = tables.table1Row(r.code());
            if (t1.isEmpty()) {
                differing.add(r.code() + ": not in Table 1");
                rows++;
                continue;
            }
            rows++;
            if (t1.get().deputies2023() == r.deputies()) {
                agreeing++;
            } else {
                differing.add(r.code() + ": Table 2 " + r.deputies() + ", Table 1 " + t1.get().deputies2023());
            }
        }
        return new CrossCheck("deputies-2023", "Table 2's deputies equal Table 1's deputies of the VIII convocation (2023)",
                "the study, Tables 1 and 2", rows, agreeing, differing,
                agreeing == rows ? "The two tables give the same deputies in all " + rows + " rows."
                        : (rows - agreeing) + " of " + rows + " rows differ between the tables.");
    }

    private static CrossCheck votersAddUp(StudyTables tables) {
        long sum = tables.table2().stream().mapToLong(CubeRootRow::voters).sum();
        long difference = NATIONAL_VOTERS_2023 - sum;
        return new CrossCheck("voters-national-total",
                "Table 2's voters of the " + tables.table2().size() + " units add up to the Commission's nationwide "
                        + NATIONAL_VOTERS_2023,
                "the study, Table 2; Central Election Commission, roll of 1 January 2023 (as cited in the data README)",
                1, difference == 0 ? 1 : 0, difference == 0 ? List.of() : List.of("sum " + sum),
                difference == 0 ? "The units add up to the nationwide figure."
                        : "The units add up to " + sum + ", " + Math.abs(difference) + (difference > 0 ? " fewer" : " more")
                                + " than the nationwide figure; the study does not say where the difference is.");
    }
}
