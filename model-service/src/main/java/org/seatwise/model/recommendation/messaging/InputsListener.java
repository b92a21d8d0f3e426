package org.seatwise.model.recommendation.messaging;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.seatwise.contracts.CouncilSeatsRecorded;
import org.seatwise.contracts.LegalCapRecorded;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.contracts.VoterRollPublished;
import org.seatwise.model.readmodel.ReadModel;
import org.seatwise.model.recommendation.RecommendationEngine;
import org.seatwise.platform.events.IncomingEvent;
import org.seatwise.platform.inbox.EventConsumer;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Applies census and election events to the read model and recomputes the units they touch, once
 * per batch, in the same transaction as the inbox record: an event changes recommendations exactly once.
 */
@ApplicationScoped
public class InputsListener {

    private final EventConsumer consumer;
    private final ReadModel readModel;
    private final RecommendationEngine engine;

    public InputsListener(EventConsumer consumer, ReadModel readModel, RecommendationEngine engine) {
        this.consumer = consumer;
        this.readModel = readModel;
        this.engine = engine;
    }

    @Incoming("census")
    @Blocking
    public void onCensus(ConsumerRecords<String, byte[]> records) {
        consumer.consume("model-service/census", records, this::apply);
    }

    @Incoming("election")
    @Blocking
    public void onElection(ConsumerRecords<String, byte[]> records) {
        consumer.consume("model-service/election", records, this::apply);
    }

    private void apply(java.util.List<IncomingEvent> events) {
        Set<String> touched = new LinkedHashSet<>();
        for (IncomingEvent event : events) {
            switch (event.type().orElseThrow()) {
                case UNIT_REGISTERED -> readModel.apply(event.payloadAs(UnitRegistered.class));
                case VOTER_ROLL_PUBLISHED -> readModel.apply(event.payloadAs(VoterRollPublished.class));
                case COUNCIL_SEATS_RECORDED -> readModel.apply(event.payloadAs(CouncilSeatsRecorded.class));
                case POPULATION_RECORDED -> {
                    // Population feeds apportionment and the retrospective; recommendations use voters on the roll.
                    readModel.apply(event.payloadAs(org.seatwise.contracts.PopulationRecorded.class));
                    continue;
                }
                case LEGAL_CAP_RECORDED -> {
                    LegalCapRecorded cap = event.payloadAs(LegalCapRecorded.class);
                    readModel.apply(cap);
                    // A cap concerns every unit of its kind in its jurisdiction, not the unit in the key.
                    touched.addAll(readModel.unitsOfKind(cap.unitCode(), cap.unitKind()));
                    continue;
                }
                default -> {
                    continue;
                }
            }
            touched.add(event.payload().unitCode());
        }
        engine.recompute(touched);
    }
}
