package org.seatwise.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.seatwise.contracts.EventPayload;
import org.seatwise.contracts.EventType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Publishes contract events to the real broker as another service would, for consumer tests. */
public final class TestEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final KafkaProducer<String, byte[]> producer;

    public TestEvents() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestBroker.bootstrapServers(),
                "acks", "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends one CloudEvent with the given id and waits for the broker's acknowledgement. */
    public void send(String eventId, EventPayload payload) {
        try {
            producer.send(record(eventId, payload)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send " + payload.getClass().getSimpleName(), e);
        }
    }

    private static ProducerRecord<String, byte[]> record(String eventId, EventPayload payload) {
        EventType type = EventType.of(payload.getClass());
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(TestTopics.named(type.topic()), payload.unitCode(),
                    JSON.writeValueAsBytes(payload));
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", eventId);
            header(record, "ce_source", "/seatwise/test");
            header(record, "ce_type", type.type());
            header(record, "ce_time", Instant.now().toString());
            header(record, "ce_subject", payload.unitCode());
            return record;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + type.type(), e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
