package org.seatwise.platform.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.properties.IfBuildProperty;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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

    public EventConsumer(EventCodec codec, Inbox inbox) {
        this.codec = codec;
        this.inbox = inbox;
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
