package org.seatwise.model.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.VoterRollPublished;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A property of the read model, checked on random streams with a fixed seed: however the roll events of many
 * bulletins (several issuers, several roll dates, corrections) are delivered — shuffled, cut into batches of any
 * size, duplicated, replayed — each unit's current figure is the one that applying them in election-service's
 * acceptance order gives: the latest roll date, and of that date the bulletin accepted last, whoever issued it.
 */
@QuarkusTest
class CurrentFigureConvergenceTest {

    private static final long SEED = 20261207L;
    private static final int TRIALS = 60;
    private static final String[] ISSUERS = { "CEC", "Akimat", "Observers" };
    private static final LocalDate[] DATES = { LocalDate.of(2021, 1, 1), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1) };

    @Inject
    ReadModel readModel;

    /** One bulletin as election-service accepted it: its place in the acceptance order, issuer, date and rows. */
    private record Accepted(long sequence, String id, String issuer, int version, LocalDate rollDate, Map<String, Long> rows) {
    }

    @Test
    @DisplayName("shuffled, batched, duplicated and replayed deliveries converge to the state of applying them in acceptance order")
    void anyDeliveryConvergesToAcceptanceOrder() {
        Random random = new Random(SEED);
        for (int trial = 0; trial < TRIALS; trial++) {
            List<String> units = new ArrayList<>();
            for (int u = 0; u < 4; u++) {
                units.add("P-" + UUID.randomUUID());
            }
            List<Accepted> accepted = bulletins(random, units, 2 + random.nextInt(10));
            List<VoterRollPublished> events = new ArrayList<>();
            accepted.forEach(b -> b.rows().forEach((unit, voters) -> events.add(event(b, unit, voters))));

            List<VoterRollPublished> delivery = new ArrayList<>(events);
            for (VoterRollPublished e : events) {
                if (random.nextInt(3) == 0) {
                    delivery.add(e); // redelivered
                }
            }
            Collections.shuffle(delivery, random);
            delivery.addAll(events.subList(0, random.nextInt(events.size() + 1))); // a replay from offset 0, cut short
            for (int from = 0; from < delivery.size();) {
                int size = 1 + random.nextInt(8);
                readModel.applyRolls(delivery.subList(from, Math.min(delivery.size(), from + size)));
                from += size;
            }

            Map<String, UnitInputs> state = readModel.inputs(units);
            Map<String, Accepted> expected = inAcceptanceOrder(accepted);
            for (String unit : units) {
                Accepted want = expected.get(unit);
                RollFigure got = state.get(unit).latestRoll();
                String context = "trial " + trial + ", unit " + unit + ", bulletins " + accepted;
                if (want == null) {
                    assertThat(got).as(context).isNull();
                } else {
                    assertThat(got).as(context).isNotNull();
                    assertThat(got.bulletinId()).as(context).isEqualTo(want.id());
                    assertThat(got.voters()).as(context).isEqualTo(want.rows().get(unit));
                    assertThat(got.rollDate()).as(context).isEqualTo(want.rollDate());
                }
            }
        }
    }

    /** The reference: fold the bulletins in acceptance order; a later roll date, or the same date, replaces. */
    private static Map<String, Accepted> inAcceptanceOrder(List<Accepted> accepted) {
        Map<String, Accepted> current = new HashMap<>();
        for (Accepted b : accepted) {
            for (String unit : b.rows().keySet()) {
                Accepted before = current.get(unit);
                if (before == null || !b.rollDate().isBefore(before.rollDate())) {
                    current.put(unit, b);
                }
            }
        }
        return current;
    }

    /**
     * Bulletins in acceptance order. Versions count per issuer and roll date, as election-service counts them, so that
     * issuer A's third correction can be accepted before issuer B's first bulletin of the same date.
     */
    private static List<Accepted> bulletins(Random random, List<String> units, int count) {
        Map<String, Integer> versions = new HashMap<>();
        List<Accepted> accepted = new ArrayList<>();
        long sequence = 1_000L * random.nextInt(1_000);
        for (int i = 0; i < count; i++) {
            String issuer = ISSUERS[random.nextInt(ISSUERS.length)];
            LocalDate date = DATES[random.nextInt(DATES.length)];
            int version = versions.merge(issuer + date, 1, Integer::sum);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String unit : units) {
                if (random.nextInt(3) > 0) {
                    rows.put(unit, 1_000L + random.nextInt(1_000_000));
                }
            }
            if (rows.isEmpty()) {
                rows.put(units.get(random.nextInt(units.size())), 1_000L + random.nextInt(1_000_000));
            }
            sequence += 1 + random.nextInt(3); // a sequence has gaps (rolled-back transactions)
            accepted.add(new Accepted(sequence, UUID.randomUUID().toString(), issuer, version, date, rows));
        }
        return accepted;
    }

    private static VoterRollPublished event(Accepted b, String unit, long voters) {
        return new VoterRollPublished(b.id(), b.version(), b.rows().size(), unit, voters, b.rollDate(),
                new Provenance(b.issuer(), b.rollDate(), null), b.sequence(), Instant.EPOCH.plusSeconds(b.sequence()));
    }
}
