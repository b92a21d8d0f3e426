package org.seatwise.election.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the texts of a written record one field at a time, adding an {@link InvalidField} for each
 * bad one and returning null for it, so that a validator reports every bad field at once.
 */
public final class Fields {

    private static final int MAX_TEXT = 500;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");

    private final List<InvalidField> errors;

    public Fields(List<InvalidField> errors) {
        this.errors = errors;
    }

    public String requiredText(String text, String field) {
        if (text == null || text.isBlank()) {
            errors.add(new InvalidField(field, text, "required"));
            return null;
        }
        return optionalText(text, field);
    }

    public String optionalText(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            errors.add(new InvalidField(field, abbreviate(text), "longer than " + MAX_TEXT + " characters"));
            return null;
        }
        return text.trim();
    }

    /** A date of the form YYYY-MM-DD; {@code notAfter} (nullable) refuses dates after it. */
    public LocalDate date(String text, String field, boolean required, LocalDate notAfter) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new InvalidField(field, text, "missing date (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.trim());
            if (notAfter != null && day.isAfter(notAfter)) {
                errors.add(new InvalidField(field, text, "date in the future (today is " + notAfter + ")"));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(new InvalidField(field, abbreviate(text), "not a date of the form YYYY-MM-DD"));
            return null;
        }
    }

    /** A whole number of at least 1. */
    public Integer positiveInteger(String text, String field) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            errors.add(new InvalidField(field, text, "required"));
            return null;
        }
        if (!WHOLE_NUMBER.matcher(t).matches()) {
            errors.add(new InvalidField(field, abbreviate(t), "not a whole number"));
            return null;
        }
        int value = Integer.parseInt(t);
        if (value <= 0) {
            errors.add(new InvalidField(field, t, "must be at least 1"));
            return null;
        }
        return value;
    }

    public static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
