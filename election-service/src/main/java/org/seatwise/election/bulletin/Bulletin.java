package org.seatwise.election.bulletin;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored bulletin.
 *
 * @param version       1 for the first bulletin of an issuer and roll date, then 2, 3… for corrections
 * @param supersededBy  the correction that replaced it, null while it is the current version
 * @param acceptanceSequence  its place in the order election-service accepted bulletins (one sequence for all
 *                      issuers): of two figures of a unit for one roll date, the later accepted is current
 */
public record Bulletin(UUID id, BulletinHeader header, String contentHash, int version, UUID supersededBy,
        int rowCount, Instant receivedAt, long acceptanceSequence) {

    public String status() {
        return supersededBy == null ? "CURRENT" : "SUPERSEDED";
    }
}
