package org.seatwise.census.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.census.lineage.Certainty;
import org.seatwise.census.lineage.DatePrecision;
import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.lineage.LineageKind;
import org.seatwise.census.unit.application.UnitRegistry;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.Topics;
import org.seatwise.platform.testing.TopicTail;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LineageAnnouncementTest {

    @Inject
    UnitRegistry registry;

    private static final Provenance TEST = new Provenance("test", LocalDate.of(2024, 1, 1), null);

    private static AdministrativeUnit unit(String code, LocalDate from, LocalDate to) {
        return new AdministrativeUnit(code, UnitKind.DISTRICT, new UnitNames(null, null, code), "KZ-63", from, to, List.of(), TEST);
    }

    @Test
    @DisplayName("a split is stored with its units and announces each unit once; a later rename re-announces the renamed unit only")
    void lineageChangesAreAnnounced() {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String old = "TEST-OLD-" + tag;
        String a = "TEST-A-" + tag;
        String b = "TEST-B-" + tag;
        LocalDate day = LocalDate.of(2020, 1, 1);
        LineageEvent split = new LineageEvent("TEST-SPLIT-" + tag, LineageKind.SPLIT, day, DatePrecision.DAY, List.of(old),
                List.of(a, b), null, "test act", null, Certainty.VERIFIED, TEST);
        try (TopicTail tail = TopicTail.since(Topics.CENSUS, Instant.now().minusSeconds(1))) {
            var first = registry.register(List.of(unit(old, null, day), unit(a, day, null), unit(b, day, null)), List.of(split));
            assertThat(first).isEqualTo(new UnitRegistry.Registration(3, 1, 3));
            assertThat(tail.await(e -> e.subject() != null && e.subject().endsWith(tag), 3, Duration.ofSeconds(20))).hasSize(3);

            LineageEvent rename = new LineageEvent("TEST-RENAME-" + tag, LineageKind.RENAMED, LocalDate.of(2021, 1, 1),
                    DatePrecision.DAY, List.of(a), List.of(a), new UnitNames(null, null, "Old A"), null, "test", Certainty.VERIFIED, TEST);
            AdministrativeUnit renamed = unit(a, day, null)
                    .withFormerNames(List.of(new org.seatwise.census.unit.FormerName(new UnitNames(null, null, "Old A"), day,
                            LocalDate.of(2021, 1, 1))));
            assertThat(registry.register(List.of(renamed), List.of(split, rename)))
                    .isEqualTo(new UnitRegistry.Registration(1, 1, 1));
            var events = tail.await(e -> e.subject() != null && e.subject().endsWith(tag), 4, Duration.ofSeconds(20));
            assertThat(events).extracting(TopicTail.Event::subject).containsExactlyInAnyOrder(old, a, b, a);
            assertThat(tail.drain(e -> e.subject() != null && e.subject().endsWith(tag), Duration.ofSeconds(2))).hasSize(4);
        }
    }
}
