package org.seatwise.census.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatwise.census.seed.SeedFixtures.unit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Provenance;

class ValidityTest {

    @Test
    @DisplayName("South Kazakhstan region exists until 18 June 2018; Turkestan region and Shymkent from 19 June 2018")
    void theDayOfTheSplit() {
        LocalDate split = LocalDate.of(2018, 6, 19);
        assertThat(unit("KZ-YUZ").validOn(split.minusDays(1))).isTrue();
        assertThat(unit("KZ-YUZ").validOn(split)).isFalse();
        assertThat(unit("KZ-61").validOn(split.minusDays(1))).isFalse();
        assertThat(unit("KZ-61").validOn(split)).isTrue();
        assertThat(unit("KZ-79").validOn(split)).isTrue();
    }

    @Test
    @DisplayName("Abai, Jetisu and Ulytau regions exist from 8 June 2022, East Kazakhstan region throughout")
    void theRegionsOf2022() {
        for (String code : List.of("KZ-10", "KZ-33", "KZ-62")) {
            assertThat(unit(code).validOn(LocalDate.of(2022, 6, 7))).as(code).isFalse();
            assertThat(unit(code).validOn(LocalDate.of(2022, 6, 8))).as(code).isTrue();
        }
        assertThat(unit("KZ-63").validOn(LocalDate.of(1989, 1, 12))).isTrue();
        assertThat(unit("KZ-SEMIPALATINSK").validOn(LocalDate.of(1989, 1, 12))).isTrue();
        assertThat(unit("KZ-SEMIPALATINSK").validOn(LocalDate.of(1997, 5, 3))).isFalse();
    }

    @Test
    @DisplayName("the capital was Tselinograd in 1989, Akmola in 1995, Astana in 2000, Nur-Sultan in 2020 and Astana again from 19 September 2022")
    void theCapitalsNames() {
        AdministrativeUnit capital = unit("KZ-71");
        assertThat(capital.namesOn(LocalDate.of(1989, 1, 12)).en()).isEqualTo("Tselinograd");
        assertThat(capital.namesOn(LocalDate.of(1995, 1, 1)).en()).isEqualTo("Akmola");
        assertThat(capital.namesOn(LocalDate.of(2000, 1, 1)).en()).isEqualTo("Astana");
        assertThat(capital.namesOn(LocalDate.of(2020, 1, 1)).ru()).isEqualTo("Нур-Султан");
        assertThat(capital.namesOn(LocalDate.of(2022, 9, 18)).kk()).isEqualTo("Нұр-Сұлтан");
        assertThat(capital.namesOn(LocalDate.of(2022, 9, 19)).en()).isEqualTo("Astana");
        assertThat(capital.formerNames()).hasSize(4);
        assertThat(capital.formerNames().get(3).validFrom()).isEqualTo("2019-03-23");
    }

    @Test
    @DisplayName("a unit cannot cease before it begins, and a unit code has the contract's form")
    void invariants() {
        Provenance p = new Provenance("test", LocalDate.of(2024, 1, 1), null);
        assertThatThrownBy(() -> new AdministrativeUnit("X", UnitKind.CITY, new UnitNames(null, null, "X"), null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), List.of(), p)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdministrativeUnit("kz 61", UnitKind.CITY, new UnitNames(null, null, "X"), null,
                null, null, List.of(), p)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("kinds are open: any upper-case identifier is a kind, written in any case with hyphens")
    void kindsAreOpen() {
        assertThat(UnitKind.parse("city-republican")).isEqualTo(UnitKind.CITY_REPUBLICAN);
        assertThat(UnitKind.parse("urban settlement").name()).isEqualTo("URBAN_SETTLEMENT");
        assertThatThrownBy(() -> UnitKind.parse("12 planets")).isInstanceOf(IllegalArgumentException.class);
    }
}
