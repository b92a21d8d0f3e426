package org.seatwise.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.platform.events.CloudEventHeaders;

class RecommendationFeedTest {

    private static final TopicPartition PARTITION = new TopicPartition("seatwise.recommendations.v1", 0);

    private static ConsumerRecord<String, byte[]> event(int n, boolean cloudEvent) {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>(PARTITION.topic(), 0, n, "KZ-" + n,
                ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8));
        if (cloudEvent) {
            r.headers().add(CloudEventHeaders.ID, ("id-" + n).getBytes(StandardCharsets.UTF_8));
            r.headers().add(CloudEventHeaders.TYPE, "org.seatwise.recommendation.issued.v1".getBytes(StandardCharsets.UTF_8));
        }
        return r;
    }

    private static ConsumerRecords<String, byte[]> poll(int from, int to) {
        List<ConsumerRecord<String, byte[]>> records = IntStream.range(from, to).mapToObj(n -> event(n, n != 3)).toList();
        return new ConsumerRecords<>(Map.of(PARTITION, records), Map.of());
    }

    @Test
    @DisplayName("a whole poll reaches live subscribers in order; a record without a CloudEvent id is left out")
    void livePolls() {
        RecommendationFeed feed = new RecommendationFeed(100);
        var live = feed.subscribe(null).select().first(7).collect().asList();
        var seen = new java.util.concurrent.CompletableFuture<List<RecommendationFeed.FeedEvent>>();
        live.subscribe().with(seen::complete, seen::completeExceptionally);

        feed.on(poll(0, 5));
        feed.on(poll(5, 8));

        List<RecommendationFeed.FeedEvent> events = seen.orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join();
        assertThat(events).extracting(RecommendationFeed.FeedEvent::id)
                .containsExactly("id-0", "id-1", "id-2", "id-4", "id-5", "id-6", "id-7");
        assertThat(events.get(0).subject()).isEqualTo("KZ-0");
        assertThat(events.get(0).data()).isEqualTo("{\"n\":0}");
    }

    @Test
    @DisplayName("a subscriber reconnecting with Last-Event-ID gets what it missed, within the replay buffer's capacity")
    void replayAfterLastEventId() {
        RecommendationFeed feed = new RecommendationFeed(4);
        feed.on(poll(0, 8)); // kept: id-4 .. id-7 (id-3 has no id)

        var missed = feed.subscribe("id-5").select().first(2).collect().asList().await().atMost(Duration.ofSeconds(5));

        assertThat(missed).extracting(RecommendationFeed.FeedEvent::id).containsExactly("id-6", "id-7");
    }
}
