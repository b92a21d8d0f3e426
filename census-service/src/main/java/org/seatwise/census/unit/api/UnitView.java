package org.seatwise.census.unit.api;

import java.time.LocalDate;
import java.util.List;

import org.seatwise.census.search.NameSearch;
import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.CensusPredecessor;
import org.seatwise.census.unit.FormerName;
import org.seatwise.census.unit.UnitNames;
import org.seatwise.contracts.Provenance;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A unit as the API shows it.
 *
 * @param namesAt the names in force on the {@code at} date of the query, when one was given
 * @param matched which name matched the {@code q} of the query, when one was given
 */
public record UnitView(String code, String kind, Names names, String parentCode, LocalDate validFrom,
        LocalDate validTo, List<String> aliases, Provenance provenance, List<FormerNameView> formerNames,
        List<CensusPredecessorView> censusPredecessors, @JsonInclude(JsonInclude.Include.NON_NULL) Names namesAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Matched matched) {

    public record Names(String kk, String ru, String en) {
        static Names of(UnitNames n) {
            return new Names(n.kk(), n.ru(), n.en());
        }
    }

    /** A former name and the interval (from inclusive, to exclusive) in which it was in force. */
    public record FormerNameView(Names names, LocalDate validFrom, LocalDate validTo) {
        static FormerNameView of(FormerName n) {
            return new FormerNameView(Names.of(n.names()), n.validFrom(), n.validTo());
        }
    }

    public record CensusPredecessorView(String census, String describedAs, String unitCode, String note) {
        static CensusPredecessorView of(CensusPredecessor p) {
            return new CensusPredecessorView(p.census(), p.describedAs(), p.predecessorCode(), p.note());
        }
    }

    /** The name a search matched, and where: {@code names.kk}, {@code formerNames[0].ru}, {@code aliases}… */
    public record Matched(String name, String where) {
        static Matched of(NameSearch.Match m) {
            return new Matched(m.name(), m.where());
        }
    }

    static UnitView of(AdministrativeUnit u) {
        return of(u, null, null);
    }

    static UnitView of(AdministrativeUnit u, LocalDate at, NameSearch.Match match) {
        return new UnitView(u.code(), u.kind().name(), Names.of(u.names()), u.parentCode(), u.validFrom(), u.validTo(),
                u.aliases(), u.provenance(), u.formerNames().stream().map(FormerNameView::of).toList(),
                u.censusPredecessors().stream().map(CensusPredecessorView::of).toList(),
                at == null ? null : Names.of(u.namesOn(at)), match == null ? null : Matched.of(match));
    }
}
