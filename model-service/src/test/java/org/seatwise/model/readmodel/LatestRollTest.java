package org.seatwise.model.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.VoterRollPublished;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Which of a unit's roll figures recomputation uses: the latest roll date, then the one election-service accepted
 * last (its acceptance sequence), whoever issued it — never the bulletin version or the time model-service received it.
 */
@QuarkusTest
class LatestRollTest {

    private static final Provenance SOURCE = new Provenance("test commission", LocalDate.of(2023, 1, 1), null);

    @Inject
    ReadModel readModel;

    private static VoterRollPublished roll(String unit, String bulletin, int version, long voters, LocalDate date,
            long accepted) {
        return new VoterRollPublished(bulletin, version, 1, unit, voters, date, SOURCE, accepted, null);
    }

    /** Each call its own statement, committed: figures received at different times. */
    void apply(VoterRollPublished... rolls) {
        readModel.applyRolls(List.of(rolls));
    }

    private long latestVoters(String unit) {
        return readModel.inputs(List.of(unit)).get(unit).latestRoll().voters();
    }

    @Test
    @DisplayName("a bulletin of an earlier roll date accepted later does not replace the figure of a later date")
    void laterRollDateWins() {
        String unit = "T-" + UUID.randomUUID();
        apply(roll(unit, "b-2024", 1, 2024, LocalDate.of(2024, 1, 1), 1));
        apply(roll(unit, "b-2023", 1, 2023, LocalDate.of(2023, 1, 1), 2));
        assertThat(latestVoters(unit)).isEqualTo(2024);
    }

    @Test
    @DisplayName("at the same roll date the bulletin accepted last wins, whatever its issuer's version and the order received")
    void acceptedLastWins() {
        String unit = "T-" + UUID.randomUUID();
        LocalDate date = LocalDate.of(2023, 1, 1);
        // Issuer A's third correction, accepted before issuer B's first bulletin of the same date, received after it.
        apply(roll(unit, "b-issuer-b-v1", 1, 100, date, 11));
        apply(roll(unit, "b-issuer-a-v3", 3, 300, date, 10));
        assertThat(latestVoters(unit)).isEqualTo(100);
    }

    @Test
    @DisplayName("figures of one batch, received at the same instant, are ordered by acceptance, not by arrival")
    void oneBatchOrderedByAcceptance() {
        String unit = "T-" + UUID.randomUUID();
        LocalDate date = LocalDate.of(2023, 1, 1);
        apply(roll(unit, "b-10", 1, 10, date, 10), roll(unit, "b-12", 1, 12, date, 12), roll(unit, "b-11", 1, 11, date, 11));
        assertThat(latestVoters(unit)).isEqualTo(12);
    }

    @Test
    @DisplayName("the inputs of many units at once give each unit its own latest figure, and none to a unit without one")
    void manyUnits() {
        String a = "T-" + UUID.randomUUID(), b = "T-" + UUID.randomUUID(), none = "T-" + UUID.randomUUID();
        apply(roll(a, "b1", 1, 10, LocalDate.of(2022, 1, 1), 1), roll(b, "b1", 1, 20, LocalDate.of(2022, 1, 1), 1),
                roll(a, "b2", 1, 11, LocalDate.of(2023, 1, 1), 2));
        var inputs = readModel.inputs(List.of(a, b, none));
        assertThat(inputs.get(a).latestRoll().voters()).isEqualTo(11);
        assertThat(inputs.get(b).latestRoll().voters()).isEqualTo(20);
        assertThat(inputs.get(none).latestRoll()).isNull();
    }
}
