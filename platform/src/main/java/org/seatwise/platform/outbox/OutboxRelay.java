package org.seatwise.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seatwise.platform.events.CloudEventHeaders;
import org.seatwise.platform.events.KafkaClientSettings;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the outbox to Kafka: takes the oldest unsent batches of events (up to the batch size in
 * events, at least one batch), sends their events as CloudEvents (binary mode) with {@code acks=all}, and
 * deletes the batches once the broker acknowledged every event of them, all in one transaction. If Kafka
 * is down the rows stay and are retried with back-off; accepted data is never lost, and delivery is at
 * least once (consumers deduplicate by event id).
 *
 * <p>Replicas of a service share one outbox. Only one relay publishes at a time, holding a
 * transaction-scoped advisory lock: two relays taking disjoint batches could publish a unit's later
 * event before its earlier one, and consumers rely on the order per unit key.
 */
@ApplicationScoped
@IfBuildProperty(name = "seatwise.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The oldest batches and their sizes: {@code events} is stored beside the arrays so that this read detoasts none. */
    private static final String OLDEST = "SELECT seq, events FROM outbox_batch ORDER BY seq LIMIT ? FOR UPDATE";
    /** The events of the batches taken, one row each, in publication order. */
    private static final String EVENTS = "SELECT b.seq, e.event_id, e.topic, e.record_key, e.event_type, b.occurred_at, "
            + "e.payload FROM outbox_batch b CROSS JOIN LATERAL unnest(b.event_ids, b.topics, b.record_keys, b.event_types, "
            + "b.payloads) WITH ORDINALITY AS e(event_id, topic, record_key, event_type, payload, n) "
            + "WHERE b.seq = ANY (?) ORDER BY b.seq, e.n";
    /** The advisory lock that makes one relay per database publish at a time ("seatwise outbox" as a number). */
    public static final long PUBLISHER_LOCK = 0x5EA7_0B0CL;
    private static final byte[] SPEC_VERSION = bytes("1.0");
    private static final byte[] JSON = bytes("application/json");

    private final AgroalDataSource dataSource;
    /** Every {@code kafka.*} property (security settings included), as Quarkus gathers them for all clients. */
    private final Map<String, Object> kafkaConfig;
    private final String bootstrapServers;
    private final String source;
    private final byte[] sourceBytes;
    private final int batchSize;
    private final Duration pollInterval;
    /** Prepended to every topic: isolates a test run's events on a shared broker. Empty in production. */
    private final String topicPrefix;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private volatile long published;
    private Thread worker;
    private KafkaProducer<String, byte[]> producer;

    public OutboxRelay(AgroalDataSource dataSource,
            @io.smallrye.common.annotation.Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "seatwise.outbox.batch-size", defaultValue = "2000") int batchSize,
            @ConfigProperty(name = "seatwise.outbox.poll-interval", defaultValue = "PT1S") Duration pollInterval,
            @ConfigProperty(name = "seatwise.topic-prefix") java.util.Optional<String> topicPrefix) {
        this.dataSource = dataSource;
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.bootstrapServers = bootstrapServers;
        this.source = "/seatwise/" + applicationName;
        this.sourceBytes = bytes(source);
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.topicPrefix = topicPrefix.orElse("");
    }

    void start(@Observes StartupEvent started) {
        Properties config = KafkaClientSettings.of(kafkaConfig, ProducerConfig.configNames());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // Bounded waits: a down broker makes one relay round fail fast, not hang the transaction.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, source.substring(1).replace('/', '-') + "-outbox");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (worker != null) {
            worker.join(5_000);
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Asks the relay to run now rather than at the next poll; called after an outbox write commits. */
    public void wake() {
        wakeUp.release();
    }

    /** Events published since start (for metrics and tests). */
    public long published() {
        return published;
    }

    private void run() {
        long backOffMs = 0;
        while (running) {
            try {
                if (backOffMs > 0) {
                    wakeUp.tryAcquire(backOffMs, TimeUnit.MILLISECONDS);
                } else {
                    wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                }
                wakeUp.drainPermits();
                Round round;
                do {
                    round = QuarkusTransaction.requiringNew().timeout(60).call(this::publishBatch);
                    published += round.events();
                } while (round.more() && running);
                backOffMs = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backOffMs = Math.min(Math.max(backOffMs * 2, 500), 10_000);
                LOG.warnf("outbox relay could not publish (%s); retrying in %d ms", rootMessage(e), backOffMs);
            }
        }
    }

    /** One transaction's work: how many events went out, and whether batches may be left. */
    private record Round(int events, boolean more) {
        static final Round NONE = new Round(0, false);
    }

    private Round publishBatch() throws SQLException, InterruptedException, java.util.concurrent.ExecutionException,
            java.util.concurrent.TimeoutException {
        try (Connection c = dataSource.getConnection()) {
            if (!publisherLock(c)) {
                return Round.NONE; // another replica is publishing; its next round takes our rows too
            }
            Taken batches = oldestBatches(c);
            if (batches.seqs().isEmpty()) {
                return Round.NONE;
            }
            Array taken = c.createArrayOf("bigint", batches.seqs().toArray());
            List<Future<RecordMetadata>> acks = new ArrayList<>(batches.events());
            try (PreparedStatement select = c.prepareStatement(EVENTS)) {
                select.setArray(1, taken);
                try (ResultSet rows = select.executeQuery()) {
                    Timestamp occurred = null;
                    byte[] time = null;
                    while (rows.next()) {
                        Timestamp at = rows.getTimestamp(6);
                        if (!at.equals(occurred)) { // one time per batch: formatted once, not per event
                            occurred = at;
                            time = bytes(DateTimeFormatter.ISO_INSTANT.format(at.toInstant()));
                        }
                        acks.add(producer.send(record(rows, time)));
                    }
                }
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox_batch WHERE seq = ANY (?)")) {
                delete.setArray(1, taken);
                delete.executeUpdate();
            }
            return new Round(acks.size(), batches.more());
        }
    }

    /** The batches one round publishes, their events in all, and whether more batches may be waiting. */
    private record Taken(List<Long> seqs, int events, boolean more) {
    }

    /** The oldest batches up to the batch size in events, at least one (a batch is never split). */
    private Taken oldestBatches(Connection c) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        int events = 0;
        try (PreparedStatement oldest = c.prepareStatement(OLDEST)) {
            oldest.setInt(1, batchSize);
            try (ResultSet rows = oldest.executeQuery()) {
                int seen = 0;
                while (rows.next()) {
                    seen++;
                    int size = rows.getInt(2);
                    if (!seqs.isEmpty() && events + size > batchSize) {
                        break;
                    }
                    seqs.add(rows.getLong(1));
                    events += size;
                }
                return new Taken(seqs, events, seen > seqs.size() || seen == batchSize);
            }
        }
    }

    private static boolean publisherLock(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, PUBLISHER_LOCK);
            try (ResultSet r = lock.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    /** An event row of {@link #EVENTS} as a binary-mode CloudEvent. */
    private ProducerRecord<String, byte[]> record(ResultSet row, byte[] time) throws SQLException {
        String key = row.getString(4);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topicPrefix + row.getString(3), key, row.getBytes(7));
        record.headers()
                .add(CloudEventHeaders.SPEC_VERSION, SPEC_VERSION)
                .add(CloudEventHeaders.ID, bytes(row.getString(2)))
                .add(CloudEventHeaders.SOURCE, sourceBytes)
                .add(CloudEventHeaders.TYPE, bytes(row.getString(5)))
                .add(CloudEventHeaders.TIME, time)
                .add(CloudEventHeaders.SUBJECT, bytes(key))
                .add(CloudEventHeaders.CONTENT_TYPE, JSON);
        return record;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
