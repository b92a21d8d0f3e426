package org.seatwise.census.seed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.census.population.DraftUpload;
import org.seatwise.census.population.application.PopulationService;
import org.seatwise.census.unit.application.UnitRegistry;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeedIdempotenceTest {

    @Inject
    UnitRegistry registry;
    @Inject
    PopulationService population;

    @Test
    @DisplayName("loading the Kazakhstan seed again, as every restart does, stores and announces nothing: what was stored reads back equal")
    void restartIsANoOp() {
        UnitRegistry.Registration again = registry.register(KazakhstanSeedData.units(), KazakhstanSeedData.lineage());
        assertThat(again).isEqualTo(new UnitRegistry.Registration(0, 0, 0));
        for (DraftUpload upload : KazakhstanSeedData.population()) {
            assertThat(population.submit(upload)).isInstanceOfSatisfying(PopulationService.Accepted.class, a -> {
                assertThat(a.stored()).as(upload.source()).isZero();
                assertThat(a.alreadyRecorded()).isEqualTo(upload.rows().size());
            });
        }
    }
}
