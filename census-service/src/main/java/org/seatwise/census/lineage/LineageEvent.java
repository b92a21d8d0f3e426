package org.seatwise.census.lineage;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.seatwise.census.unit.UnitNames;
import org.seatwise.contracts.Provenance;

/**
 * One change in the administrative-territorial structure, with its date and legal act.
 *
 * @param id            stable identifier, e.g. {@code KZ-2018-06-19-TURKESTAN}
 * @param date          the day the change took effect (first day of the month or year when less is known)
 * @param from          the units before the change (see {@link LineageKind} for each kind's shape)
 * @param to            the units after it
 * @param previousNames for a rename, the names the unit bore until {@code date}; null otherwise
 * @param act           the legal act, as precisely as it is known; null when none is known
 * @param note          what a reader needs to know beyond the act (e.g. how seatwise models it)
 * @param provenance    where the date and act were found
 */
public record LineageEvent(String id, LineageKind kind, LocalDate date, DatePrecision precision, List<String> from,
        List<String> to, UnitNames previousNames, String act, String note, Certainty certainty, Provenance provenance) {

    public LineageEvent {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a lineage event needs an id");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(provenance, "provenance");
        from = from == null ? List.of() : List.copyOf(from);
        to = to == null ? List.of() : List.copyOf(to);
        if (from.isEmpty() && to.isEmpty()) {
            throw new IllegalArgumentException(id + " involves no unit");
        }
        if (kind == LineageKind.RENAMED && (previousNames == null || from.size() != 1 || !from.equals(to))) {
            throw new IllegalArgumentException(id + ": a rename involves one unit, in from and to, and names its previous names");
        }
    }

    /** Whether the unit takes part in the event. */
    public boolean involves(String code) {
        return from.contains(code) || to.contains(code);
    }

    /** The units that cease to exist through the event. */
    public List<String> ceasing() {
        return switch (kind) {
            case SPLIT, MERGED -> from.stream().filter(c -> !to.contains(c)).toList();
            case ABOLISHED -> from;
            default -> List.of();
        };
    }

    /** The units that begin to exist through the event. */
    public List<String> beginning() {
        return switch (kind) {
            case SPLIT, MERGED -> to.stream().filter(c -> !from.contains(c)).toList();
            case CREATED -> to;
            default -> List.of();
        };
    }

    /** The units that exist before and after the event (changed in territory unless it is a rename). */
    public List<String> continuing() {
        LinkedHashSet<String> all = new LinkedHashSet<>(from);
        all.addAll(to);
        all.removeAll(ceasing());
        all.removeAll(beginning());
        return List.copyOf(all);
    }

    /** The date as far as it is known, e.g. {@code 1992-07}. */
    public String dateAsKnown() {
        return precision.format(date);
    }
}
