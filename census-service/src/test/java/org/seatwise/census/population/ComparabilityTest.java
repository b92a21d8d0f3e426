package org.seatwise.census.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.seed.SeedFixtures;

class ComparabilityTest {

    private static PopulationFigure total(String unit, String date, long value, Basis basis) {
        return new PopulationFigure(null, unit, LocalDate.parse(date), Universe.TOTAL_POPULATION, value, 1000, basis, "study", null);
    }

    @Test
    @DisplayName("Turkestan region's 1989 and 2023 populations compare only nominally: the 2018 split lies between them")
    void turkestanIsNominal() {
        var comparisons = Comparability.of("KZ-61", List.of(total("KZ-61", "1989-01-12", 1_440_000, Basis.RECONSTRUCTED),
                total("KZ-61", "2023-01-01", 2_119_000, Basis.AS_ON_DATE)), SeedFixtures.GRAPH);
        assertThat(comparisons).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo(Comparability.Verdict.NOMINAL);
            assertThat(c.changes()).extracting(LineageEvent::id).containsExactly("KZ-2018-06-19-TURKESTAN");
            assertThat(c.reconstructed()).isTrue();
        });
    }

    @Test
    @DisplayName("Astana's renames do not make its 1989-to-2023 comparison nominal; no territorial change is recorded")
    void astanaHasNoRecordedChange() {
        var comparisons = Comparability.of("KZ-71", List.of(total("KZ-71", "1989-01-12", 281_000, Basis.AS_ON_DATE),
                total("KZ-71", "2023-01-01", 1_354_000, Basis.AS_ON_DATE)), SeedFixtures.GRAPH);
        assertThat(comparisons).singleElement()
                .satisfies(c -> assertThat(c.verdict()).isEqualTo(Comparability.Verdict.NO_CHANGE_RECORDED));
    }

    @Test
    @DisplayName("every pair of distinct dates is compared, per universe, earlier date first")
    void everyPair() {
        var figures = List.of(total("KZ-10", "1989-01-12", 838_000, Basis.RECONSTRUCTED),
                total("KZ-10", "2021-10-01", 610_000, Basis.RECONSTRUCTED), total("KZ-10", "2023-01-01", 610_000, Basis.AS_ON_DATE),
                new PopulationFigure(null, "KZ-10", LocalDate.of(2023, 1, 1), Universe.TOTAL_POPULATION, 610_205, 1, Basis.AS_ON_DATE,
                        "statistics", null));
        var comparisons = Comparability.of("KZ-10", figures, SeedFixtures.GRAPH);
        assertThat(comparisons).hasSize(3);
        assertThat(comparisons).extracting(c -> c.from() + ">" + c.to() + ":" + c.verdict()).containsExactly(
                "1989-01-12>2021-10-01:NO_CHANGE_RECORDED", "1989-01-12>2023-01-01:NOMINAL", "2021-10-01>2023-01-01:NOMINAL");
    }
}
