package org.seatwise.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.seatwise.contracts.EventType;
import org.seatwise.platform.events.EventCodec;

import io.agroal.api.AgroalDataSource;

/**
 * Writes events into the outbox table inside the caller's transaction, so that a state change and
 * its announcement commit or roll back together (no dual write). {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
@IfBuildProperty(name = "seatwise.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_event "
            + "(event_id, topic, record_key, event_type, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (event_id) DO NOTHING";
    private static final int BATCH = 1_000;

    private final AgroalDataSource dataSource;
    private final EventCodec codec;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(AgroalDataSource dataSource, EventCodec codec, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this.dataSource = dataSource;
        this.codec = codec;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutgoingEvent event) {
        appendAll(List.of(event));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            int pending = 0;
            for (OutgoingEvent event : events) {
                EventType type = EventType.of(event.payload().getClass());
                insert.setObject(1, event.id());
                insert.setString(2, type.topic());
                insert.setString(3, event.payload().unitCode());
                insert.setString(4, type.type());
                insert.setTimestamp(5, now);
                insert.setBytes(6, codec.encode(event.payload()));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + events.size() + " events to the outbox", e);
        }
        // Publish as soon as the transaction commits instead of waiting for the next poll.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
