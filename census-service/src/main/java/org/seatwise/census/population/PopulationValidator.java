package org.seatwise.census.population;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.seatwise.census.unit.AdministrativeUnit;

/**
 * Checks a whole upload of population figures and collects every problem before anything is stored:
 * a missing source; per row an unknown unit, a unit that did not exist on the date, a malformed or
 * future date, an unknown universe, a missing, non-integer, negative or absurd value, a rounding that
 * the value does not respect, a duplicate of an earlier row, and a value that contradicts what the
 * same source said before. A row identical to a recorded figure is fine: uploading again is a no-op.
 */
public final class PopulationValidator {

    /** The largest upload accepted at once. */
    public static final int MAX_ROWS = 100_000;
    /** More people than live on Earth: a typo, not a count. */
    static final long ABSURD = 10_000_000_000L;
    private static final int MAX_SOURCE = 500;
    private static final int MAX_CITATION = 2_000;

    private final Function<String, Optional<AdministrativeUnit>> units;
    private final Function<FigureKey, Optional<PopulationFigure>> recorded;
    private final LocalDate today;

    /**
     * @param units    the unit for a code or alias
     * @param recorded the figure already stored under a key
     */
    public PopulationValidator(Function<String, Optional<AdministrativeUnit>> units,
            Function<FigureKey, Optional<PopulationFigure>> recorded, LocalDate today) {
        this.units = units;
        this.recorded = recorded;
        this.today = today;
    }

    /** Either every figure of the upload, valid, or every error; never both. */
    public sealed interface Outcome permits Valid, Invalid {
    }

    /**
     * @param figures  all rows as figures
     * @param newOnes  those not recorded yet (the rest are recorded identically)
     */
    public record Valid(String source, List<PopulationFigure> figures, List<PopulationFigure> newOnes) implements Outcome {
    }

    public record Invalid(List<RowError> errors) implements Outcome {
    }

    public Outcome validate(DraftUpload upload) {
        List<RowError> errors = new ArrayList<>();
        String source = text(upload.source(), "source", MAX_SOURCE, true, errors);
        String citation = text(upload.citation(), "citation", MAX_CITATION, false, errors);
        List<DraftFigure> rows = upload.rows() == null ? List.of() : upload.rows();
        if (rows.isEmpty()) {
            errors.add(new RowError(null, "figures", null, "an upload needs at least one figure"));
        } else if (rows.size() > MAX_ROWS) {
            errors.add(new RowError(null, "figures", String.valueOf(rows.size()), "at most " + MAX_ROWS
                    + " figures per upload; split it"));
            return new Invalid(errors);
        }
        List<PopulationFigure> figures = new ArrayList<>(rows.size());
        List<PopulationFigure> newOnes = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (DraftFigure row : rows) {
            int before = errors.size();
            LocalDate date = date(row, errors);
            Optional<Universe> universe = Universe.parse(row.universe());
            if (universe.isEmpty()) {
                errors.add(new RowError(row.row(), "universe", abbreviate(row.universe()), row.universe() == null
                        || row.universe().isBlank() ? "missing universe"
                        : "unknown universe; one of TOTAL_POPULATION (total), VOTING_AGE_POPULATION (voting-age), VOTERS_ON_ROLL (voters)"));
            }
            Optional<Basis> basis = Basis.parse(row.basis());
            if (basis.isEmpty()) {
                errors.add(new RowError(row.row(), "basis", abbreviate(row.basis()), "unknown basis; AS_ON_DATE or RECONSTRUCTED"));
            }
            AdministrativeUnit unit = unit(row, date, basis.orElse(Basis.AS_ON_DATE), errors);
            Long value = number(row.row(), "value", row.value(), true, errors);
            Long roundedTo = rounding(row, errors);
            if (value != null && value < 0) {
                errors.add(new RowError(row.row(), "value", row.value().trim(), "a population cannot be negative"));
            } else if (value != null && value >= ABSURD) {
                errors.add(new RowError(row.row(), "value", row.value().trim(), "more people than live on Earth"));
            } else if (value != null && roundedTo != null && value % roundedTo != 0) {
                errors.add(new RowError(row.row(), "value", row.value().trim(), "not a multiple of roundedTo " + roundedTo
                        + ": give the figure as the source rounds it, multiplied out"));
            }
            if (unit != null && date != null && universe.isPresent()) {
                String duplicateKey = unit.code() + "/" + date + "/" + universe.get();
                Integer earlier = firstRow.putIfAbsent(duplicateKey, row.row());
                if (earlier != null) {
                    errors.add(new RowError(row.row(), "unitCode", row.unitCode().trim(), "duplicate: row " + earlier
                            + " already gives " + unit.code() + " on " + date + " (" + universe.get() + ")"));
                }
            }
            String note = row.note() == null || row.note().isBlank() ? null : row.note().trim();
            if (note != null && note.length() > MAX_CITATION) {
                errors.add(new RowError(row.row(), "note", abbreviate(note), "longer than " + MAX_CITATION + " characters"));
            }
            if (errors.size() > before || source == null) {
                continue;
            }
            PopulationFigure figure = new PopulationFigure(null, unit.code(), date, universe.get(), value, roundedTo,
                    basis.get(), source, join(citation, note));
            Optional<PopulationFigure> stored = recorded.apply(figure.key());
            if (stored.isPresent() && !stored.get().sameAs(figure)) {
                PopulationFigure s = stored.get();
                errors.add(new RowError(row.row(), "value", row.value().trim(), "this source already gave " + s.value()
                        + " (rounded to " + s.roundedTo() + ", " + s.basis() + ") for " + unit.code() + " on " + date
                        + "; a correction is a new figure: upload it under the source of the correction"));
                continue;
            }
            figures.add(figure);
            if (stored.isEmpty()) {
                newOnes.add(figure);
            }
        }
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        return new Valid(source, figures, newOnes);
    }

