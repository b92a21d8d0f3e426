package org.seatwise.census.lineage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.FormerName;

/**
 * Whether lineage events agree with the validity of the units they involve: a unit that comes out of
 * an event new starts on its date, a unit that goes into one and does not come out ends on it, a unit
 * that continues exists on both sides, and a rename ends a former name on its date.
 */
public final class LineageRules {

    private LineageRules() {
    }

    /** Every disagreement found, in words; empty when the events and units agree. */
    public static List<String> check(Map<String, AdministrativeUnit> units, List<LineageEvent> events) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (LineageEvent e : events) {
            if (!ids.add(e.id())) {
                problems.add(e.id() + ": the id is used twice");
            }
            List<String> unknown = union(e).stream().filter(c -> !units.containsKey(c)).sorted().toList();
            if (!unknown.isEmpty()) {
                problems.add(e.id() + ": unknown unit(s) " + unknown);
                continue;
            }
            shape(e, problems);
            LocalDate d = e.date();
            for (String code : e.continuing()) {
                AdministrativeUnit u = units.get(code);
                if (!u.validOn(d) || !u.validOn(d.minusDays(1))) {
                    problems.add(e.id() + ": " + code + " continues through the event, so it must exist on " + d
                            + " and the day before");
                }
            }
            for (String code : e.ceasing()) {
                AdministrativeUnit u = units.get(code);
                if (!d.equals(u.validTo())) {
                    problems.add(e.id() + ": " + code + " ceases on " + d + " but is valid to " + u.validTo());
                }
            }
            for (String code : e.beginning()) {
                AdministrativeUnit u = units.get(code);
                if (!d.equals(u.validFrom())) {
                    problems.add(e.id() + ": " + code + " begins on " + d + " but is valid from " + u.validFrom());
                }
            }
            if (e.kind() == LineageKind.RENAMED) {
                AdministrativeUnit u = units.get(e.from().get(0));
                boolean ends = u.formerNames().stream().map(FormerName::validTo).anyMatch(d::equals);
                if (!ends) {
                    problems.add(e.id() + ": no former name of " + u.code() + " ends on the rename's date " + d);
                }
            }
        }
        return problems;
    }

    private static void shape(LineageEvent e, List<String> problems) {
        switch (e.kind()) {
            case CREATED -> {
                if (e.to().size() != 1 || e.from().contains(e.to().get(0))) {
                    problems.add(e.id() + ": a creation yields exactly one new unit");
                }
            }
            case ABOLISHED -> {
                if (e.from().size() != 1 || e.to().contains(e.from().get(0))) {
                    problems.add(e.id() + ": an abolition ends exactly one unit");
                }
            }
            case SPLIT -> {
                if (e.from().size() != 1 || e.to().size() < 2) {
                    problems.add(e.id() + ": a split divides one unit into two or more");
                }
            }
            case MERGED -> {
                if (e.to().size() != 1 || e.from().size() < 2) {
                    problems.add(e.id() + ": a merger joins two or more units into one");
                }
            }
            case TRANSFERRED_TERRITORY -> {
                if (e.from().size() != 1 || e.to().size() != 1 || e.from().equals(e.to())) {
                    problems.add(e.id() + ": a transfer goes from one unit to another");
                }
            }
            case RENAMED -> {
                // the record itself checks the shape
            }
        }
    }

    private static Set<String> union(LineageEvent e) {
        Set<String> all = new HashSet<>(e.from());
        all.addAll(e.to());
        return all;
    }
}
