package org.seatwise.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event seatwise publishes: its CloudEvents type, the topic it travels on, its payload record
 * and the JSON Schema of that payload. A breaking change is a new constant with a new {@code …v2} type,
 * never an edit of an existing one.
 */
public enum EventType {
    UNIT_REGISTERED("seatwise.census.unit.registered.v1", Topics.CENSUS, UnitRegistered.class),
    POPULATION_RECORDED("seatwise.census.population.recorded.v1", Topics.CENSUS, PopulationRecorded.class),
    VOTER_ROLL_PUBLISHED("seatwise.election.voter-roll.published.v1", Topics.ELECTION, VoterRollPublished.class),
    COUNCIL_SEATS_RECORDED("seatwise.election.council-seats.recorded.v1", Topics.ELECTION, CouncilSeatsRecorded.class),
    LEGAL_CAP_RECORDED("seatwise.election.legal-cap.recorded.v1", Topics.ELECTION, LegalCapRecorded.class),
    RECOMMENDATION_ISSUED("seatwise.recommendation.issued.v1", Topics.RECOMMENDATIONS, RecommendationIssued.class);

    private final String type;
    private final String topic;
    private final Class<? extends EventPayload> payload;

    EventType(String type, String topic, Class<? extends EventPayload> payload) {
        this.type = type;
        this.topic = topic;
        this.payload = payload;
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventPayload> payload() {
        return payload;
    }

    /** Classpath location of the payload's JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + type + ".json";
    }

    public static Optional<EventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static EventType of(Class<? extends EventPayload> payload) {
        return Arrays.stream(values()).filter(t -> t.payload.equals(payload)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + payload.getName()));
    }
}
