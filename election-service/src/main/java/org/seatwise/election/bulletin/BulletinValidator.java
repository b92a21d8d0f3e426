package org.seatwise.election.bulletin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import org.seatwise.election.unit.KnownPopulation;
import org.seatwise.election.unit.KnownUnit;

/**
 * Checks a whole bulletin and collects every problem before anything is stored: missing or
 * malformed fields, a roll date in the future, unknown units or units that did not exist on the
 * roll date, missing, non-integer or non-positive counts, counts above the unit's population where
 * census-service has announced one, and duplicate units.
 */
public final class BulletinValidator {

    /** The largest bulletin accepted in one upload. */
    public static final int MAX_ROWS = 100_000;
    /** More voters than any unit on Earth has; a count above it is a typo or an attack. */
    static final long ABSURD_VOTERS = 1_500_000_000L;
    /** How often a caller hears how many rows are validated. */
    public static final int PROGRESS_EVERY = 5_000;
    private static final int MAX_TEXT = 500;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,19}");

    private final Function<String, KnownUnit> units;
    private final Function<String, KnownPopulation> populations;
    private final LocalDate today;

    /** @param units the unit for a code, or null when census-service has announced none */
    public BulletinValidator(Function<String, KnownUnit> units, LocalDate today) {
        this(units, code -> null, today);
    }

    /**
     * @param units       the unit for a code, or null when census-service has announced none
     * @param populations the unit's latest total population, or null when none is known
     */
    public BulletinValidator(Function<String, KnownUnit> units, Function<String, KnownPopulation> populations,
            LocalDate today) {
        this.units = units;
        this.populations = populations;
        this.today = today;
    }

    /** Either the valid bulletin or every error found; never both. */
    public sealed interface Outcome permits Valid, Invalid {
    }

    public record Valid(ValidBulletin bulletin) implements Outcome {
    }

    public record Invalid(List<RowError> errors) implements Outcome {
    }

    public Outcome validate(DraftBulletin draft) {
        return validate(draft, rows -> {
        });
    }

    /** Validates, telling {@code rowsValidated} the count so far every {@link #PROGRESS_EVERY} rows and at the end. */
    public Outcome validate(DraftBulletin draft, IntConsumer rowsValidated) {
        List<RowError> errors = new ArrayList<>();
        String issuer = requiredText(draft.issuer(), "issuer", errors);
        String title = optionalText(draft.title(), "title", errors);
        String citation = optionalText(draft.citation(), "citation", errors);
        LocalDate rollDate = date(draft.rollDate(), "rollDate", true, errors);
        LocalDate publishedOn = date(draft.publishedOn(), "publishedOn", false, errors);
        if (rollDate != null && publishedOn != null && publishedOn.isBefore(rollDate)) {
            errors.add(new RowError(null, "publishedOn", draft.publishedOn(), "a bulletin cannot be published before its roll date"));
        }
        List<DraftRow> drafts = draft.rows() == null ? List.of() : draft.rows();
        if (drafts.isEmpty()) {
            errors.add(new RowError(null, "rows", null, "a bulletin needs at least one row"));
        } else if (drafts.size() > MAX_ROWS) {
            errors.add(new RowError(null, "rows", String.valueOf(drafts.size()),
                    "at most " + MAX_ROWS + " rows per bulletin; split it by region"));
            return new Invalid(errors);
        }
        List<RollRow> rows = new ArrayList<>(drafts.size());
        Map<String, Integer> firstLine = new HashMap<>();
        int validated = 0;
        for (DraftRow row : drafts) {
            String code = row.unitCode() == null ? "" : row.unitCode().trim();
            boolean unitOk = true;
            if (code.isEmpty()) {
                errors.add(new RowError(row.line(), "unitCode", row.unitCode(), "missing unit code"));
                unitOk = false;
            } else if (code.length() > 64) {
                errors.add(new RowError(row.line(), "unitCode", code.substring(0, 64) + "…", "unit code longer than 64 characters"));
                unitOk = false;
            } else {
                KnownUnit unit = units.apply(code);
                if (unit == null) {
                    errors.add(new RowError(row.line(), "unitCode", code, "unknown unit: census-service has announced no unit with this code"));
                    unitOk = false;
                } else if (rollDate != null && !unit.validOn(rollDate)) {
                    errors.add(new RowError(row.line(), "unitCode", code, "the unit did not exist on the roll date " + rollDate
                            + " (valid " + (unit.validFrom() == null ? "" : "from " + unit.validFrom())
                            + (unit.validTo() == null ? "" : " to " + unit.validTo()) + ")"));
                    unitOk = false;
                }
                Integer earlier = firstLine.putIfAbsent(code, row.line());
                if (earlier != null) {
                    errors.add(new RowError(row.line(), "unitCode", code, "duplicate unit: already given on line " + earlier));
                    unitOk = false;
                }
            }
            Long voters = voters(row, errors);
            if (unitOk && voters != null) {
                KnownPopulation population = populations.apply(code);
                if (population != null && voters > population.population()) {
                    errors.add(new RowError(row.line(), "voters", String.valueOf(voters),
                            "more voters than the unit's population: " + population.cited()));
                } else {
                    rows.add(new RollRow(row.line(), code, voters));
                }
            }
            if (++validated % PROGRESS_EVERY == 0) {
                rowsValidated.accept(validated);
            }
        }
        rowsValidated.accept(validated);
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        return new Valid(new ValidBulletin(new BulletinHeader(issuer, title, rollDate, publishedOn, citation), rows));
    }

    private static Long voters(DraftRow row, List<RowError> errors) {
        String text = row.voters() == null ? "" : row.voters().trim();
        if (text.isEmpty()) {
            errors.add(new RowError(row.line(), "voters", row.voters(), "missing count of voters"));
            return null;
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            errors.add(new RowError(row.line(), "voters", abbreviate(text), "not a whole number of voters"));
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            errors.add(new RowError(row.line(), "voters", abbreviate(text), "number too large"));
            return null;
        }
        if (value <= 0) {
            errors.add(new RowError(row.line(), "voters", text, "the count of voters must be positive"));
            return null;
        }
        if (value > ABSURD_VOTERS) {
            errors.add(new RowError(row.line(), "voters", text, "more voters than any unit has (limit " + ABSURD_VOTERS + ")"));
            return null;
        }
        return value;
    }

    private LocalDate date(String text, String field, boolean required, List<RowError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new RowError(null, field, text, "missing date (YYYY-MM-DD)"));
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            if (d.isAfter(today)) {
                errors.add(new RowError(null, field, text, "date in the future (today is " + today + ")"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new RowError(null, field, abbreviate(text), "not a date of the form YYYY-MM-DD"));
            return null;
        }
    }

    private static String requiredText(String text, String field, List<RowError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new RowError(null, field, text, "required"));
            return null;
        }
        return optionalText(text, field, errors);
    }

    private static String optionalText(String text, String field, List<RowError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            errors.add(new RowError(null, field, abbreviate(text), "longer than " + MAX_TEXT + " characters"));
            return null;
        }
        return text.trim();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
