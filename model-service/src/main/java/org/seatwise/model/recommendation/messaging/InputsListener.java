package org.seatwise.model.recommendation.messaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.seatwise.contracts.CouncilSeatsRecorded;
import org.seatwise.contracts.LegalCapRecorded;
import org.seatwise.contracts.PopulationRecorded;
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

    private void apply(List<IncomingEvent> events) {
        // Gathered by type and written in one batch each: the tables are disjoint, so only the order
        // within a type matters (kept), and the caps' units are looked up after the units are in.
        List<UnitRegistered> units = new ArrayList<>();
        List<VoterRollPublished> rolls = new ArrayList<>();
        List<CouncilSeatsRecorded> seats = new ArrayList<>();
        List<PopulationRecorded> population = new ArrayList<>();
        List<LegalCapRecorded> caps = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (IncomingEvent event : events) {
            switch (event.type().orElseThrow()) {
                case UNIT_REGISTERED -> units.add(event.payloadAs(UnitRegistered.class));
                case VOTER_ROLL_PUBLISHED -> rolls.add(event.payloadAs(VoterRollPublished.class));
                case COUNCIL_SEATS_RECORDED -> seats.add(event.payloadAs(CouncilSeatsRecorded.class));
                // Population feeds apportionment and the retrospective; recommendations use voters on the roll.
                case POPULATION_RECORDED -> {
                    population.add(event.payloadAs(PopulationRecorded.class));
                    continue;
                }
                case LEGAL_CAP_RECORDED -> {
                    caps.add(event.payloadAs(LegalCapRecorded.class));
                    continue;
                }
                default -> {
                    continue;
                }
            }
            touched.add(event.payload().unitCode());
        }
        readModel.applyUnits(units);
        readModel.applyRolls(rolls);
        readModel.applySeats(seats);
        readModel.applyPopulation(population);
        for (LegalCapRecorded cap : caps) {
            readModel.apply(cap);
            // A cap concerns every unit of its kind in its jurisdiction, not the unit in the key.
            touched.addAll(readModel.unitsOfKind(cap.unitCode(), cap.unitKind()));
        }
        engine.recompute(touched);
    }
}
