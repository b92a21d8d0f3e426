package org.seatwise.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of an election-commission bulletin: the voters on the roll of one unit on the roll date.
 * A bulletin of N rows publishes N of these, each keyed by its unit, so that a 100,000-row bulletin
 * never has to fit in one Kafka record.
 *
 * @param bulletinId       the bulletin in election-service
 * @param bulletinVersion  1 for the first issue of a roll date, higher for corrections that supersede it
 * @param rowCount         how many rows the whole bulletin has (lets a consumer tell when it has all)
 * @param acceptanceSequence election-service's monotonic count of accepted bulletins, the same for every row of one
 *                         bulletin: of two figures of one unit and roll date, the one with the higher sequence is
 *                         current, whoever issued it (0 in events written before it existed: older than any)
 * @param acceptedAt       when election-service accepted the bulletin (null in events written before it existed)
 */
public record VoterRollPublished(
        String bulletinId,
        int bulletinVersion,
        int rowCount,
        String unitCode,
        long voters,
        LocalDate rollDate,
        Provenance provenance,
        long acceptanceSequence,
        Instant acceptedAt) implements EventPayload {
}
