package org.seatwise.election.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Provenance;
import org.seatwise.election.cap.LegalCap;
import org.seatwise.election.unit.KnownUnit;
import org.seatwise.election.validation.InvalidField;

class SeatCountValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 2, 1);
    private static final String LAW_2001 = "Law of 23 January 2001 on local government (art. 5(3))";
    // Kazakhstan's cap on regional councils since the law of 23 January 2001 (kazakhstan-maslikhat-caps.csv).
    private static final LegalCap OBLAST_2001 = new LegalCap("KZ", "OBLAST", LocalDate.of(2001, 1, 23), 50, LAW_2001,
            new Provenance(LAW_2001, LocalDate.of(2001, 1, 23), LAW_2001));
    private static final Map<String, KnownUnit> UNITS = Map.of(
            "KZ-61", new KnownUnit("KZ-61", "OBLAST", LocalDate.of(2018, 6, 19), null),
            "XX-1", new KnownUnit("XX-1", "OBLAST", null, null));
    private final SeatCountValidator validator = new SeatCountValidator(UNITS::get,
            (jurisdiction, kind, day) -> jurisdiction.equals("KZ") && kind.equals("OBLAST") && !day.isBefore(OBLAST_2001.inForceFrom())
                    ? Optional.of(OBLAST_2001) : Optional.empty(),
            TODAY);

    private static ConvocationDraft draft(String unit, String convocation, String date, String seats) {
        return new ConvocationDraft(unit, convocation, date, seats, "Central Election Commission", null, "results of 19 March 2023");
    }

    @Test
    @DisplayName("Turkestan's 46 seats of the VIII convocation are within the cap of 50; the source's date is the election's when not given")
    void withinCap() {
        var outcome = validator.validate(draft("KZ-61", "viii", "2023-03-19", "46"));
        assertThat(((SeatCountValidator.Valid) outcome).seats()).isEqualTo(new ConvocationSeats("KZ-61", "VIII",
                LocalDate.of(2023, 3, 19), 46, new Provenance("Central Election Commission", LocalDate.of(2023, 3, 19),
                        "results of 19 March 2023")));
    }

    @Test
    @DisplayName("51 seats for a regional council in 2023 exceed the cap of 50: the field, the cap and the act are named")
    void aboveCap() {
        var outcome = validator.validate(draft("KZ-61", "VIII", "2023-03-19", "51"));
        assertThat(((SeatCountValidator.Invalid) outcome).errors()).containsExactly(new InvalidField("seats", "51",
                "above the legal cap in force on 2023-03-19: at most 50 seats for OBLAST councils (" + LAW_2001
                        + ", in force from 2001-01-23)"));
    }

    @Test
    @DisplayName("without a cap in force for the unit's kind and day, any positive count is accepted")
    void noCapInForce() {
        assertThat(validator.validate(draft("XX-1", "II", "2020-05-01", "120"))).isInstanceOf(SeatCountValidator.Valid.class);
    }

    @Test
    @DisplayName("every bad field is named at once: unknown unit, convocation not a Roman numeral, election in the future, no seats, no source")
    void everyFieldAtOnce() {
        var outcome = validator.validate(new ConvocationDraft("KZ-99", "8th", "2026-03-01", "", null, null, null));
        assertThat(((SeatCountValidator.Invalid) outcome).errors()).containsExactly(
                new InvalidField("unitCode", "KZ-99", "unknown unit: census-service has announced no unit with this code"),
                new InvalidField("convocation", "8th", "not a convocation number: a Roman numeral such as VIII"),
                new InvalidField("electionDate", "2026-03-01", "date in the future (today is 2025-02-01)"),
                new InvalidField("seats", "", "required"),
                new InvalidField("source", null, "required"));
    }

    @Test
    @DisplayName("Turkestan region cannot have held an election in 1994, before it was created on 19 June 2018")
    void unitDidNotExist() {
        var outcome = validator.validate(draft("KZ-61", "I", "1994-03-07", "47"));
        assertThat(((SeatCountValidator.Invalid) outcome).errors()).containsExactly(new InvalidField("electionDate", "1994-03-07",
                "unit KZ-61 did not exist on that day (valid from 2018-06-19)"));
    }
}
