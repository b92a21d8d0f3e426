package org.seatwise.platform.outbox;

import java.nio.charset.StandardCharsets;
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
     * Many events in one statement and one round trip: the columns arrive as arrays and are inserted
     * in array order (seq follows it, and the relay publishes in seq order). JSON payloads travel as
     * text and are stored as their UTF-8 bytes.
     */
    private static final String INSERT = "INSERT INTO outbox_event "
            + "(event_id, topic, record_key, event_type, occurred_at, payload) "
            + "SELECT e.id, e.topic, e.record_key, e.event_type, ?::timestamptz, convert_to(e.payload, 'UTF8') "
            + "FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY "
            + "AS e(id, topic, record_key, event_type, payload, n) ORDER BY e.n "
            + "ON CONFLICT (event_id) DO NOTHING";
    private static final int CHUNK = 5_000;

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
                String[] payloads = new String[n];
                for (int i = 0; i < n; i++) {
                    OutgoingEvent event = chunk.get(i);
                    EventType type = EventType.of(event.payload().getClass());
                    ids[i] = event.id();
                    topics[i] = type.topic();
                    keys[i] = event.payload().unitCode();
                    types[i] = type.type();
                    payloads[i] = new String(codec.encode(event.payload()), StandardCharsets.UTF_8);
                }
                insert.setTimestamp(1, now);
                insert.setArray(2, c.createArrayOf("uuid", ids));
                insert.setArray(3, c.createArrayOf("text", topics));
                insert.setArray(4, c.createArrayOf("text", keys));
                insert.setArray(5, c.createArrayOf("text", types));
                insert.setArray(6, c.createArrayOf("text", payloads));
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
