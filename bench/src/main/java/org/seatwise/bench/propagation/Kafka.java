package org.seatwise.bench.propagation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.seatwise.contracts.EventPayload;
import org.seatwise.contracts.EventType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Producers as the services configure theirs (acks=all, idempotent, batched), and CloudEvent records. */
final class Kafka {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Kafka() {
    }

    /** The settings of platform's OutboxRelay producer, so that the raw floor is produced the same way. */
    static KafkaProducer<String, byte[]> producer(String bootstrap, String clientId) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.CLIENT_ID_CONFIG, clientId), new StringSerializer(), new ByteArraySerializer());
    }

    /** A binary-mode CloudEvent as census-service's outbox relay would publish it. */
    static ProducerRecord<String, byte[]> cloudEvent(String topicPrefix, UUID id, EventPayload payload) throws Exception {
        EventType type = EventType.of(payload.getClass());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topicPrefix + type.topic(), payload.unitCode(),
                JSON.writeValueAsBytes(payload));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_source", "/seatwise/census-service");
        header(record, "ce_type", type.type());
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_subject", payload.unitCode());
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
