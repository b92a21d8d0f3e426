package org.seatwise.census.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.census.population.Basis;
import org.seatwise.census.population.DraftUpload;
import org.seatwise.census.population.PopulationFigure;
import org.seatwise.census.population.PopulationValidator;
import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.UnitKind;

class KazakhstanSeedDataTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    private static List<PopulationFigure> figures(DraftUpload upload) {
        Map<String, AdministrativeUnit> units = new HashMap<>();
        SeedFixtures.UNITS.forEach(u -> u.aliases().forEach(a -> units.put(a, u)));
        SeedFixtures.UNITS.forEach(u -> units.put(u.code(), u));
        var outcome = new PopulationValidator(c -> Optional.ofNullable(units.get(c)), k -> Optional.empty(), TODAY).validate(upload);
        assertThat(outcome).as(upload.source()).isInstanceOf(PopulationValidator.Valid.class);
        return ((PopulationValidator.Valid) outcome).figures();
    }

    @Test
    @DisplayName("today Kazakhstan has 17 regions, 2 cities of republican significance and the capital; five regions are history")
    void units() {
        var firstLevel = SeedFixtures.UNITS.stream().filter(u -> "KZ".equals(u.parentCode())).toList();
        assertThat(firstLevel.stream().filter(u -> u.validOn(TODAY))).hasSize(20);
        assertThat(firstLevel.stream().filter(u -> !u.validOn(TODAY)).map(AdministrativeUnit::code))
                .containsExactlyInAnyOrder("KZ-YUZ", "KZ-SEMIPALATINSK", "KZ-ZHEZKAZGAN", "KZ-TALDYKORGAN", "KZ-KOKSHETAU");
        var abai = SeedFixtures.UNITS.stream().filter(u -> "KZ-10".equals(u.parentCode())).toList();
        assertThat(abai).hasSize(10);
        assertThat(abai.stream().filter(u -> u.kind().equals(UnitKind.CITY)).map(AdministrativeUnit::code))
                .containsExactlyInAnyOrder("KZ-10-KURCHATOV", "KZ-10-SEMEY");
    }

    @Test
    @DisplayName("parents come before their children, and every code and alias is unique")
    void order() {
        var seen = new java.util.HashSet<String>();
        var aliases = new java.util.HashSet<String>();
        for (AdministrativeUnit u : SeedFixtures.UNITS) {
            assertThat(u.parentCode() == null || seen.contains(u.parentCode())).as(u.code()).isTrue();
            assertThat(seen.add(u.code())).as(u.code()).isTrue();
            u.aliases().forEach(a -> assertThat(aliases.add(a) && !seen.contains(a)).as(a).isTrue());
        }
    }

    @Test
    @DisplayName("the study's Table 1 gives each region's 1989 and 2023 population in thousands, stored as thousands × 1000 rounded to 1000")
    void tableOne() {
        List<DraftUpload> uploads = KazakhstanSeedData.population();
        List<PopulationFigure> y1989 = figures(uploads.get(0));
        List<PopulationFigure> y2023 = figures(uploads.get(1));
        assertThat(y1989).hasSize(20).allSatisfy(f -> {
            assertThat(f.date()).isEqualTo("1989-01-12");
            assertThat(f.roundedTo()).isEqualTo(1000);
        });
        assertThat(y1989).filteredOn(f -> f.unitCode().equals("KZ-61")).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(1_440_000);
            assertThat(f.basis()).isEqualTo(Basis.RECONSTRUCTED);
            assertThat(f.citation()).contains("printed as 1440 thousand").contains("without Shymkent city");
        });
        assertThat(y1989).filteredOn(f -> f.basis() == Basis.RECONSTRUCTED).extracting(PopulationFigure::unitCode)
                .containsExactlyInAnyOrder("KZ-61", "KZ-79", "KZ-33", "KZ-10", "KZ-62", "KZ-47");
        assertThat(y2023).hasSize(20).allSatisfy(f -> assertThat(f.basis()).isEqualTo(Basis.AS_ON_DATE));
        assertThat(y2023).filteredOn(f -> f.unitCode().equals("KZ-10")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(610_000));
    }

    @Test
    @DisplayName("Abai region's ten districts and cities add up to 610,046 at the 2021 census and 610,205 on 1 January 2023")
    void abaiDistricts() {
        List<DraftUpload> uploads = KazakhstanSeedData.population();
        List<PopulationFigure> census = figures(uploads.get(2));
        List<PopulationFigure> estimate = figures(uploads.get(3));
        assertThat(census).hasSize(11);
        assertThat(census.stream().filter(f -> !f.unitCode().equals("KZ-10")).mapToLong(PopulationFigure::value).sum())
                .isEqualTo(610_046);
        assertThat(estimate.stream().filter(f -> !f.unitCode().equals("KZ-10")).mapToLong(PopulationFigure::value).sum())
                .isEqualTo(610_205);
        assertThat(estimate).filteredOn(f -> f.unitCode().equals("KZ-10")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(610_205));
        assertThat(census).filteredOn(f -> f.basis() == Basis.RECONSTRUCTED).extracting(PopulationFigure::unitCode)
                .containsExactlyInAnyOrder("KZ-10-AKSUAT", "KZ-10-KOKPEKTI", "KZ-10");
        assertThat(census).allSatisfy(f -> assertThat(f.date()).isEqualTo("2021-10-01"));
    }

    @Test
    @DisplayName("every lineage event has a source, and an act or a note that says why there is none")
    void lineageIsCited() {
        assertThat(SeedFixtures.EVENTS).hasSize(21).allSatisfy(e -> {
            assertThat(e.provenance().source()).isNotBlank();
            assertThat(e.act() != null || e.note() != null).as(e.id()).isTrue();
            assertThat(e.date()).isBefore(TODAY);
        });
    }
}
