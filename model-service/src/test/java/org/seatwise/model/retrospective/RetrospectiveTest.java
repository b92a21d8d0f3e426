package org.seatwise.model.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.CouncilSeatsRecorded;
import org.seatwise.contracts.Provenance;
import org.seatwise.model.readmodel.PopulationFigure;

class RetrospectiveTest {

    private static final Provenance STUDY = new Provenance("study, Table 1", LocalDate.of(2025, 2, 28), null);

    // The study's Table 1, Kostanay (KZ-39): 47 deputies in 1994, 32 in 2023; 1,221 thousand in 1989, 832 thousand in 2023.
    private final List<CouncilSeatsRecorded> seats = List.of(
            new CouncilSeatsRecorded("KZ-39", "I", LocalDate.of(1994, 3, 7), 47, STUDY),
            new CouncilSeatsRecorded("KZ-39", "VIII", LocalDate.of(2023, 3, 19), 32, STUDY));
    private final List<PopulationFigure> population = List.of(
            new PopulationFigure("p89", "KZ-39", LocalDate.of(1989, 1, 12), "TOTAL_POPULATION", 1_221_000, STUDY),
            new PopulationFigure("p23", "KZ-39", LocalDate.of(2023, 1, 1), "TOTAL_POPULATION", 832_000, STUDY),
            new PopulationFigure("v23", "KZ-39", LocalDate.of(2023, 1, 1), "VOTERS_ON_ROLL", 553_404, STUDY));

    @Test
    @DisplayName("Kostanay: 47 → 32 seats is −31.9 % and 1,221,000 → 832,000 people is −31.9 %, both relative to the earlier value")
    void kostanay() {
        var row = Retrospective.of("KZ-39", null, seats, population, 1994, 2023);
        assertThat(row.earlierSeats().seats()).isEqualTo(47);
        assertThat(row.laterSeats().seats()).isEqualTo(32);
        assertThat(row.seatsChangePercent()).isEqualByComparingTo(new BigDecimal("-31.9")); // (32−47)/47 = −31.91 %
        assertThat(row.earlierPopulation().figureId()).isEqualTo("p89");
        assertThat(row.laterPopulation().figureId()).as("voters on the roll are not population").isEqualTo("p23");
        assertThat(row.populationChangePercent()).isEqualByComparingTo(new BigDecimal("-31.9")); // (832−1221)/1221 = −31.86 %
        assertThat(row.notes()).isEmpty();
    }

    @Test
    @DisplayName("a region created in 2022 has no 1994 convocation and carries a lineage note")
    void newRegion() {
        var ulytau = List.of(new CouncilSeatsRecorded("KZ-62", "VIII", LocalDate.of(2023, 3, 19), 26, STUDY));
        var row = Retrospective.of("KZ-62", LocalDate.of(2022, 6, 8), ulytau, List.of(), 1994, 2023);
        assertThat(row.earlierSeats()).isNull();
        assertThat(row.seatsChangePercent()).isNull();
        assertThat(row.notes()).anyMatch(n -> n.contains("2022-06-08"));
    }
}
