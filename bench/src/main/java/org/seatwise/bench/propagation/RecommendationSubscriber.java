package org.seatwise.bench.propagation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A subscriber of the recommendations topic, polling on its own thread from before a bulletin is
 * posted, noting when each unit's {@code RecommendationIssued} events arrive and from which bulletin
 * (the event's {@code input.figureId}).
 */
final class RecommendationSubscriber implements AutoCloseable {

    private record Arrival(String unitCode, String bulletinId, long nanos) {
    }

    private static final byte[] FIGURE_ID = "\"figureId\":\"".getBytes(StandardCharsets.UTF_8);

    private final KafkaConsumer<String, byte[]> consumer;
    private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final Thread poller;
    private volatile boolean running = true;

    RecommendationSubscriber(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        poller = new Thread(this::poll, "recommendation-subscriber");
        poller.start();
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                long now = System.nanoTime();
                arrivals.add(new Arrival(record.key(), figureId(record.value()), now));
            }
        }
        consumer.close();
    }

    /**
     * Waits until every unit has {@code perUnit} events from the bulletin and returns, per unit,
     * when the last of them arrived ({@link System#nanoTime()}); units still missing at the timeout
     * are left out.
     */
    Map<String, Long> await(String bulletinId, Collection<String> units, int perUnit, Duration timeout)
            throws InterruptedException {
        Set<String> wanted = Set.copyOf(units);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Long> complete = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (complete.size() < wanted.size() && System.nanoTime() < deadline) {
            Arrival a;
            boolean any = false;
            while ((a = arrivals.poll()) != null) {
                any = true;
                if (bulletinId.equals(a.bulletinId()) && wanted.contains(a.unitCode())
                        && counts.merge(a.unitCode(), 1, Integer::sum) == perUnit) {
                    complete.put(a.unitCode(), a.nanos());
                }
            }
            if (!any) {
                Thread.sleep(20);
            }
        }
        return complete;
    }

    private static String figureId(byte[] value) {
        outer:
        for (int i = 0; i + FIGURE_ID.length + 36 <= value.length; i++) {
            for (int j = 0; j < FIGURE_ID.length; j++) {
                if (value[i + j] != FIGURE_ID[j]) {
                    continue outer;
                }
            }
            return new String(value, i + FIGURE_ID.length, 36, StandardCharsets.UTF_8);
        }
        return "";
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5_000);
    }
}
