package org.seatwise.election.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Provenance;
import org.seatwise.election.validation.InvalidField;

class CapValidatorTest {

    private static final String LAW_2001 = "Law of 23 January 2001 on local government (art. 5(3))";
    private final CapValidator validator = new CapValidator();

    @Test
    @DisplayName("a cap without jurisdiction or source is Kazakhstan's, cited to its act on the day it applies")
    void defaults() {
        var outcome = validator.validate(new CapDraft(null, "oblast", "50", LAW_2001, "2001-01-23", null, null));
        assertThat(((CapValidator.Valid) outcome).cap()).isEqualTo(new LegalCap("KZ", "OBLAST", LocalDate.of(2001, 1, 23), 50,
                LAW_2001, new Provenance(LAW_2001, LocalDate.of(2001, 1, 23), LAW_2001)));
    }

    @Test
    @DisplayName("every bad field of a cap is named at once: kind, seats, act and first day")
    void everyFieldAtOnce() {
        var outcome = validator.validate(new CapDraft("Kazakhstan", "oblast council", "0", " ", "23.01.2001", null, null));
        assertThat(((CapValidator.Invalid) outcome).errors()).containsExactly(
                new InvalidField("jurisdiction", "Kazakhstan", "expected a country code such as KZ, or a region's code"),
                new InvalidField("unitKind", "oblast council", "expected a unit kind such as OBLAST or CITY"),
                new InvalidField("maxSeats", "0", "must be at least 1"),
                new InvalidField("legalAct", " ", "required"),
                new InvalidField("inForceFrom", "23.01.2001", "not a date of the form YYYY-MM-DD"));
    }

    @Test
    @DisplayName("a missing unit kind and a fractional cap are named")
    void missingKindAndFraction() {
        var outcome = validator.validate(new CapDraft("KZ", null, "50.5", LAW_2001, "2001-01-23", null, null));
        assertThat(((CapValidator.Invalid) outcome).errors()).containsExactly(new InvalidField("unitKind", null, "required"),
                new InvalidField("maxSeats", "50.5", "not a whole number"));
    }
}
