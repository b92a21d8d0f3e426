package org.seatwise.model.sizing;

/**
 * One reason a model configuration is refused.
 *
 * @param field  what is wrong: {@code model}, {@code parameters.b}, {@code brackets[3]}
 * @param value  the value as given, null when it is missing
 * @param reason why, in words a caller can act on
 */
public record ConfigurationError(String field, String value, String reason) {
}
