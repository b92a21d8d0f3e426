package org.seatwise.election.validation;

/** Why a written value is rejected: the field, the value as sent (abbreviated), and the reason. */
public record InvalidField(String field, String value, String reason) {
}
