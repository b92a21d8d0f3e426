package org.seatwise.election.bulletin.seed;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seatwise.election.bulletin.BulletinService;
import org.seatwise.election.bulletin.BulletinValidator;
import org.seatwise.election.bulletin.DraftBulletin;
import org.seatwise.election.bulletin.DraftRow;
import org.seatwise.platform.csv.CsvTable;

import io.quarkus.scheduler.Scheduled;

/**
 * Uploads the Central Election Commission's roll of 1 January 2023 (the study's Table 2) through
 * the same validation as any bulletin. It waits until census-service has announced the units, so
 * it retries every few seconds until accepted; re-uploading is a no-op (same content hash).
 */
@ApplicationScoped
public class KazakhstanRollSeed {

    private static final Logger LOG = Logger.getLogger(KazakhstanRollSeed.class);
    static final String TABLE_2 = "/seed/kz/paper-table2-cube-root.csv";
    static final String ISSUER = "Central Election Commission of the Republic of Kazakhstan";
    static final String TITLE = "Information bulletin: voters on the electoral roll as of 1 January 2023";
    static final String ROLL_DATE = "2023-01-01";
    static final String CITATION = "as tabulated in Table 2 of the 2025 maslikhat study";

    private final BulletinService bulletins;
    private final boolean enabled;
    private final AtomicBoolean done = new AtomicBoolean();

    public KazakhstanRollSeed(BulletinService bulletins,
            @ConfigProperty(name = "seatwise.seed.roll", defaultValue = "true") boolean enabled) {
        this.bulletins = bulletins;
        this.enabled = enabled;
    }

    @Scheduled(every = "${seatwise.seed.retry:3s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tryLoad() {
        if (!enabled || done.get()) {
            return;
        }
        BulletinValidator.Outcome outcome = bulletins.validate(draft());
        if (outcome instanceof BulletinValidator.Valid valid) {
            var submission = bulletins.submit(valid.bulletin());
            done.set(true);
            LOG.infof("Kazakhstan roll of %s: bulletin %s (%s)", ROLL_DATE, submission.bulletin().id(),
                    submission.created() ? "stored" : "already stored");
        } else {
            LOG.debugf("Kazakhstan roll not loaded yet: %s", ((BulletinValidator.Invalid) outcome).errors().get(0).reason());
        }
    }

    static DraftBulletin draft() {
        List<DraftRow> rows = CsvTable.parseResource(TABLE_2).rows().stream()
                .map(r -> new DraftRow(r.line(), r.get("code"), r.get("voters"))).toList();
        return new DraftBulletin(ISSUER, TITLE, ROLL_DATE, null, CITATION, rows);
    }
}
