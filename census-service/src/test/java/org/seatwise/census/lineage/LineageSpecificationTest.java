package org.seatwise.census.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatwise.census.seed.SeedFixtures.GRAPH;
import static org.seatwise.census.seed.SeedFixtures.unit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Provenance;

class LineageSpecificationTest {

    private static final Provenance TEST = new Provenance("test", LocalDate.of(2024, 1, 1), null);

    private static LineageEvent event(String id, LineageKind kind, String date, List<String> from, List<String> to) {
        return new LineageEvent(id, kind, LocalDate.parse(date), DatePrecision.DAY, from, to, null, null, null,
                Certainty.SECONDARY, TEST);
    }

    private static List<String> codes(List<Relative> relatives) {
        return relatives.stream().map(Relative::code).toList();
    }

    @Test
    @DisplayName("Turkestan region's lineage leads back to South Kazakhstan region and its 1989 predecessor, Chimkent Region")
    void turkestanLeadsBackToChimkentRegion() {
        List<Relative> ancestors = GRAPH.ancestors("KZ-61");
        assertThat(codes(ancestors)).containsExactly("KZ-YUZ");
        assertThat(ancestors.get(0).relation()).isEqualTo("split from");
        assertThat(ancestors.get(0).via().id()).isEqualTo("KZ-2018-06-19-TURKESTAN");
        assertThat(unit("KZ-YUZ").namesOn(LocalDate.of(1989, 1, 12)).en()).isEqualTo("Chimkent Region");
        assertThat(unit("KZ-61").censusPredecessors()).singleElement()
                .satisfies(p -> assertThat(p.predecessorCode()).isEqualTo("KZ-YUZ"));
    }

    @Test
    @DisplayName("South Kazakhstan region's descendants are Turkestan region and the city of Shymkent, both from 19 June 2018")
    void southKazakhstanSplitInTwo() {
        assertThat(codes(GRAPH.descendants("KZ-YUZ"))).containsExactly("KZ-61", "KZ-79");
        assertThat(GRAPH.descendants("KZ-YUZ")).allSatisfy(r -> assertThat(r.via().date()).isEqualTo("2018-06-19"));
    }

    @Test
    @DisplayName("Jetisu's ancestors run through Almaty region (2022) back to Taldykorgan region (merged in 1997)")
    void jetisuLeadsBackToTaldykorgan() {
        List<Relative> ancestors = GRAPH.ancestors("KZ-33");
        assertThat(codes(ancestors)).containsExactly("KZ-19", "KZ-TALDYKORGAN");
        assertThat(ancestors.get(1).depth()).isEqualTo(2);
        assertThat(ancestors.get(1).through()).isEqualTo("KZ-19");
        assertThat(ancestors.get(1).relation()).isEqualTo("merged from");
    }

    @Test
    @DisplayName("Semipalatinsk region's territory went to East Kazakhstan in 1997 and from it to Abai region in 2022")
    void semipalatinskDescendants() {
        assertThat(codes(GRAPH.descendants("KZ-SEMIPALATINSK"))).containsExactly("KZ-63", "KZ-10");
        assertThat(codes(GRAPH.ancestors("KZ-10"))).containsExactly("KZ-63", "KZ-SEMIPALATINSK");
        assertThat(codes(GRAPH.ancestors("KZ-62"))).containsExactly("KZ-35", "KZ-ZHEZKAZGAN");
    }

    @Test
    @DisplayName("a walk back in time does not follow a merger that happened after the unit had split off")
    void timeOrderedWalk() {
        LineageGraph g = LineageGraph.of(List.of(
                event("split", LineageKind.SPLIT, "2000-01-01", List.of("P"), List.of("P", "X")),
                event("merge", LineageKind.MERGED, "2010-01-01", List.of("Q", "P"), List.of("P"))));
        assertThat(codes(g.ancestors("X"))).containsExactly("P");
        assertThat(codes(g.descendants("Q"))).containsExactly("P");
        assertThat(codes(g.descendants("P"))).containsExactly("X");
        assertThat(codes(g.ancestors("P"))).containsExactly("Q");
    }

    @Test
    @DisplayName("a transfer of territory links the giver and the taker, and both continue")
    void transfer() {
        LineageGraph g = LineageGraph.of(List.of(
                event("t", LineageKind.TRANSFERRED_TERRITORY, "1999-01-01", List.of("A"), List.of("B"))));
        assertThat(g.ancestors("B")).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("A");
            assertThat(r.relation()).isEqualTo("received territory from");
        });
        assertThat(g.descendants("A")).singleElement().satisfies(r -> assertThat(r.relation()).isEqualTo("gave territory to"));
        assertThat(g.territorialChanges("A", LocalDate.of(1998, 1, 1), LocalDate.of(2000, 1, 1))).hasSize(1);
    }

    @Test
    @DisplayName("a creation and an abolition link the units that gave and took territory")
    void creationAndAbolition() {
        LineageGraph g = LineageGraph.of(List.of(
                event("c", LineageKind.CREATED, "1970-11-23", List.of("K"), List.of("T")),
                event("a", LineageKind.ABOLISHED, "1997-01-01", List.of("T"), List.of("K", "A"))));
        assertThat(codes(g.ancestors("T"))).containsExactly("K");
        assertThat(codes(g.descendants("T"))).containsExactly("A", "K");
        assertThat(g.descendants("T").get(0).relation()).isEqualTo("abolished, territory to");
    }

    @Test
    @DisplayName("renames are not steps of lineage: Astana has no ancestors, only a history of names")
    void renamesAreNotSteps() {
        assertThat(GRAPH.ancestors("KZ-71")).isEmpty();
        assertThat(GRAPH.eventsOf("KZ-71")).extracting(LineageEvent::kind).containsOnly(LineageKind.RENAMED).hasSize(4);
    }

    @Test
    @DisplayName("Turkestan region's territory changed between 1989 and 2023 (the 2018 split), Astana's did not as far as recorded")
    void territorialChanges() {
        assertThat(GRAPH.territorialChanges("KZ-61", LocalDate.of(1989, 1, 12), LocalDate.of(2023, 1, 1)))
                .extracting(LineageEvent::id).containsExactly("KZ-2018-06-19-TURKESTAN");
        assertThat(GRAPH.territorialChanges("KZ-71", LocalDate.of(1989, 1, 12), LocalDate.of(2023, 1, 1))).isEmpty();
        assertThat(GRAPH.territorialChanges("KZ-63", LocalDate.of(1989, 1, 12), LocalDate.of(2023, 1, 1)))
                .extracting(LineageEvent::id).containsExactly("KZ-1997-05-03-SEMIPALATINSK", "KZ-2022-06-08-ABAI");
        assertThat(GRAPH.territorialChanges("KZ-61", LocalDate.of(2018, 6, 19), LocalDate.of(2023, 1, 1))).isEmpty();
    }

    @Test
    @DisplayName("a date known to the month or the year reads as such")
    void precision() {
        assertThat(DatePrecision.parse("1992-07").date()).isEqualTo("1992-07-01");
        assertThat(DatePrecision.parse("1992").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(DatePrecision.MONTH.format(LocalDate.of(1992, 7, 1))).isEqualTo("1992-07");
        assertThat(DatePrecision.YEAR.format(LocalDate.of(1992, 1, 1))).isEqualTo("1992");
    }
}
