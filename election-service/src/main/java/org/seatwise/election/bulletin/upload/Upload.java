package org.seatwise.election.bulletin.upload;

import java.time.Instant;
import java.util.UUID;

/**
 * An asynchronous upload and how far it has got.
 *
 * @param total          rows in the upload
 * @param rowsStored     rows written so far; they become visible only when the whole bulletin commits
 * @param bulletinId     the bulletin it became (or that had the same content), once {@code STORED}
 * @param created        false when the same bulletin had been uploaded before
 * @param problem        the RFC 9457 problem (JSON) that rejected or failed it
 */
public record Upload(UUID id, UploadStatus status, int total, int rowsValidated, int rowsStored, UUID bulletinId,
        Boolean created, String problem, Instant receivedAt, Instant updatedAt) {
}
