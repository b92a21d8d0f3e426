package org.seatwise.platform.outbox;

import java.util.UUID;

import org.seatwise.contracts.EventPayload;

/**
 * A payload about to be written to the outbox, with its CloudEvent id. Producers that must not
 * publish the same fact twice derive the id from the fact itself (see {@link #withStableId}).
 */
public record OutgoingEvent(UUID id, EventPayload payload) {

    public static OutgoingEvent of(EventPayload payload) {
        return new OutgoingEvent(UUID.randomUUID(), payload);
    }

    /** A name-based (version 3) UUID: the same name always gives the same event id. */
    public static OutgoingEvent withStableId(String name, EventPayload payload) {
        return new OutgoingEvent(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                payload);
    }
}
