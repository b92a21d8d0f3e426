package org.seatwise.model.reproduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The study's Table 1 and Table 2 reproduced. Fixtures: the study's printed tables
 * (shared/data/kz/paper-table1-retrospective.csv, paper-table2-cube-root.csv). Every expected value
 * here is computed in the test from the printed inputs (voters, deputies, populations) with integer
 * or decimal arithmetic of its own; no output of the reproduction is pasted.
 */
class MaslikhatReproductionTest {

    private static final StudyTables STUDY = StudyTables.shipped();
    private static final MaslikhatReproduction.Result RESULT = MaslikhatReproduction.reproduce(STUDY);

    // --- independent arithmetic -------------------------------------------------------------

    /** The largest k with k³ ≤ n. */
    private static long floorCubeRoot(long n) {
        long k = (long) Math.cbrt(n);
        while (k * k * k > n) {
            k--;
        }
        while ((k + 1) * (k + 1) * (k + 1) <= n) {
            k++;
        }
        return k;
    }

    /** Half up: k + 1 when (k + ½)³ ≤ n, i.e. (2k + 1)³ ≤ 8n. */
    private static long nearestCubeRoot(long n) {
        long k = floorCubeRoot(n);
        BigInteger twiceKPlusOne = BigInteger.valueOf(2 * k + 1);
        return twiceKPlusOne.pow(3).compareTo(BigInteger.valueOf(8 * n)) <= 0 ? k + 1 : k;
    }

