package org.seatwise.platform.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.seatwise.contracts.EventPayload;
import org.seatwise.contracts.EventType;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns contract payloads into record values and CloudEvent records back into payloads. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper json;

    public EventCodec(ObjectMapper json) {
        this.json = json;
    }

    public byte[] encode(EventPayload payload) {
        try {
            return json.writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + payload.getClass().getSimpleName(), e);
        }
    }

    public EventPayload decode(EventType type, byte[] data) {
        try {
            return json.readValue(data, type.payload());
        } catch (IOException e) {
            throw new MalformedEventException("payload of " + type.type() + " does not match its contract: "
                    + e.getMessage(), e);
        }
    }

    public IncomingEvent decode(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String id = header(headers, CloudEventHeaders.ID);
        String rawType = header(headers, CloudEventHeaders.TYPE);
        if (id == null || rawType == null) {
            throw new MalformedEventException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent (no ce_id or ce_type header)", null);
        }
        Optional<EventType> type = EventType.ofType(rawType);
        String time = header(headers, CloudEventHeaders.TIME);
        EventPayload payload = type.map(t -> decode(t, record.value())).orElse(null);
        return new IncomingEvent(id, type, rawType, header(headers, CloudEventHeaders.SOURCE),
                time == null ? null : Instant.parse(time), header(headers, CloudEventHeaders.SUBJECT), payload,
                record.topic(), record.partition(), record.offset());
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** A record that is not a well-formed seatwise CloudEvent. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
