package org.seatwise.platform.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the inbox bounded: forgets event ids processed longer ago than {@code seatwise.inbox.retention} (default 14
 * days, twice the topics' 7-day retention, so Kafka can no longer redeliver them). Deletes in chunks, so that a
 * first prune of a large table holds no long lock.
 */
@ApplicationScoped
@IfBuildProperty(name = "seatwise.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class InboxPruner {

    private static final Logger LOG = Logger.getLogger(InboxPruner.class);
    private static final int CHUNK = 10_000;
    private static final String PRUNE = "DELETE FROM processed_event WHERE ctid = ANY (ARRAY(SELECT ctid FROM processed_event "
            + "WHERE processed_at < now() - ?::interval LIMIT " + CHUNK + "))";

    private final AgroalDataSource dataSource;
    private final Duration retention;

    public InboxPruner(AgroalDataSource dataSource,
            @ConfigProperty(name = "seatwise.inbox.retention", defaultValue = "14d") Duration retention) {
        this.dataSource = dataSource;
        this.retention = retention;
    }

    @Scheduled(every = "${seatwise.inbox.prune-every:1h}", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int pruned = prune();
            if (pruned > 0) {
                LOG.infof("inbox: forgot %d event ids processed more than %s ago", pruned, retention);
            }
        } catch (IllegalStateException e) {
            LOG.warnf("inbox: could not prune (%s); trying again at the next run", e.getMessage());
        }
    }

    /** Deletes every entry older than the retention; returns how many. */
    public int prune() {
        int total = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(PRUNE)) {
            s.setString(1, retention.toSeconds() + " seconds");
            int deleted;
            do {
                deleted = s.executeUpdate();
                total += deleted;
            } while (deleted == CHUNK);
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prune the inbox", e);
        }
    }
}
