package org.seatwise.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the real broker as a subscriber would, from the records written since a given
 * instant, and collects CloudEvents (headers decoded, payload as JSON text).
 */
public final class TopicTail implements AutoCloseable {

    /** A CloudEvent as it arrived. */
    public record Event(String id, String type, String subject, String source, String key, String data) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Event> seen = new ArrayList<>();

    public TopicTail(String bootstrap, String topic, Instant since) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", "test-tail-" + UUID.randomUUID());
        p.put("enable.auto.commit", "false");
        ensureExists(bootstrap, topic);
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(partitions);
        // The end offsets are read before the times are looked up: a partition with nothing since the
        // instant starts at its end as it was then, so a record written between the two lookups (the
        // services may be publishing already) is read, not skipped as a lazy seekToEnd would.
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        Map<TopicPartition, Long> query = new java.util.HashMap<>();
        partitions.forEach(tp -> query.put(tp, since.toEpochMilli()));
        consumer.offsetsForTimes(query, Duration.ofSeconds(10)).forEach((tp, offset) ->
                consumer.seek(tp, offset == null ? ends.get(tp) : offset.offset()));
    }

    /** A test run's topics may not exist yet: create it with the broker's defaults, as a producer would. */
    private static void ensureExists(String bootstrap, String topic) {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, java.util.Optional.empty(),
                    java.util.Optional.empty()))).all().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("cannot create " + topic, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + topic, e);
        }
    }

    public static TopicTail since(String topic, Instant since) {
        return new TopicTail(TestBroker.bootstrapServers(), TestTopics.named(topic), since);
    }

    /** Polls until {@code count} events matching the predicate arrived or the timeout passed; returns the matches. */
    public List<Event> await(Predicate<Event> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && seen.stream().filter(matching).count() < count) {
            poll(Duration.ofMillis(200));
        }
        return seen.stream().filter(matching).toList();
    }

    /** Reads for the given time and returns everything seen that matches (to prove that nothing more came). */
    public List<Event> drain(Predicate<Event> matching, Duration during) {
        long deadline = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < deadline) {
            poll(Duration.ofMillis(200));
        }
        return seen.stream().filter(matching).toList();
    }

    private void poll(Duration d) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(d)) {
            seen.add(new Event(header(r, "ce_id"), header(r, "ce_type"), header(r, "ce_subject"), header(r, "ce_source"),
                    r.key(), r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8)));
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
