package org.seatwise.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, with {@code errors} as the extension member that names every bad
 * field or row (validation collects them all before answering).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://seatwise.org/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(URI.create(TYPE_BASE + "invalid-input"), "Invalid input", 422, detail, null,
                List.copyOf(errors));
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    /**
     * One bad value.
     *
     * @param row     1-based row (CSV line or JSON array index + 1), null when not about a row
     * @param field   the field or parameter name
     * @param reason  why it is rejected, in words a user can act on
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(Integer row, String field, String value, String reason) {

        public static FieldError field(String field, String reason) {
            return new FieldError(null, field, null, reason);
        }
    }
}
