package org.seatwise.election.cap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.seatwise.contracts.Provenance;
import org.seatwise.election.validation.Fields;
import org.seatwise.election.validation.InvalidField;

/**
 * Checks a written cap whole. A cap may come into force in the future (a law is often adopted
 * before it applies); its provenance defaults to the act itself on the day it applies.
 */
public final class CapValidator {

    /** When no jurisdiction is written: the caps seatwise ships are Kazakhstan's. */
    public static final String DEFAULT_JURISDICTION = "KZ";
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,10})?");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,39}");

    /** Either the cap or every bad field; never both. */
    public sealed interface Outcome permits Valid, Invalid {
    }

    public record Valid(LegalCap cap) implements Outcome {
    }

    public record Invalid(List<InvalidField> errors) implements Outcome {
    }

    public Outcome validate(CapDraft draft) {
        List<InvalidField> errors = new ArrayList<>();
        Fields fields = new Fields(errors);
        String jurisdiction = code(draft.jurisdiction() == null || draft.jurisdiction().isBlank() ? DEFAULT_JURISDICTION
                : draft.jurisdiction(), "jurisdiction", JURISDICTION, "a country code such as KZ, or a region's code", errors);
        String kind = draft.unitKind() == null || draft.unitKind().isBlank() ? fields.requiredText(draft.unitKind(), "unitKind")
                : code(draft.unitKind(), "unitKind", KIND, "a unit kind such as OBLAST or CITY", errors);
        Integer maxSeats = fields.positiveInteger(draft.maxSeats(), "maxSeats");
        String act = fields.requiredText(draft.legalAct(), "legalAct");
        var from = fields.date(draft.inForceFrom(), "inForceFrom", true, null);
        String source = fields.optionalText(draft.source(), "source");
        var sourceDate = fields.date(draft.sourceDate(), "sourceDate", false, null);
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        return new Valid(new LegalCap(jurisdiction, kind, from, maxSeats, act,
                new Provenance(source == null ? act : source, sourceDate == null ? from : sourceDate, act)));
    }

    private static String code(String text, String field, Pattern pattern, String expected, List<InvalidField> errors) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (!pattern.matcher(t).matches()) {
            errors.add(new InvalidField(field, Fields.abbreviate(text), "expected " + expected));
            return null;
        }
        return t;
    }
}
