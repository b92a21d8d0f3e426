package org.seatwise.election.council;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.seatwise.contracts.CouncilSeatsRecorded;
import org.seatwise.contracts.Provenance;
import org.seatwise.election.council.persistence.ConvocationSeatsEntity;
import org.seatwise.platform.outbox.Outbox;
import org.seatwise.platform.outbox.OutgoingEvent;

/** Records councils' seats per convocation and announces each new or changed count. */
@ApplicationScoped
public class CouncilRegistry {

    private final Outbox outbox;

    public CouncilRegistry(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Stores the counts that are new or changed; returns how many were. */
    @Transactional
    public int record(List<ConvocationSeats> counts) {
        int changed = 0;
        for (ConvocationSeats c : counts) {
            ConvocationSeatsEntity e = ConvocationSeatsEntity.findById(new ConvocationSeatsEntity.Key(c.unitCode(), c.convocation()));
            if (e != null && toDomain(e).equals(c)) {
                continue;
            }
            if (e == null) {
                e = new ConvocationSeatsEntity();
                e.unitCode = c.unitCode();
                e.convocation = c.convocation();
            }
            e.electionDate = c.electionDate();
            e.seats = c.seats();
            e.source = c.provenance().source();
            e.sourceDate = c.provenance().date();
            e.citation = c.provenance().citation();
            e.persist();
            // The same count of the same convocation is the same fact: a stable id makes a re-send recognisable.
            outbox.append(OutgoingEvent.withStableId("council-seats/" + c.unitCode() + "/" + c.convocation() + "/" + c.seats(),
                    new CouncilSeatsRecorded(c.unitCode(), c.convocation(), c.electionDate(), c.seats(), c.provenance())));
            changed++;
        }
        return changed;
    }

    /** A unit's convocations, oldest first. */
    public List<ConvocationSeats> convocations(String unitCode) {
        return ConvocationSeatsEntity.<ConvocationSeatsEntity>list("unitCode", unitCode).stream()
                .map(CouncilRegistry::toDomain).sorted(Comparator.comparingInt(ConvocationSeats::ordinal)).toList();
    }

    private static ConvocationSeats toDomain(ConvocationSeatsEntity e) {
        return new ConvocationSeats(e.unitCode, e.convocation, e.electionDate, e.seats,
                new Provenance(e.source, e.sourceDate, e.citation));
    }
}
