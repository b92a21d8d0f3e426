package org.seatwise.election.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.seatwise.contracts.Convocation;
import org.seatwise.contracts.Provenance;
import org.seatwise.election.cap.LegalCap;
import org.seatwise.election.unit.KnownUnit;
import org.seatwise.election.validation.Fields;
import org.seatwise.election.validation.InvalidField;

/**
 * Checks a convocation's seat count whole: a unit census-service has announced and that existed on
 * the election date, a Roman numeral, an election date not in the future, a positive count that
 * does not exceed the legal cap in force for the unit's kind on the election date, and a source.
 */
public final class SeatCountValidator {

    /** The cap in force for a unit kind of a jurisdiction on a day, if any law sets one. */
    @FunctionalInterface
    public interface CapInForce {
        Optional<LegalCap> of(String jurisdiction, String unitKind, LocalDate day);
    }

    /** Either the seat count or every bad field; never both. */
    public sealed interface Outcome permits Valid, Invalid {
    }

    public record Valid(ConvocationSeats seats) implements Outcome {
    }

    public record Invalid(List<InvalidField> errors) implements Outcome {
    }

    private final Function<String, KnownUnit> units;
    private final CapInForce caps;
    private final LocalDate today;

    /** @param units the unit for a code, or null when census-service has announced none */
    public SeatCountValidator(Function<String, KnownUnit> units, CapInForce caps, LocalDate today) {
        this.units = units;
        this.caps = caps;
        this.today = today;
    }

    public Outcome validate(ConvocationDraft draft) {
        List<InvalidField> errors = new ArrayList<>();
        Fields fields = new Fields(errors);
        String code = draft.unitCode() == null ? "" : draft.unitCode().trim();
        KnownUnit unit = units.apply(code);
        if (unit == null) {
            errors.add(new InvalidField("unitCode", Fields.abbreviate(code),
                    "unknown unit: census-service has announced no unit with this code"));
        }
        String convocation = convocation(draft.convocation(), errors);
        LocalDate elected = fields.date(draft.electionDate(), "electionDate", true, today);
        if (unit != null && elected != null && !unit.validOn(elected)) {
            errors.add(new InvalidField("electionDate", draft.electionDate(), "unit " + code + " did not exist on that day"
                    + " (valid" + (unit.validFrom() == null ? "" : " from " + unit.validFrom())
                    + (unit.validTo() == null ? "" : " to " + unit.validTo()) + ")"));
            elected = null;
        }
        Integer seats = fields.positiveInteger(draft.seats(), "seats");
        if (unit != null && elected != null && seats != null) {
            Optional<LegalCap> cap = caps.of(LegalCap.jurisdictionOf(code), unit.kind(), elected);
            if (cap.isPresent() && seats > cap.get().maxSeats()) {
                errors.add(new InvalidField("seats", String.valueOf(seats), "above the legal cap in force on " + elected
                        + ": at most " + cap.get().cited()));
            }
        }
        String source = fields.requiredText(draft.source(), "source");
        LocalDate sourceDate = fields.date(draft.sourceDate(), "sourceDate", false, today);
        String citation = fields.optionalText(draft.citation(), "citation");
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        return new Valid(new ConvocationSeats(code, convocation, elected, seats,
                new Provenance(source, sourceDate == null ? elected : sourceDate, citation)));
    }

    private static String convocation(String text, List<InvalidField> errors) {
        try {
            Convocation.ordinal(text);
            return text.trim().toUpperCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidField("convocation", text == null ? null : Fields.abbreviate(text),
                    "not a convocation number: a Roman numeral such as VIII"));
            return null;
        }
    }
}
