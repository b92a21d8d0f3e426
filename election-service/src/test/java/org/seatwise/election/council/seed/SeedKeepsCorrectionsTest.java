package org.seatwise.election.council.seed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.election.council.ConvocationSeats;
import org.seatwise.election.council.CouncilRegistry;

import io.quarkus.test.junit.QuarkusTest;

/** The councils seed runs at every start: it fills in what is missing and never undoes an analyst's correction. */
@QuarkusTest
class SeedKeepsCorrectionsTest {

    @Inject
    KazakhstanCouncilsSeed seed;

    @Inject
    CouncilRegistry councils;

    @Test
    @DisplayName("a seeded convocation corrected by an analyst keeps the correction when the seed runs again (a restart)")
    void correctionSurvivesTheSeed() {
        ConvocationSeats seeded = KazakhstanCouncilsSeed.seats().stream()
                .filter(s -> s.unitCode().equals("KZ-10") && s.convocation().equals("VIII")).findFirst().orElseThrow();
        ConvocationSeats corrected = new ConvocationSeats(seeded.unitCode(), seeded.convocation(), seeded.electionDate(),
                seeded.seats() - 1, seeded.provenance());
        try {
            councils.write(corrected);
            assertThat(seed.load()).as("counts the seed recorded again").isZero();
            assertThat(councils.convocations("KZ-10")).contains(corrected).doesNotContain(seeded);
        } finally {
            councils.write(seeded);
        }
    }
}
