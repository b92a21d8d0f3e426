package org.seatwise.election.bulletin.api;

import java.time.Instant;
import java.util.UUID;

import org.seatwise.election.bulletin.upload.Upload;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An asynchronous upload as the API shows it.
 *
 * @param bulletin the bulletin's address once STORED
 * @param problem  the RFC 9457 problem once REJECTED or FAILED
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadView(UUID id, String href, String status, int total, int rowsValidated, int rowsStored,
        UUID bulletinId, String bulletin, Boolean created, JsonNode problem, Instant receivedAt, Instant updatedAt) {

    static UploadView of(Upload u, ObjectMapper json) {
        JsonNode problem;
        try {
            problem = u.problem() == null ? null : json.readTree(u.problem());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored problem of upload " + u.id() + " is not JSON", e);
        }
        return new UploadView(u.id(), "/api/v1/bulletins/uploads/" + u.id(), u.status().name(), u.total(), u.rowsValidated(),
                u.rowsStored(), u.bulletinId(), u.bulletinId() == null ? null : "/api/v1/bulletins/" + u.bulletinId(),
                u.created(), problem, u.receivedAt(), u.updatedAt());
    }
}
