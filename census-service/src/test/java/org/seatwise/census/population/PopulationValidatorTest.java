package org.seatwise.census.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.census.seed.SeedFixtures;
import org.seatwise.census.unit.AdministrativeUnit;

class PopulationValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final Map<String, AdministrativeUnit> UNITS = new HashMap<>();

    static {
        SeedFixtures.UNITS.forEach(u -> u.aliases().forEach(a -> UNITS.put(a, u)));
        SeedFixtures.UNITS.forEach(u -> UNITS.put(u.code(), u));
    }

    private final Map<FigureKey, PopulationFigure> recorded = new HashMap<>();

    private PopulationValidator.Outcome validate(String source, DraftFigure... rows) {
        return new PopulationValidator(code -> Optional.ofNullable(UNITS.get(code)), key -> Optional.ofNullable(recorded.get(key)),
                TODAY).validate(new DraftUpload(source, "test citation", List.of(rows)));
    }

    private static DraftFigure row(int n, String unit, String date, String universe, String value) {
        return new DraftFigure(n, unit, date, universe, value, null, null, null);
    }

    private static List<RowError> errors(PopulationValidator.Outcome outcome) {
        assertThat(outcome).isInstanceOf(PopulationValidator.Invalid.class);
        return ((PopulationValidator.Invalid) outcome).errors();
    }

    @Test
    @DisplayName("an upload with an unknown unit, a unit not yet existing, a negative, a non-integer value, a future date and a duplicate lists all six rows")
    void everyBadRowIsListed() {
        List<RowError> errors = errors(validate("bulletin", row(2, "KZ-00", "2023-01-01", "total", "100"),
                row(3, "KZ-61", "2010-01-01", "total", "100"), row(4, "KZ-75", "2023-01-01", "total", "-5"),
                row(5, "KZ-19", "2023-01-01", "total", "12.5"), row(6, "KZ-15", "2025-03-02", "total", "100"),
                row(7, "KZ-31", "2023-01-01", "total", "100"), row(8, "KZ-31", "2023-01-01", "TOTAL_POPULATION", "100")));
        assertThat(errors).extracting(RowError::row).containsExactly(2, 3, 4, 5, 6, 8);
        assertThat(errors.get(0).reason()).contains("unknown unit");
        assertThat(errors.get(1).reason()).contains("did not exist on 2010-01-01").contains("from 2018-06-19");
        assertThat(errors.get(2).reason()).contains("negative");
        assertThat(errors.get(3).reason()).contains("whole number");
        assertThat(errors.get(4).reason()).contains("future");
        assertThat(errors.get(5).reason()).contains("duplicate").contains("row 7");
    }

    @Test
    @DisplayName("an upload without a source or without rows is refused as a whole")
    void sourceAndRowsRequired() {
        assertThat(errors(validate(" "))).extracting(RowError::field).containsExactly("source", "figures");
    }

    @Test
    @DisplayName("a valid upload gives figures with ids derived from unit, date, universe and source; an old letter code resolves")
    void valid() {
        var outcome = validate("bulletin", row(1, "KZ-AST", "2023-01-01", "voters", "700000"),
                new DraftFigure(2, "KZ-61", "1989-01-12", "total", "1440000", "1000", "reconstructed", "predecessor territory"));
        assertThat(outcome).isInstanceOf(PopulationValidator.Valid.class);
        var figures = ((PopulationValidator.Valid) outcome).figures();
        assertThat(figures.get(0).unitCode()).isEqualTo("KZ-71");
        assertThat(figures.get(0).universe()).isEqualTo(Universe.VOTERS_ON_ROLL);
        assertThat(figures.get(0).id()).isEqualTo(new FigureKey("KZ-71", LocalDate.of(2023, 1, 1), Universe.VOTERS_ON_ROLL,
                "bulletin").id());
        assertThat(figures.get(1).basis()).isEqualTo(Basis.RECONSTRUCTED);
        assertThat(figures.get(1).citation()).isEqualTo("test citation; predecessor territory");
        assertThat(figures.get(1).citationWithCaveats()).contains("rounded to the nearest 1000");
    }

    @Test
    @DisplayName("the same figures again are valid and nothing in them is new; a different value from the same source is refused")
    void reupload() {
        var first = (PopulationValidator.Valid) validate("census", row(1, "KZ-10-ABAY", "2023-01-01", "total", "14054"));
        first.figures().forEach(f -> recorded.put(f.key(), f));
        var again = validate("census", row(1, "KZ-10-ABAY", "2023-01-01", "total", "14054"));
        assertThat(((PopulationValidator.Valid) again).newOnes()).isEmpty();
        assertThat(errors(validate("census", row(1, "KZ-10-ABAY", "2023-01-01", "total", "14055")))).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("already gave 14054"));
        assertThat(((PopulationValidator.Valid) validate("another source", row(1, "KZ-10-ABAY", "2023-01-01", "total", "14055")))
                .newOnes()).as("another source may disagree; both are kept").hasSize(1);
    }

    @Test
    @DisplayName("a value that is not a multiple of its rounding, a rounding that is no power of ten and an unknown universe or basis are refused")
    void roundingUniverseBasis() {
        List<RowError> errors = errors(validate("s", new DraftFigure(1, "KZ-75", "2023-01-01", "total", "2161500", "1000", null, null),
                new DraftFigure(2, "KZ-75", "2022-01-01", "total", "2000000", "500", null, null),
                new DraftFigure(3, "KZ-75", "2021-01-01", "adults", "2000000", null, null, null),
                new DraftFigure(4, "KZ-75", "2020-01-01", "total", "2000000", null, "guessed", null)));
        assertThat(errors).extracting(RowError::field).containsExactly("value", "roundedTo", "universe", "basis");
    }

    @Test
    @DisplayName("a figure of a unit that did not exist yet is accepted when its source attributes it to the unit's territory")
    void reconstructedBeforeTheUnit() {
        var outcome = validate("s", new DraftFigure(1, "KZ-10-AKSUAT", "2021-10-01", "total", "19916", null, "RECONSTRUCTED", null));
        assertThat(outcome).isInstanceOf(PopulationValidator.Valid.class);
        assertThat(errors(validate("s", row(1, "KZ-10-AKSUAT", "2021-10-01", "total", "19916")))).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("RECONSTRUCTED"));
    }
}
