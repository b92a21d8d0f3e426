package org.seatwise.gateway.stream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.smallrye.mutiny.Multi;

@Path("/api/v1/recommendations/stream")
public class RecommendationStreamResource {

    private final RecommendationFeed feed;

    public RecommendationStreamResource(RecommendationFeed feed) {
        this.feed = feed;
    }

    /**
     * Server-Sent Events of {@code RecommendationIssued}: the event id is the CloudEvent id, the
     * event name its type, the data its JSON payload. Optionally only one unit's events.
     */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("unit") String unit) {
        return feed.subscribe(lastEventId).filter(e -> unit == null || unit.equals(e.subject()))
                .map(e -> sse.newEventBuilder().id(e.id()).name(e.type()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(e.data()).build());
    }
}
