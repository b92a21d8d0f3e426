package org.seatwise.census.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.seatwise.contracts.Provenance;

/**
 * A region, city, district… as the census knows it.
 *
 * @param code               ISO 3166-2 where one exists (e.g. {@code KZ-61}), otherwise seatwise's own stable code
 * @param names              the names in force now (or, for an abolished unit, when it ceased)
 * @param validFrom          null when the unit predates what the data covers
 * @param validTo            null while the unit exists; otherwise the day it ceased (exclusive)
 * @param aliases            former or alternative codes (older letter codes such as {@code KZ-AST}), sorted
 * @param formerNames        the names before each rename, oldest first
 * @param censusPredecessors the units of earlier censuses that sources compare this unit with
 */
public record AdministrativeUnit(String code, UnitKind kind, UnitNames names, String parentCode,
        LocalDate validFrom, LocalDate validTo, List<String> aliases, Provenance provenance,
        List<FormerName> formerNames, List<CensusPredecessor> censusPredecessors) {

    /** The form of a unit code, the same as the {@code unitCode} of the event contracts. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");

    public AdministrativeUnit {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a unit code: " + code);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(provenance, "provenance");
        if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
            throw new IllegalArgumentException(code + " cannot cease (" + validTo + ") before it exists (" + validFrom + ")");
        }
        aliases = aliases == null ? List.of() : aliases.stream().distinct().sorted().toList();
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
        censusPredecessors = censusPredecessors == null ? List.of() : List.copyOf(censusPredecessors);
        for (int i = 1; i < formerNames.size(); i++) {
            if (formerNames.get(i).validTo().isBefore(formerNames.get(i - 1).validTo())) {
                throw new IllegalArgumentException(code + ": former names must be listed oldest first");
            }
        }
    }

    /** A unit without former names or census predecessors. */
    public AdministrativeUnit(String code, UnitKind kind, UnitNames names, String parentCode, LocalDate validFrom,
            LocalDate validTo, List<String> aliases, Provenance provenance) {
        this(code, kind, names, parentCode, validFrom, validTo, aliases, provenance, List.of(), List.of());
    }

    /** Whether the unit exists on the given day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }

    /** The names the unit bore on the given day: a former name inside its interval, otherwise today's. */
    public UnitNames namesOn(LocalDate day) {
        return formerNames.stream().filter(n -> n.validOn(day)).map(FormerName::names).findFirst().orElse(names);
    }

    /** Every name the unit has borne, today's first. */
    public List<UnitNames> allNames() {
        List<UnitNames> all = new ArrayList<>();
        all.add(names);
        formerNames.stream().sorted(Comparator.comparing(FormerName::validTo).reversed()).map(FormerName::names)
                .forEach(all::add);
        return all;
    }

    public AdministrativeUnit withFormerNames(List<FormerName> former) {
        return new AdministrativeUnit(code, kind, names, parentCode, validFrom, validTo, aliases, provenance, former,
                censusPredecessors);
    }
}
