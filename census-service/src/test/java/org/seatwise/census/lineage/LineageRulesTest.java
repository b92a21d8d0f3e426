package org.seatwise.census.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.census.seed.SeedFixtures;
import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.UnitKind;
import org.seatwise.census.unit.UnitNames;
import org.seatwise.contracts.Provenance;

class LineageRulesTest {

    private static final Provenance TEST = new Provenance("test", LocalDate.of(2024, 1, 1), null);

    private static AdministrativeUnit unit(String code, String from, String to) {
        return new AdministrativeUnit(code, UnitKind.OBLAST, new UnitNames(null, null, code), null,
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), List.of(), TEST);
    }

    @Test
    @DisplayName("the Kazakhstan seed's lineage agrees with the validity of every unit it involves")
    void seedIsConsistent() {
        assertThat(LineageRules.check(SeedFixtures.BY_CODE, SeedFixtures.EVENTS)).isEmpty();
    }

    @Test
    @DisplayName("a split's new unit that begins on another day, and a ceasing unit still valid after, are both reported")
    void splitMismatch() {
        LineageEvent split = new LineageEvent("s", LineageKind.SPLIT, LocalDate.of(2018, 6, 19), DatePrecision.DAY,
                List.of("OLD"), List.of("A", "B"), null, null, null, Certainty.SECONDARY, TEST);
        List<String> problems = LineageRules.check(Map.of("OLD", unit("OLD", null, null), "A", unit("A", "2018-06-19", null),
                "B", unit("B", "2018-07-01", null)), List.of(split));
        assertThat(problems).hasSize(2).anyMatch(p -> p.contains("OLD ceases")).anyMatch(p -> p.contains("B begins"));
    }

    @Test
    @DisplayName("an event naming an unregistered unit is reported")
    void unknownUnit() {
        LineageEvent merge = new LineageEvent("m", LineageKind.MERGED, LocalDate.of(1997, 5, 3), DatePrecision.DAY,
                List.of("GONE", "A"), List.of("A"), null, null, null, Certainty.SECONDARY, TEST);
        assertThat(LineageRules.check(Map.of("A", unit("A", null, null)), List.of(merge)))
                .singleElement().asString().contains("GONE");
    }

    @Test
    @DisplayName("in a transfer both units continue; in an abolition the takers continue and the abolished unit ceases")
    void whoContinues() {
        LineageEvent transfer = new LineageEvent("t", LineageKind.TRANSFERRED_TERRITORY, LocalDate.of(1999, 1, 1),
                DatePrecision.YEAR, List.of("A"), List.of("B"), null, null, null, Certainty.UNCERTAIN, TEST);
        assertThat(transfer.continuing()).containsExactly("A", "B");
        assertThat(transfer.ceasing()).isEmpty();
        LineageEvent abolition = new LineageEvent("a", LineageKind.ABOLISHED, LocalDate.of(1997, 1, 1), DatePrecision.DAY,
                List.of("T"), List.of("K", "A"), null, null, null, Certainty.UNCERTAIN, TEST);
        assertThat(abolition.ceasing()).containsExactly("T");
        assertThat(abolition.continuing()).containsExactly("K", "A");
        assertThat(LineageRules.check(Map.of("T", unit("T", null, "1997-01-01"), "K", unit("K", null, null),
                "A", unit("A", null, null)), List.of(abolition))).isEmpty();
    }
}
