package org.seatwise.election.bulletin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.seatwise.contracts.Provenance;
import org.seatwise.contracts.VoterRollPublished;
import org.seatwise.election.bulletin.persistence.BulletinStore;
import org.seatwise.election.unit.KnownPopulations;
import org.seatwise.election.unit.KnownUnits;
import org.seatwise.platform.outbox.Outbox;
import org.seatwise.platform.outbox.OutgoingEvent;
import org.seatwise.platform.problem.Problem;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

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

    private static final Logger LOG = Logger.getLogger(BulletinService.class);
    private final BulletinStore store;
    private final KnownUnits units;
    private final KnownPopulations populations;
    private final Outbox outbox;
    private final Clock clock;

    public BulletinService(BulletinStore store, KnownUnits units, KnownPopulations populations, Outbox outbox) {
        this.store = store;
        this.units = units;
        this.populations = populations;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    public BulletinValidator.Outcome validate(DraftBulletin draft) {
        return validate(draft, rows -> {
        });
    }

    /** Validates against the units and populations census-service has announced, reporting rows validated. */
    public BulletinValidator.Outcome validate(DraftBulletin draft, IntConsumer rowsValidated) {
        // Only codes a unit could have are looked up: a NUL cannot be sent to PostgreSQL (an error, not "no such
        // unit"), and the validator refuses the others (empty, over 64 characters) before it asks for them.
        Set<String> codes = (draft.rows() == null ? List.<DraftRow>of() : draft.rows()).stream().map(DraftRow::unitCode).filter(Objects::nonNull).map(String::trim)
                .filter(code -> !code.isEmpty() && code.length() <= 64 && code.indexOf('\0') < 0).collect(Collectors.toSet());
        var known = units.of(codes);
        var population = populations.of(codes);
        return new BulletinValidator(known::get, population::get, LocalDate.now(clock)).validate(draft, rowsValidated);
    }

    /** Stores the bulletin (ArC intercepts this self-invocation: the transaction is the other method's). */
    public Submission submit(ValidBulletin valid) {
        return submit(valid, rows -> {
        });
    }

    /**
     * Stores the bulletin, telling {@code rowsStored} how many rows are written as they are. A
     * 100,000-row bulletin took 19–26 s on a loaded 2-core machine, too close to the default 60 s
     * transaction timeout: storing gets five minutes.
     */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public Submission submit(ValidBulletin valid, IntConsumer rowsStored) {
        BulletinHeader header = valid.header();
        String hash = valid.contentHash();
        Optional<Bulletin> same = store.findByContent(header.issuer(), header.rollDate(), hash);
        if (same.isPresent()) {
            return new Submission(same.get(), false);
        }
        Optional<Bulletin> current = store.currentForUpdate(header.issuer(), header.rollDate());
        Bulletin bulletin = new Bulletin(UUID.randomUUID(), header, hash, current.map(b -> b.version() + 1).orElse(1),
                null, valid.rows().size(), Instant.now(clock), store.nextAcceptance());
        long start = System.nanoTime();
        store.insert(bulletin, valid.rows(), rowsStored);
        long rowsDone = System.nanoTime();
        current.ifPresent(old -> store.supersede(old.id(), bulletin.id()));
        Provenance provenance = new Provenance(describe(header), header.rollDate(), citation(bulletin));
        outbox.appendAll(rollEvents(bulletin, valid.rows(), provenance));
        LOG.infof("bulletin %s v%d: %d rows inserted in %d ms, their events written to the outbox in %d ms", bulletin.id(),
                bulletin.version(), bulletin.rowCount(), (rowsDone - start) / 1_000_000, (System.nanoTime() - rowsDone) / 1_000_000);
        return new Submission(bulletin, true);
    }

    /**
     * One {@code VoterRollPublished} per row, each made when the outbox reads it: the outbox encodes 2,000 at a time,
     * and 100,000 events made at once stayed on election-service's heap beside the rows until the commit.
     */
    private static List<OutgoingEvent> rollEvents(Bulletin bulletin, List<RollRow> rows, Provenance provenance) {
        String bulletinId = bulletin.id().toString();
        return new AbstractList<>() {
            @Override
            public OutgoingEvent get(int index) {
                RollRow row = rows.get(index);
                return OutgoingEvent.withStableId("voter-roll/" + bulletinId + "/" + row.unitCode(),
                        new VoterRollPublished(bulletinId, bulletin.version(), bulletin.rowCount(), row.unitCode(),
                                row.voters(), bulletin.header().rollDate(), provenance, bulletin.acceptanceSequence(),
                                bulletin.receivedAt()));
            }

            @Override
            public int size() {
                return rows.size();
            }
        };
    }

    /** The one problem an invalid bulletin is answered with, listing every bad row and field. */
    public static Problem problem(BulletinValidator.Invalid invalid) {
        return Problem.invalid("The bulletin has " + invalid.errors().size() + " error(s); nothing was stored.",
                invalid.errors().stream().map(e -> new Problem.FieldError(e.line(), e.field(), e.value(), e.reason())).toList());
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
