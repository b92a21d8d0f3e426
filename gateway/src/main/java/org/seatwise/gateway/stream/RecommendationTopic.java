package org.seatwise.gateway.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seatwise.platform.events.KafkaClientSettings;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Reads the recommendations topic into the {@link RecommendationFeed}, a whole poll at a time, with a plain
 * Kafka consumer on a thread of its own. Not through SmallRye Reactive Messaging: even in batch mode it
 * wrapped every record in a message with its metadata and context, and with its garbage the gateway spent
 * about as much CPU on a 100,000-unit bulletin as election-service (docs/performance.md).
 *
 * <p>Every gateway instance reads every event: a consumer group of its own, from the end of the topic at
 * start. Its offsets are committed all the same (every second): after a broker outage the consumer joins its
 * group again and resumes from them, instead of from the end, which would drop what was published meanwhile.
 */
@ApplicationScoped
public class RecommendationTopic {

    private static final Logger LOG = Logger.getLogger(RecommendationTopic.class);

    private final RecommendationFeed feed;
    private final Properties config;
    private final String topic;
    private volatile boolean running;
    private KafkaConsumer<String, byte[]> consumer;
    private Thread reader;

    public RecommendationTopic(RecommendationFeed feed,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "seatwise.stream.topic") String topic,
            @ConfigProperty(name = "seatwise.stream.group-id") String groupId) {
        this.feed = feed;
        this.topic = topic;
        this.config = KafkaClientSettings.of(kafkaConfig, ConsumerConfig.configNames());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
        config.put(ConsumerConfig.AUTO_COMMIT_INTERVAL_MS_CONFIG, 1_000);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-recommendations");
    }

    void start(@Observes StartupEvent started) {
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        reader = new Thread(this::run, "recommendations-reader");
        reader.setDaemon(true);
        reader.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (reader != null) {
            reader.join(5_000);
        }
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic));
            while (running) {
                try {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                    if (!records.isEmpty()) {
                        feed.on(records);
                    }
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // The client retries a broker outage itself; anything else is logged and the loop goes on.
                    LOG.warnf("reading %s failed (%s); trying again in 1 s", topic, e.toString());
                    sleep();
                }
            }
        } catch (WakeupException e) {
            // stopping
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
