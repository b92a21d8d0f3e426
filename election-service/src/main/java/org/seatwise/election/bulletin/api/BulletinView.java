package org.seatwise.election.bulletin.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.seatwise.election.bulletin.Bulletin;

/** A bulletin as the API shows it (its rows are at {@code /api/v1/bulletins/{id}/rows}). */
public record BulletinView(UUID id, String issuer, String title, LocalDate rollDate, LocalDate publishedOn,
        String citation, String contentHash, int version, String status, UUID supersededBy, int rowCount,
        Instant receivedAt) {

    static BulletinView of(Bulletin b) {
        return new BulletinView(b.id(), b.header().issuer(), b.header().title(), b.header().rollDate(),
                b.header().publishedOn(), b.header().citation(), b.contentHash(), b.version(), b.status(),
                b.supersededBy(), b.rowCount(), b.receivedAt());
    }
}
