package org.seatwise.election;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.seatwise.contracts.PopulationRecorded;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.election.unit.KnownPopulations;
import org.seatwise.election.unit.KnownUnits;
import org.seatwise.platform.testing.TestEvents;

/** census-service's announcements, sent to the real broker as census-service would, and awaited in the read model. */
public final class CensusAnnouncements {

    private static final Provenance TEST_SOURCE = new Provenance("test", LocalDate.of(2025, 1, 1), null);

    private CensusAnnouncements() {
    }

    /** Announces units (code, kind, valid from or null) and waits until election-service knows every one. */
    public static void units(KnownUnits known, UnitRegistered... units) {
        try (TestEvents events = new TestEvents()) {
            for (UnitRegistered u : units) {
                events.send(UUID.randomUUID().toString(), u);
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> List.of(units).stream().allMatch(u -> known.find(u.unitCode()).isPresent()));
    }

    public static UnitRegistered unit(String code, String kind, LocalDate validFrom) {
        return new UnitRegistered(code, kind, new UnitRegistered.Names(null, null, code), null, validFrom, null, List.of(),
                TEST_SOURCE);
    }

    /** Announces a unit's total population and waits until election-service holds it as the unit's latest. */
    public static void population(KnownPopulations known, String code, LocalDate date, long value, String source) {
        String figureId = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents()) {
            events.send(UUID.randomUUID().toString(), new PopulationRecorded(figureId, code, date, "TOTAL_POPULATION", value,
                    new Provenance(source, date, null)));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> known.of(List.of(code)).containsKey(code) && known.of(List.of(code)).get(code).figureId().equals(figureId));
    }
}
