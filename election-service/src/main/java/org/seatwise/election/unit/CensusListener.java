package org.seatwise.election.unit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.seatwise.contracts.EventType;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.platform.inbox.EventConsumer;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Keeps {@link KnownUnits} in step with census-service's {@code UnitRegistered} events. */
@ApplicationScoped
public class CensusListener {

    private final EventConsumer consumer;
    private final KnownUnits units;

    public CensusListener(EventConsumer consumer, KnownUnits units) {
        this.consumer = consumer;
        this.units = units;
    }

    @Incoming("census")
    @Blocking
    public void on(ConsumerRecords<String, byte[]> records) {
        consumer.consume("election-service/census", records, events -> events.stream()
                .filter(e -> e.type().orElseThrow() == EventType.UNIT_REGISTERED)
                .map(e -> e.payloadAs(UnitRegistered.class))
                .forEach(u -> units.upsert(new KnownUnit(u.unitCode(), u.kind(), u.validFrom(), u.validTo()))));
    }
}
