package org.seatwise.election.bulletin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.VoterRollPublished;
import org.seatwise.election.bulletin.persistence.BulletinStore;
import org.seatwise.election.unit.KnownUnits;
import org.seatwise.platform.outbox.Outbox;
import org.seatwise.platform.outbox.OutgoingEvent;

/**
 * Accepts bulletins: validates the whole upload, then stores it and one {@code VoterRollPublished}
 * event per row in one transaction. The same bulletin twice is answered with the first; a different
 * content for the same issuer and roll date becomes a new version that supersedes the old one.
 */
@ApplicationScoped
public class BulletinService {

    /** What an upload produced: the bulletin, and whether this call created it. */
    public record Submission(Bulletin bulletin, boolean created) {
    }

    private final BulletinStore store;
    private final KnownUnits units;
    private final Outbox outbox;
    private final Clock clock;

    public BulletinService(BulletinStore store, KnownUnits units, Outbox outbox) {
        this.store = store;
        this.units = units;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    public BulletinValidator.Outcome validate(DraftBulletin draft) {
        var known = units.all();
        return new BulletinValidator(known::get, LocalDate.now(clock)).validate(draft);
    }

    @Transactional
    public Submission submit(ValidBulletin valid) {
        BulletinHeader header = valid.header();
        String hash = valid.contentHash();
        Optional<Bulletin> same = store.findByContent(header.issuer(), header.rollDate(), hash);
        if (same.isPresent()) {
            return new Submission(same.get(), false);
        }
        Optional<Bulletin> current = store.currentForUpdate(header.issuer(), header.rollDate());
        Bulletin bulletin = new Bulletin(UUID.randomUUID(), header, hash, current.map(b -> b.version() + 1).orElse(1),
                null, valid.rows().size(), Instant.now(clock));
        store.insert(bulletin, valid.rows());
        current.ifPresent(old -> store.supersede(old.id(), bulletin.id()));
        Provenance provenance = new Provenance(describe(header), header.rollDate(), citation(bulletin));
        List<OutgoingEvent> events = valid.rows().stream()
                .map(row -> OutgoingEvent.withStableId("voter-roll/" + bulletin.id() + "/" + row.unitCode(),
                        new VoterRollPublished(bulletin.id().toString(), bulletin.version(), bulletin.rowCount(),
                                row.unitCode(), row.voters(), header.rollDate(), provenance)))
                .toList();
        outbox.appendAll(events);
        return new Submission(bulletin, true);
    }

    public Optional<Bulletin> find(UUID id) {
        return store.find(id);
    }

    public List<Bulletin> recent(int limit) {
        return store.list(limit);
    }

    public List<RollRow> rows(UUID id) {
        return store.rows(id);
    }

    private static String describe(BulletinHeader h) {
        return h.title() == null ? h.issuer() : h.issuer() + ", " + h.title();
    }

    private static String citation(Bulletin b) {
        String ref = "bulletin " + b.id() + " v" + b.version();
        return b.header().citation() == null ? ref : b.header().citation() + "; " + ref;
    }
}
