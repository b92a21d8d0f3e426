package org.seatwise.election.cap.seed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.election.cap.CapRegistry;
import org.seatwise.election.cap.LegalCap;

import io.quarkus.test.junit.QuarkusTest;

/** The caps seed runs at every start: it fills in what is missing and never undoes an analyst's correction. */
@QuarkusTest
class CapsSeedKeepsCorrectionsTest {

    @Inject
    KazakhstanCapsSeed seed;

    @Inject
    CapRegistry caps;

    @Test
    @DisplayName("a seeded cap corrected by an analyst keeps the correction when the seed runs again (a restart)")
    void correctionSurvivesTheSeed() {
        LegalCap seeded = KazakhstanCapsSeed.caps().get(0);
        LegalCap corrected = new LegalCap(seeded.jurisdiction(), seeded.unitKind(), seeded.inForceFrom(), seeded.maxSeats() + 5,
                seeded.legalAct(), seeded.provenance());
        try {
            caps.write(corrected);
            assertThat(seed.load()).as("caps the seed recorded again").isZero();
            assertThat(caps.all(seeded.jurisdiction())).contains(corrected).doesNotContain(seeded);
        } finally {
            caps.write(seeded);
        }
    }
}