    /** (later − earlier) / base × 100. */
    private static BigDecimal percent(long numerator, long base) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(base),
                MathContext.DECIMAL64);
    }

    private static int round(BigDecimal v, RoundingMode mode) {
        return v.setScale(0, mode).intValueExact();
    }

    private static MaslikhatReproduction.Table2Row table2(String code) {
        return RESULT.table2().stream().filter(r -> r.unit().code().equals(code)).findFirst().orElseThrow();
    }

    private static MaslikhatReproduction.Table1Row table1(String code) {
        return RESULT.table1().stream().filter(r -> r.unit().code().equals(code)).findFirst().orElseThrow();
    }

    private static ColumnSummary summary(String column) {
        return RESULT.summaries().stream().filter(s -> s.column().equals(column)).findFirst().orElseThrow();
    }

    /** earlier and later counts of a Table 1 change column; null when the row has none. */
    private record Change(String code, long earlier, long later, Integer printed, ValueCheck check) {
    }

    private static List<Change> changes(boolean deputies) {
        List<Change> all = new ArrayList<>();
        for (MaslikhatReproduction.Table1Row r : RESULT.table1()) {
            RetrospectiveRow p = r.printed();
            if (deputies && p.deputies1994() == null) {
                continue;
            }
            all.add(deputies
                    ? new Change(p.code(), p.deputies1994(), p.deputies2023(), p.deputiesChangePrinted(), r.deputiesChange())
                    : new Change(p.code(), p.population1989Thousands(), p.population2023Thousands(),
                            p.populationChangePrinted(), r.populationChange()));
        }
        return all;
    }

    // --- Table 2 ------------------------------------------------------------------------------

    @Test
    @DisplayName("Turkestan's 1,177,507 voters have a cube root of 105.598…: the printed 105 is the floor, nearest gives 106, and the value is flagged as floor rounding")
    void turkestanIsFloor() {
        // 105³ = 1,157,625 ≤ 1,177,507 < 106³ = 1,191,016; 105.5³ = 1,174,241.375 < 1,177,507
        assertThat(floorCubeRoot(1_177_507)).isEqualTo(105);
        assertThat(nearestCubeRoot(1_177_507)).isEqualTo(106);
        ValueCheck check = table2("KZ-61").cubeRoot();
        assertThat(check.printed()).isEqualTo(105);
        assertThat(check.reference().value()).isEqualTo(106);
        assertThat(check.reference().exact()).isBetween(new BigDecimal("105.597"), new BigDecimal("105.598"));
        assertThat(check.verdict()).isEqualTo(Verdict.OTHER_RULE);
        assertThat(check.explanation().ruleId()).isEqualTo("cube-root/voters/floor");
        assertThat(check.explanation().value()).isEqualTo(105);
    }

    @Test
    @DisplayName("floor, nearest and ceiling of the cube root are shown beside every printed cube-root size")
    void threeRoundingsShown() {
        for (MaslikhatReproduction.Table2Row r : RESULT.table2()) {
            long v = r.printed().voters();
            long floor = floorCubeRoot(v);
            long ceiling = floor * floor * floor == v ? floor : floor + 1;
            assertThat(r.cubeRoot().recomputed()).extracting(Outcome::value)
                    .containsExactly((int) floor, (int) nearestCubeRoot(v), (int) ceiling);
        }
    }

    @Test
    @DisplayName("a printed cube-root size is flagged exactly where nearest rounding does not give it, and explained as floor where floor gives it")
    void cubeRootFlags() {
        Set<String> expectedFlagged = new TreeSet<>();
        for (CubeRootRow r : STUDY.table2()) {
            if (r.cubeRootPrinted() != nearestCubeRoot(r.voters())) {
                expectedFlagged.add(r.code());
            }
        }
        assertThat(expectedFlagged).isNotEmpty();
        Set<String> flagged = new TreeSet<>();
        for (MaslikhatReproduction.Table2Row r : RESULT.table2()) {
            if (r.cubeRoot().flagged()) {
                flagged.add(r.unit().code());
                if (r.printed().cubeRootPrinted() == floorCubeRoot(r.printed().voters())) {
                    assertThat(r.cubeRoot().explanation().ruleId()).as(r.unit().code()).isEqualTo("cube-root/voters/floor");
                }
            }
        }
        assertThat(flagged).isEqualTo(expectedFlagged);
    }

    @Test
    @DisplayName("a printed cube-root size that neither floor nor nearest gives is explained by a computed candidate or reported as unexplained")
    void cubeRootNeitherFloorNorNearest() {
        for (MaslikhatReproduction.Table2Row r : RESULT.table2()) {
            long v = r.printed().voters();
            int printed = r.printed().cubeRootPrinted();
            if (printed != floorCubeRoot(v) && printed != nearestCubeRoot(v)) {
                ValueCheck c = r.cubeRoot();
                assertThat(c.flagged()).as(r.unit().code()).isTrue();
                assertThat(c.explanation()).as(r.unit().code()).isNotNull();
                if (c.verdict() == Verdict.OTHER_RULE) {
                    assertThat(c.explanation().value()).isEqualTo(printed);
                }
            }
        }
    }

    @Test
    @DisplayName("how many printed cube-root sizes floor, nearest and ceiling each give is counted from the voters")
    void cubeRootCounts() {
        int floor = 0;
        int nearest = 0;
        int ceiling = 0;
        for (CubeRootRow r : STUDY.table2()) {
            long f = floorCubeRoot(r.voters());
            long c = f * f * f == r.voters() ? f : f + 1;
            floor += r.cubeRootPrinted() == f ? 1 : 0;
            nearest += r.cubeRootPrinted() == nearestCubeRoot(r.voters()) ? 1 : 0;
            ceiling += r.cubeRootPrinted() == c ? 1 : 0;
        }
        ColumnSummary s = summary("cube_root_as_printed");
        Function<String, Integer> rows = id -> s.rules().stream().filter(x -> x.ruleId().equals(id)).findFirst()
                .orElseThrow().rows();
        assertThat(rows.apply("cube-root/voters/floor")).isEqualTo(floor);
        assertThat(rows.apply("cube-root/voters/nearest")).isEqualTo(nearest);
        assertThat(rows.apply("cube-root/voters/ceiling")).isEqualTo(ceiling);
        assertThat(s.reproduced()).isEqualTo(nearest);
        // neither rule covers the column, so no single rule is named for it
        assertThat(floor).isLessThan(s.printedValues());
        assertThat(nearest).isLessThan(s.printedValues());
        assertThat(s.singleRuleId()).isNull();
    }

    @Test
    @DisplayName("every printed gap is deputies minus the printed cube-root size, and a gap that differs from nearest is explained that way")
    void gapFromPrintedCubeRoot() {
        for (CubeRootRow r : STUDY.table2()) {
            assertThat(r.gapPrinted()).as(r.code()).isEqualTo(r.deputies() - r.cubeRootPrinted());
        }
        assertThat(summary("gap_as_printed").singleRuleId()).isEqualTo("gap/printed-cube-root");
        for (MaslikhatReproduction.Table2Row r : RESULT.table2()) {
            long nearestGap = r.printed().deputies() - nearestCubeRoot(r.printed().voters());
            assertThat(r.gap().flagged()).as(r.unit().code()).isEqualTo(r.printed().gapPrinted() != nearestGap);
            if (r.gap().flagged()) {
                assertThat(r.gap().explanation().ruleId()).isEqualTo("gap/printed-cube-root");
            }
        }
    }

    // --- Table 1 ------------------------------------------------------------------------------

    @Test
    @DisplayName("a printed change is flagged exactly where the change relative to the earlier value, rounded to nearest, differs from it")
    void changeFlags() {
        for (boolean deputies : new boolean[] {true, false}) {
            for (Change c : changes(deputies)) {
                int stated = round(percent(c.later() - c.earlier(), c.earlier()), RoundingMode.HALF_UP);
                assertThat(c.check().flagged()).as("%s %s", c.code(), deputies ? "deputies" : "population")
                        .isEqualTo(c.printed() != stated);
                assertThat(c.check().reference().value()).isEqualTo(stated);
            }
        }
    }

    @Test
    @DisplayName("every printed change that neither floor nor nearest of the change relative to the earlier value gives is flagged with a computed explanation")
    void neitherFloorNorNearest() {
        int found = 0;
        for (boolean deputies : new boolean[] {true, false}) {
            for (Change c : changes(deputies)) {
                BigDecimal change = percent(c.later() - c.earlier(), c.earlier());
                if (c.printed() == round(change, RoundingMode.FLOOR) || c.printed() == round(change, RoundingMode.HALF_UP)) {
                    continue;
                }
                found++;
                ValueCheck check = c.check();
                assertThat(check.flagged()).as(c.code()).isTrue();
                assertThat(check.explanation()).as(c.code()).isNotNull();
                assertThat(check.explanation().working()).as(c.code()).isNotBlank();
                if (check.verdict() == Verdict.OTHER_RULE) {
                    assertThat(check.explanation().value()).as(c.code()).isEqualTo(c.printed());
                    assertThat(check.explanation().ruleId()).isNotEqualTo("change/earlier/nearest");
                } else {
                    assertThat(check.verdict()).isEqualTo(Verdict.UNEXPLAINED);
                }
            }
        }
        assertThat(found).as("rows the study prints that neither rounding gives").isPositive();
    }

    @Test
    @DisplayName("a printed change that is the stated change with its sign reversed is explained as a sign error: Turkestan's deputies fell from 47 to 46 (−2.13 %) and +2 is printed")
    void signErrors() {
        int found = 0;
        for (Change c : changes(true)) {
            int stated = round(percent(c.later() - c.earlier(), c.earlier()), RoundingMode.HALF_UP);
            if (stated != 0 && c.printed() == -stated) {
                found++;
                assertThat(c.check().explanation().ruleId()).as(c.code()).endsWith("/sign-reversed");
            }
        }
        assertThat(found).isPositive();
        assertThat(table1("KZ-61").deputiesChange().explanation().ruleId()).endsWith("/sign-reversed");
    }

    @Test
    @DisplayName("a printed population change equal to the ratio of the larger to the smaller value (×100, decimals dropped) is explained as a ratio printed as a change: Astana 281 → 1,354 thousand is printed +481")
    void ratiosPrintedAsChanges() {
        int found = 0;
        for (Change c : changes(false)) {
            long smaller = Math.min(c.earlier(), c.later());
            long larger = Math.max(c.earlier(), c.later());
            int direction = c.later() >= c.earlier() ? 1 : -1;
            int ratio = direction * round(percent(larger, smaller), RoundingMode.DOWN);
            if (c.printed() == ratio) {
                found++;
                assertThat(c.check().explanation().ruleId()).as(c.code()).startsWith("ratio/");
                assertThat(c.check().explanation().value()).isEqualTo(ratio);
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(2);
        assertThat(table1("KZ-71").populationChange().explanation().ruleId()).startsWith("ratio/");
    }

    @Test
    @DisplayName("a flagged change that the change relative to the smaller value, decimals dropped, gives is explained by that rule, the one that gives most of each column")
    void smallerBaseTruncated() {
        for (boolean deputies : new boolean[] {true, false}) {
            int gives = 0;
            for (Change c : changes(deputies)) {
                long smaller = Math.min(c.earlier(), c.later());
                int v = round(percent(c.later() - c.earlier(), smaller), RoundingMode.DOWN);
                if (c.printed() == v) {
                    gives++;
                    if (c.check().flagged()) {
                        assertThat(c.check().explanation().ruleId()).as(c.code()).isEqualTo("change/smaller/truncated");
                    }
                }
            }
            ColumnSummary s = summary(deputies ? "deputies_change_pct_as_printed" : "population_change_pct_as_printed");
            assertThat(s.rules().get(0).ruleId()).isEqualTo("change/smaller/truncated");
            assertThat(s.rules().get(0).rows()).isEqualTo(gives);
        }
    }

    @Test
    @DisplayName("Shymkent's printed population change of +300 (392 → 1,192 thousand) is given by no candidate rule, and the closest candidate is named")
    void shymkentUnexplained() {
        // change relative to 1989: 800/392 = 204.08 %; relative to 2023: 800/1192 = 67.11 %; ratio 1192/392 = 304.08 %
        BigDecimal earlierBase = percent(1192 - 392, 392);
        BigDecimal laterBase = percent(1192 - 392, 1192);
        BigDecimal ratio = percent(1192, 392);
        for (BigDecimal v : List.of(earlierBase, laterBase, ratio)) {
            for (RoundingMode m : List.of(RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.CEILING)) {
                assertThat(Math.abs(round(v, m))).isNotEqualTo(300);
            }
        }
        ValueCheck check = table1("KZ-79").populationChange();
        assertThat(check.printed()).isEqualTo(300);
        assertThat(check.verdict()).isEqualTo(Verdict.UNEXPLAINED);
        assertThat(check.explanation().value()).isEqualTo(round(ratio, RoundingMode.HALF_UP));
    }

    @Test
    @DisplayName("Mangystau and Ulytau have no 1994 deputies, so no deputies change is printed or flagged")
    void notPrinted() {
        for (String code : List.of("KZ-47", "KZ-62")) {
            ValueCheck c = table1(code).deputiesChange();
            assertThat(c.verdict()).isEqualTo(Verdict.NOT_PRINTED);
            assertThat(c.flagged()).isFalse();
            assertThat(c.reference()).isNull();
        }
    }

    @Test
    @DisplayName("each column's summary counts what the stated rule reproduces, what another rule explains, and what none does")
    void summariesAddUp() {
        for (ColumnSummary s : RESULT.summaries()) {
            assertThat(s.reproduced() + s.otherRule() + s.unexplained()).as(s.column()).isEqualTo(s.printedValues());
        }
        int statedDeputies = 0;
        List<Change> deputies = changes(true);
        for (Change c : deputies) {
            statedDeputies += c.printed() == round(percent(c.later() - c.earlier(), c.earlier()), RoundingMode.HALF_UP) ? 1 : 0;
        }
        assertThat(summary("deputies_change_pct_as_printed").printedValues()).isEqualTo(deputies.size());
        assertThat(summary("deputies_change_pct_as_printed").reproduced()).isEqualTo(statedDeputies);
    }

    // --- units and cross-checks ---------------------------------------------------------------

    @Test
    @DisplayName("every row names its unit and kind from regions.csv: KZ-61 is Turkestan Region, an oblast; KZ-71 is Astana, the capital")
    void units() {
        assertThat(table2("KZ-61").unit().nameEn()).isEqualTo("Turkestan Region");
        assertThat(table2("KZ-61").unit().kind()).isEqualTo("OBLAST");
        assertThat(table1("KZ-71").unit().kind()).isEqualTo("CAPITAL");
        assertThat(RESULT.table1()).hasSize(STUDY.table1().size());
        assertThat(RESULT.table2()).hasSize(STUDY.table2().size());
    }

    @Test
    @DisplayName("the voters of Table 2 are compared with the Commission's nationwide 11,970,406 and the difference is stated")
    void votersNationalTotal() {
        long sum = STUDY.table2().stream().mapToLong(CubeRootRow::voters).sum();
        MaslikhatReproduction.CrossCheck check = RESULT.crossChecks().stream()
                .filter(c -> c.id().equals("voters-national-total")).findFirst().orElseThrow();
        assertThat(check.agreeing()).isEqualTo(sum == 11_970_406L ? 1 : 0);
        assertThat(check.finding()).contains(Long.toString(Math.abs(11_970_406L - sum)));
    }

    @Test
    @DisplayName("Table 2's deputies are compared with Table 1's 2023 deputies row by row")
    void deputiesCrossCheck() {
        int agree = 0;
        for (CubeRootRow r : STUDY.table2()) {
            agree += STUDY.table1Row(r.code()).filter(t -> t.deputies2023() == r.deputies()).isPresent() ? 1 : 0;
        }
        MaslikhatReproduction.CrossCheck check = RESULT.crossChecks().stream().filter(c -> c.id().equals("deputies-2023"))
                .findFirst().orElseThrow();
        assertThat(check.agreeing()).isEqualTo(agree);
        assertThat(check.rows()).isEqualTo(STUDY.table2().size());
    }
}
