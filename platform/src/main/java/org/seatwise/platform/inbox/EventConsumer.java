package org.seatwise.platform.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seatwise.platform.events.EventCodec;
import org.seatwise.platform.events.IncomingEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies a batch of Kafka records exactly once: in one transaction, it claims the batch's event
 * ids in the {@link Inbox} and hands only the fresh, well-formed events to the handler. If the
 * transaction fails (database down), it retries with back-off instead of committing the offsets, so
 * nothing is skipped; a record that is not a seatwise CloudEvent is logged and skipped.
 */
@ApplicationScoped
@IfBuildProperty(name = "seatwise.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(10);
    /** Below Kafka's max.poll.interval.ms (5 min), so the consumer keeps its partitions while waiting. */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(4);

    /** What a consumer does with the events it has not seen before, inside the transaction. */
    @FunctionalInterface
    public interface Handler {
        void handle(List<IncomingEvent> fresh);
    }

    private final EventCodec codec;
    private final Inbox inbox;
    /** Runs the partitions of one batch side by side (see {@link #consumeByPartition}); null when one at a time. */
    private final ExecutorService partitions;

    public EventConsumer(EventCodec codec, Inbox inbox,
            @ConfigProperty(name = "seatwise.inbox.partitions-in-parallel", defaultValue = "1") int partitionsInParallel) {
        this.codec = codec;
        this.inbox = inbox;
        this.partitions = partitionsInParallel > 1 ? Executors.newFixedThreadPool(partitionsInParallel, r -> {
            Thread t = new Thread(r, "inbox-partition");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    @PreDestroy
    void stop() {
        if (partitions != null) {
            partitions.shutdownNow();
        }
    }

    /**
     * Like {@link #consume(String, ConsumerRecords, Handler)}, but each partition's records are applied in a
     * transaction of their own, several partitions at a time ({@code seatwise.inbox.partitions-in-parallel}):
     * a unit's events stay in one partition (the record key is the unit code), so their order is kept, and
     * the database works on two transactions at once instead of waiting on one. Returns when every partition
     * of the batch is applied; if one could not be, throws after the others finished (their inbox records
     * make the redelivery a no-op for them).
     */
    public void consumeByPartition(String consumer, ConsumerRecords<String, byte[]> records, Handler handler) {
        Set<TopicPartition> assigned = records.partitions();
        if (partitions == null || assigned.size() < 2) {
            consume(consumer, records, handler);
            return;
        }
        List<Future<?>> applied = new ArrayList<>();
        for (TopicPartition partition : assigned) {
            List<ConsumerRecord<String, byte[]>> ofPartition = records.records(partition);
            applied.add(partitions.submit(() -> consume(consumer, ofPartition, handler)));
        }
        RuntimeException failure = null;
        for (Future<?> future : applied) {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(consumer + " was interrupted while applying a batch", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    public void consume(String consumer, ConsumerRecords<String, byte[]> records, Handler handler) {
        List<ConsumerRecord<String, byte[]>> list = new ArrayList<>();
        records.forEach(list::add);
        consume(consumer, list, handler);
    }

    public void consume(String consumer, List<ConsumerRecord<String, byte[]>> records, Handler handler) {
        Map<String, IncomingEvent> events = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                IncomingEvent event = codec.decode(record);
                if (event.type().isPresent()) {
                    events.putIfAbsent(event.id(), event);
                }
            } catch (RuntimeException e) {
                LOG.errorf("%s skips %s-%d@%d: %s", consumer, record.topic(), record.partition(), record.offset(),
                        e.getMessage());
            }
        }
        if (events.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long backOffMs = 200;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().timeout(120).run(() -> {
                    Set<String> fresh = inbox.claim(consumer, events.keySet());
                    List<IncomingEvent> toApply = events.values().stream().filter(e -> fresh.contains(e.id())).toList();
                    if (!toApply.isEmpty()) {
                        handler.handle(toApply);
                    }
                });
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warnf("%s could not apply %d events (%s); retrying in %d ms", consumer, events.size(),
                        e.getMessage(), backOffMs);
                try {
                    Thread.sleep(backOffMs);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backOffMs = Math.min(backOffMs * 2, MAX_BACK_OFF.toMillis());
            }
        }
    }
}
