package org.seatwise.election.council;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.seatwise.contracts.CouncilSeatsRecorded;
import org.seatwise.contracts.Provenance;
import org.seatwise.election.cap.CapRegistry.Change;
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
        return (int) counts.stream().map(this::write).filter(c -> c != Change.UNCHANGED).count();
    }

    /**
     * Stores one convocation's count and announces it, unless the same content is stored already.
     * The event id names the content before and after: a re-send is recognisable, while a return to
     * an earlier count is a new event (consumers would drop a reused id).
     */
    @Transactional
    public Change write(ConvocationSeats c) {
        ConvocationSeatsEntity e = ConvocationSeatsEntity.findById(new ConvocationSeatsEntity.Key(c.unitCode(), c.convocation()),
                LockModeType.PESSIMISTIC_WRITE);
        ConvocationSeats previous = e == null ? null : toDomain(e);
        if (c.equals(previous)) {
            return Change.UNCHANGED;
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
        outbox.append(OutgoingEvent.withStableId("council-seats/" + (previous == null ? "none" : previous) + "->" + c,
                new CouncilSeatsRecorded(c.unitCode(), c.convocation(), c.electionDate(), c.seats(), c.provenance())));
        return previous == null ? Change.CREATED : Change.CHANGED;
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
