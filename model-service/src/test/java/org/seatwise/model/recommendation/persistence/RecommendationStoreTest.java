package org.seatwise.model.recommendation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Provenance;
import org.seatwise.model.readmodel.RollFigure;
import org.seatwise.model.recommendation.ActiveConfigurations;
import org.seatwise.model.recommendation.Configuration;
import org.seatwise.model.recommendation.Recommendation;
import org.seatwise.model.sizing.SeatSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Recommendations written by COPY against the real database: what goes in reads back the same. */
@QuarkusTest
class RecommendationStoreTest {

    @Inject
    RecommendationStore store;

    @Inject
    ActiveConfigurations configurations;

    @Inject
    AgroalDataSource dataSource;

    private static String newUnit() {
        return "RS-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private Recommendation recommendation(String unit, Configuration configuration, String citation, long voters) {
        LocalDate rollDate = LocalDate.of(2023, 1, 1);
        RollFigure input = new RollFigure(unit, "bulletin\t" + unit, 2, voters, rollDate,
                new Provenance("Орталық сайлау комиссиясы \\ CEC", rollDate, citation));
        SeatSize size = new SeatSize(new BigDecimal("105.59803542497025"), 106, null, false, 106);
        return new Recommendation(UUID.randomUUID(), unit, configuration, input, size, null, null,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    @DisplayName("a recommendation whose texts hold tabs, line breaks, backslashes, quotes and Kazakh letters reads back equal")
    void awkwardTextsReadBackEqual() {
        String unit = newUnit();
        Configuration primary = configurations.primary();
        Recommendation written = recommendation(unit, primary, "Бюллетень №1,\ttable 2\nrow \"3\"\r\\N and \\t as typed", 1_177_507);

        Set<UUID> alreadyStored = QuarkusTransaction.requiringNew().call(() -> store.append(List.of(written)));

        assertThat(alreadyStored).isEmpty();
        List<RecommendationStore.Stored> read = store.asOf(primary, unit, null);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).recommendation()).isEqualTo(written);
    }

    @Test
    @DisplayName("appending ids already stored names them, keeps the other rows of the same call, and leaves the first content")
    void storedIdsAreNamedAndTheRestKept() {
        Configuration primary = configurations.primary();
        Recommendation first = recommendation(newUnit(), primary, "first", 500_000);
        QuarkusTransaction.requiringNew().run(() -> store.append(List.of(first)));

        // The same id again (a recomputation racing a redelivery), beside rows not stored yet, across two COPY chunks.
        List<Recommendation> again = new ArrayList<>();
        again.add(new Recommendation(first.id(), first.unitCode(), primary, first.input(), first.size(), 46, -60,
                first.computedAt().plusSeconds(5)));
        for (int i = 0; i < 5_000; i++) {
            again.add(recommendation(newUnit() + "-" + i, primary, null, 10_000 + i));
        }
        Set<UUID> alreadyStored = QuarkusTransaction.requiringNew().call(() -> store.append(again));

        assertThat(alreadyStored).containsExactly(first.id());
        assertThat(store.asOf(primary, first.unitCode(), null)).singleElement()
                .satisfies(s -> assertThat(s.recommendation()).isEqualTo(first));
        Recommendation last = again.get(again.size() - 1);
        assertThat(store.asOf(primary, last.unitCode(), null)).singleElement()
                .satisfies(s -> assertThat(s.recommendation()).isEqualTo(last));
        assertThat(store.computedAt(again.stream().map(Recommendation::id).toList())).hasSize(again.size());
    }

    @Test
    @DisplayName("the service's connections plan each statement with its values and never JIT-compile it (docs/performance.md)")
    void connectionsPlanAnewWithoutJit() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_setting('plan_cache_mode'), current_setting('jit')")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("force_custom_plan");
            assertThat(r.getString(2)).as("JIT compiled a batch's statements anew each time").isEqualTo("off");
        }
    }
}
