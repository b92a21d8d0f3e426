package org.seatwise.census.unit.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.lineage.Relative;
import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.contracts.Provenance;

/**
 * A unit's lineage: the units it came from and the units that came from it, each with the event that
 * links it, and every event involved, oldest first.
 */
public record LineageView(String code, UnitView.Names names, LocalDate validFrom, LocalDate validTo,
        List<UnitView.FormerNameView> formerNames, List<UnitView.CensusPredecessorView> censusPredecessors,
        List<RelativeView> ancestors, List<RelativeView> descendants, List<EventView> events, String coverage) {

    /** What the lineage can and cannot say. */
    static final String COVERAGE = "The lineage holds the changes recorded in census-service (for Kazakhstan: those "
            + "the 2025 maslikhat study relies on, the 1997 mergers of its 1989 predecessors, and the capital's renames); "
            + "it is not a complete history of every boundary change.";

    /**
     * @param relation how the unit one step nearer relates to this one through {@code via}, e.g. "split from"
     * @param through  that nearer unit (the requested unit at depth 1)
     */
    public record RelativeView(String code, String kind, UnitView.Names names, LocalDate validFrom, LocalDate validTo,
            int depth, String relation, String through, String via) {
    }

    /**
     * @param dateAsKnown the date to its known precision: {@code 2022-06-08}, {@code 1992-07} or {@code 1992}
     * @param previousNames for a rename, the names until {@code date}
     */
    public record EventView(String id, String kind, LocalDate date, String datePrecision, String dateAsKnown,
            List<String> from, List<String> to, UnitView.Names previousNames, String act, String note,
            String certainty, Provenance provenance) {

        static EventView of(LineageEvent e) {
            return new EventView(e.id(), e.kind().name(), e.date(), e.precision().name(), e.dateAsKnown(), e.from(), e.to(),
                    e.previousNames() == null ? null : UnitView.Names.of(e.previousNames()), e.act(), e.note(),
                    e.certainty().name(), e.provenance());
        }
    }

    static RelativeView relative(Relative r, Map<String, AdministrativeUnit> units) {
        AdministrativeUnit u = units.get(r.code());
        return new RelativeView(r.code(), u == null ? null : u.kind().name(), u == null ? null : UnitView.Names.of(u.names()),
                u == null ? null : u.validFrom(), u == null ? null : u.validTo(), r.depth(), r.relation(), r.through(),
                r.via().id());
    }
}