    private AdministrativeUnit unit(DraftFigure row, LocalDate date, Basis basis, List<RowError> errors) {
        String code = row.unitCode() == null ? "" : row.unitCode().trim();
        if (code.isEmpty()) {
            errors.add(new RowError(row.row(), "unitCode", row.unitCode(), "missing unit code"));
            return null;
        }
        Optional<AdministrativeUnit> found = code.length() > 64 ? Optional.empty() : units.apply(code);
        if (found.isEmpty()) {
            errors.add(new RowError(row.row(), "unitCode", abbreviate(code), "unknown unit: no unit has this code or alias"));
            return null;
        }
        AdministrativeUnit unit = found.get();
        if (date != null && basis == Basis.AS_ON_DATE && !unit.validOn(date)) {
            errors.add(new RowError(row.row(), "unitCode", code, unit.code() + " did not exist on " + date + " (valid"
                    + (unit.validFrom() == null ? "" : " from " + unit.validFrom())
                    + (unit.validTo() == null ? "" : " to " + unit.validTo())
                    + "); a figure its source attributes to this unit's territory says basis RECONSTRUCTED"));
            return null;
        }
        return unit;
    }

    private LocalDate date(DraftFigure row, List<RowError> errors) {
        String text = row.date() == null ? "" : row.date().trim();
        if (text.isEmpty()) {
            errors.add(new RowError(row.row(), "date", row.date(), "missing date (YYYY-MM-DD)"));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text);
            if (d.isAfter(today)) {
                errors.add(new RowError(row.row(), "date", text, "date in the future (today is " + today + ")"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row.row(), "date", abbreviate(text), "not a date of the form YYYY-MM-DD"));
            return null;
        }
    }

    private static Long rounding(DraftFigure row, List<RowError> errors) {
        if (row.roundedTo() == null || row.roundedTo().isBlank()) {
            return 1L;
        }
        Long r = number(row.row(), "roundedTo", row.roundedTo(), false, errors);
        if (r == null) {
            return null;
        }
        long p = 1;
        while (p < r && p <= 100_000_000L) {
            p *= 10;
        }
        if (p != r) {
            errors.add(new RowError(row.row(), "roundedTo", row.roundedTo().trim(), "roundedTo is a power of ten from 1 to 1000000000"));
            return null;
        }
        return r;
    }

    private static Long number(int row, String field, String raw, boolean required, List<RowError> errors) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            if (required) {
                errors.add(new RowError(row, field, raw, "missing " + field));
            }
            return null;
        }
        if (!text.matches("[+-]?\\d{1,19}")) {
            errors.add(new RowError(row, field, abbreviate(text), "not a whole number"));
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, field, abbreviate(text), "number too large"));
            return null;
        }
    }

    private static String text(String raw, String field, int max, boolean required, List<RowError> errors) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                errors.add(new RowError(null, field, raw, "required: name the publication the figures come from"));
            }
            return null;
        }
        if (raw.length() > max) {
            errors.add(new RowError(null, field, abbreviate(raw), "longer than " + max + " characters"));
            return null;
        }
        return raw.trim();
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "; " + b;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
