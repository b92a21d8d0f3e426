package org.seatwise.bench.propagation;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.system.SeatwiseSystem;
import org.seatwise.system.SeatwiseSystem.Part;

/**
 * Announces the synthetic units as census-service's {@code UnitRegistered} events on the run's census
 * topic, because census-service has no API that registers units (only its Kazakhstan seed does):
 * election-service and model-service learn them exactly as they learn census-service's own units.
 */
final class CensusFeed {

    private CensusFeed() {
    }

    static void register(SeatwiseSystem system, List<SyntheticKazakhstan.Unit> units) throws Exception {
        List<SyntheticKazakhstan.Unit> fresh = units.stream().filter(u -> !u.parentCode().equals("KZ")).toList();
        Provenance provenance = new Provenance("seatwise bench: synthetic council", LocalDate.of(2026, 12, 1),
                "synthesised by bench/SyntheticKazakhstan below the 20 regions; not a real unit");
        try (KafkaProducer<String, byte[]> producer = Kafka.producer(system.kafka(), "bench-census")) {
            for (SyntheticKazakhstan.Unit u : fresh) {
                String name = "Synthetic " + u.kind().toLowerCase().replace('_', ' ') + " " + u.code();
                UnitRegistered event = new UnitRegistered(u.code(), u.kind(), new UnitRegistered.Names(name, name, name),
                        u.parentCode(), null, null, List.of(), provenance);
                producer.send(Kafka.cloudEvent(system.topicPrefix(),
                        UUID.nameUUIDFromBytes(("bench-unit/" + u.code()).getBytes(StandardCharsets.UTF_8)), event));
            }
            producer.flush();
        }
        // Synthetic codes are a region's code, C or D and a digit; the seed's real districts have names there.
        String synthetic = " WHERE code ~ '^KZ-[0-9]{2}-[CD][0-9]'";
        await(system, Part.ELECTION, "SELECT count(*) FROM known_unit" + synthetic, fresh.size());
        await(system, Part.MODEL, "SELECT count(*) FROM unit_view" + synthetic, fresh.size());
    }

    private static void await(SeatwiseSystem system, Part part, String sql, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long seen = 0;
        try (Connection c = system.connect(part); Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet r = s.executeQuery(sql)) {
                    r.next();
                    seen = r.getLong(1);
                }
                if (seen >= expected) {
                    return;
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException(part + " knows " + seen + " of " + expected + " units after 10 minutes");
    }
}
