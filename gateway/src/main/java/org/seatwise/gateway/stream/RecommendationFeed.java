package org.seatwise.gateway.stream;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.seatwise.platform.events.CloudEventHeaders;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Bridges the recommendations topic to subscribers: every gateway instance reads the whole topic
 * (its own consumer group) and keeps the latest events in memory so that a subscriber that
 * reconnects with {@code Last-Event-ID} receives what it missed.
 */
@ApplicationScoped
public class RecommendationFeed {

    /** One event as subscribers see it: CloudEvent id, type, subject (unit) and JSON payload. */
    public record FeedEvent(String id, String type, String subject, String data) {
    }

    private final BroadcastProcessor<FeedEvent> live = BroadcastProcessor.create();
    private final Deque<FeedEvent> recent = new ArrayDeque<>();
    private final int capacity;

    public RecommendationFeed(@ConfigProperty(name = "seatwise.stream.replay-buffer", defaultValue = "10000") int capacity) {
        this.capacity = capacity;
    }

    /**
     * A whole poll at a time ({@link RecommendationTopic}): a 100,000-unit bulletin brings 300,000 events, and
     * per-record delivery (a message, a context and an offset to track each) cost the gateway as much CPU as
     * model-service.
     */
    public void on(ConsumerRecords<String, byte[]> records) {
        List<FeedEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            String id = header(record, CloudEventHeaders.ID);
            if (id != null) {
                events.add(new FeedEvent(id, header(record, CloudEventHeaders.TYPE), record.key(),
                        new String(record.value(), StandardCharsets.UTF_8)));
            }
        }
        synchronized (recent) {
            recent.addAll(events);
            while (recent.size() > capacity) {
                recent.removeFirst();
            }
        }
        events.forEach(live::onNext);
    }

    /**
     * Events after {@code lastEventId} still in memory (all of them when it is unknown or null),
     * followed by live events.
     */
    public Multi<FeedEvent> subscribe(String lastEventId) {
        List<FeedEvent> missed = new ArrayList<>();
        if (lastEventId != null) {
            synchronized (recent) {
                boolean after = recent.stream().noneMatch(e -> e.id().equals(lastEventId));
                for (FeedEvent e : recent) {
                    if (after) {
                        missed.add(e);
                    }
                    after |= e.id().equals(lastEventId);
                }
            }
        }
        // Each subscriber reads at its own pace: a slow one buffers instead of failing the broadcast.
        return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(missed),
                live.onOverflow().buffer(capacity));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
