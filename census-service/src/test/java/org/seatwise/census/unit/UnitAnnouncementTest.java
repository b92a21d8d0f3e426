package org.seatwise.census.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.census.unit.application.UnitRegistry;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.Topics;
import org.seatwise.platform.testing.TopicTail;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UnitAnnouncementTest {

    @Inject
    UnitRegistry registry;

    @Test
    @DisplayName("registering a unit publishes one UnitRegistered CloudEvent keyed by its code through the outbox")
    void registrationIsAnnounced() {
        Instant before = Instant.now().minusSeconds(1);
        String code = "TEST-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        AdministrativeUnit unit = new AdministrativeUnit(code, UnitKind.DISTRICT, new UnitNames("Сынақ", "Тест", "Test"),
                "KZ-10", java.time.LocalDate.of(2020, 1, 1), null, List.of(), new Provenance("test", java.time.LocalDate.now(), null));
        try (TopicTail tail = TopicTail.since(Topics.CENSUS, before)) {
            assertThat(registry.register(List.of(unit))).isEqualTo(1);
            assertThat(registry.register(List.of(unit))).as("an unchanged unit is not announced again").isZero();
            var events = tail.await(e -> code.equals(e.subject()), 1, Duration.ofSeconds(20));
            assertThat(events).hasSize(1);
            assertThat(events.get(0).type()).isEqualTo("seatwise.census.unit.registered.v1");
            assertThat(events.get(0).key()).isEqualTo(code);
            assertThat(events.get(0).source()).isEqualTo("/seatwise/census-service");
            assertThat(events.get(0).data()).contains("\"parentCode\":\"KZ-10\"");
            assertThat(tail.drain(e -> code.equals(e.subject()), Duration.ofSeconds(2))).hasSize(1);
        }
    }
}
