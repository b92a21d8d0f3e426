package org.seatwise.platform.events;

import java.time.Instant;
import java.util.Optional;

import org.seatwise.contracts.EventPayload;
import org.seatwise.contracts.EventType;

/**
 * A CloudEvent read from Kafka. {@code type} is empty for an event type this build does not know
 * (a newer producer): consumers skip those rather than fail, so producers can add types first.
 */
public record IncomingEvent(String id, Optional<EventType> type, String rawType, String source, Instant time,
        String subject, EventPayload payload, String topic, int partition, long offset) {

    public <T extends EventPayload> T payloadAs(Class<T> type) {
        return type.cast(payload);
    }
}
