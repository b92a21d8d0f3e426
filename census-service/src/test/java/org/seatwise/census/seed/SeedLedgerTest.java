package org.seatwise.census.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.census.population.DraftFigure;
import org.seatwise.census.population.DraftUpload;
import org.seatwise.census.seed.persistence.SeedLedger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeedLedgerTest {

    @Inject
    KazakhstanSeed seed;
    @Inject
    SeedLedger ledger;
    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("the start on a fresh database stored the seed and recorded its hash; a restart finds it and skips the check")
    void restartSkipsTheStoredSeed() {
        assertThat(ledger.recorded(KazakhstanSeed.NAME)).contains(currentHash());
        assertThat(seed.load()).isEqualTo(KazakhstanSeed.Outcome.UNCHANGED);
    }

    @Test
    @DisplayName("a recorded hash of other content (an older seed, other migrations, or none) makes the start check the seed again and record it")
    void otherHashChecksAgain() throws SQLException {
        execute("UPDATE seed_applied SET content_hash = 'older' WHERE name = ?");
        assertThat(seed.load()).isEqualTo(KazakhstanSeed.Outcome.APPLIED);
        assertThat(ledger.recorded(KazakhstanSeed.NAME)).contains(currentHash());

        execute("DELETE FROM seed_applied WHERE name = ?");
        assertThat(seed.load()).isEqualTo(KazakhstanSeed.Outcome.APPLIED);
        assertThat(seed.load()).isEqualTo(KazakhstanSeed.Outcome.UNCHANGED);
    }

    @Test
    @DisplayName("the hash is the same for the same seed read twice and differs when a single figure differs")
    void hashFollowsTheContent() {
        String once = currentHash();
        assertThat(currentHash()).isEqualTo(once);

        List<DraftUpload> uploads = new ArrayList<>(KazakhstanSeedData.population());
        DraftUpload first = uploads.get(0);
        List<DraftFigure> rows = new ArrayList<>(first.rows());
        DraftFigure f = rows.get(0);
        rows.set(0, new DraftFigure(f.row(), f.unitCode(), f.date(), f.universe(), String.valueOf(Long.parseLong(f.value()) + 1000),
                f.roundedTo(), f.basis(), f.note()));
        uploads.set(0, new DraftUpload(first.source(), first.citation(), rows));
        assertThat(ledger.hash(KazakhstanSeed.content(KazakhstanSeedData.units(), KazakhstanSeedData.lineage(), uploads)))
                .isNotEqualTo(once);
    }

    private String currentHash() {
        return ledger.hash(KazakhstanSeed.content(KazakhstanSeedData.units(), KazakhstanSeedData.lineage(),
                KazakhstanSeedData.population()));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, KazakhstanSeed.NAME);
            s.executeUpdate();
        }
    }
}
