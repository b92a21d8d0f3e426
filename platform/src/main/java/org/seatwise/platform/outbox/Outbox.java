package org.seatwise.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

    /**
     * A batch of events is one row and one round trip: each column travels as one array, in the order the
     * relay publishes (seq orders the batches, the array index the events within one). The payloads go as
     * {@code bytea[]}, the codec's bytes as they are (no round trip through a Java string and back).
     */
    private static final String INSERT = "INSERT INTO outbox_batch "
            + "(occurred_at, events, event_ids, topics, record_keys, event_types, payloads) "
            + "VALUES (?, ?, ?::uuid[], ?::text[], ?::text[], ?::text[], ?)";
    /** Events per row: bounds the memory the relay holds for one batch and the size of one stored value. */
    private static final int CHUNK = 2_000;

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
            for (int from = 0; from < events.size(); from += CHUNK) {
                List<OutgoingEvent> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
                int n = chunk.size();
                UUID[] ids = new UUID[n];
                String[] topics = new String[n];
                String[] keys = new String[n];
                String[] types = new String[n];
                byte[][] payloads = new byte[n][];
                for (int i = 0; i < n; i++) {
                    OutgoingEvent event = chunk.get(i);
                    EventType type = EventType.of(event.payload().getClass());
                    ids[i] = event.id();
                    topics[i] = type.topic();
                    keys[i] = event.payload().unitCode();
                    types[i] = type.type();
                    payloads[i] = codec.encode(event.payload());
                }
                insert.setTimestamp(1, now);
                insert.setInt(2, n);
                insert.setArray(3, c.createArrayOf("uuid", ids));
                insert.setArray(4, c.createArrayOf("text", topics));
                insert.setArray(5, c.createArrayOf("text", keys));
                insert.setArray(6, c.createArrayOf("text", types));
                insert.setArray(7, c.createArrayOf("bytea", payloads));
                insert.executeUpdate();
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
