package org.seatwise.contracts;

/** The payload of a seatwise CloudEvent. Its subject, and the Kafka key, is a unit code. */
public sealed interface EventPayload
        permits UnitRegistered, PopulationRecorded, VoterRollPublished, CouncilSeatsRecorded, LegalCapRecorded,
        RecommendationIssued {

    /** The code of the administrative unit the event is about (CloudEvents {@code subject}). */
    String unitCode();
}
