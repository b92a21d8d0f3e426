package org.seatwise.election.unit;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.seatwise.contracts.PopulationRecorded;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.platform.events.IncomingEvent;
import org.seatwise.platform.inbox.EventConsumer;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps {@link KnownUnits} in step with census-service's {@code UnitRegistered} events and
 * {@link KnownPopulations} with its {@code PopulationRecorded} figures of total population.
 */
@ApplicationScoped
public class CensusListener {

    /** The universe that bounds a roll: nobody is on the roll who is not counted in the population. */
    static final String TOTAL_POPULATION = "TOTAL_POPULATION";

    private final EventConsumer consumer;
    private final KnownUnits units;
    private final KnownPopulations populations;

    public CensusListener(EventConsumer consumer, KnownUnits units, KnownPopulations populations) {
        this.consumer = consumer;
        this.units = units;
        this.populations = populations;
    }

    @Incoming("census")
    @Blocking
    public void on(ConsumerRecords<String, byte[]> records) {
        consumer.consume("election-service/census", records, this::apply);
    }

    private void apply(List<IncomingEvent> events) {
        List<KnownUnit> registered = new ArrayList<>();
        List<KnownPopulation> figures = new ArrayList<>();
        for (IncomingEvent e : events) {
            switch (e.type().orElseThrow()) {
                case UNIT_REGISTERED -> {
                    UnitRegistered u = e.payloadAs(UnitRegistered.class);
                    registered.add(new KnownUnit(u.unitCode(), u.kind(), u.validFrom(), u.validTo()));
                }
                case POPULATION_RECORDED -> {
                    PopulationRecorded p = e.payloadAs(PopulationRecorded.class);
                    if (TOTAL_POPULATION.equals(p.universe())) {
                        figures.add(new KnownPopulation(p.unitCode(), p.figureId(), p.date(), p.value(),
                                p.provenance() == null ? "census-service" : p.provenance().source(),
                                p.provenance() == null ? null : p.provenance().citation()));
                    }
                }
                default -> {
                }
            }
        }
        units.upsertAll(registered);
        populations.recordAll(figures);
    }
}
