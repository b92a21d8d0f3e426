package org.seatwise.model.sizing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.seatwise.platform.csv.CsvTable;

/**
 * The legal caps on council seats by unit kind and the date from which each applied. For a kind and
 * a date, the cap in force is the latest one that names that kind and applied on or before that day.
 *
 * <p>A kind that no law in force names has no cap: {@link #capOn} answers empty rather than borrowing
 * another kind's. In Kazakhstan this is the case of {@code CAPITAL} before 23 January 2001: the 1993
 * law names regional councils and the council of Almaty (the capital until 1997) but no capital as
 * such; Astana's council is capped explicitly only by the 2001 law. A caller that wants the 1993 cap
 * of cities of republican significance for Astana between 1997 and 2001 asks for that kind by name.
 */
public final class CapSchedule {

    private final List<LegalCap> caps;

    public CapSchedule(List<LegalCap> caps) {
        this.caps = caps.stream().sorted(Comparator.comparing(LegalCap::inForceFrom)).toList();
    }

    /** Kazakhstan's maslikhat caps, from {@code scales/kazakhstan-maslikhat-caps.csv}. */
    public static CapSchedule kazakhstan() {
        return Holder.KAZAKHSTAN;
    }

    /** The cap in force for a kind of unit on a date, with its legal act; empty when no law names the kind. */
    public Optional<LegalCap> capOn(String unitKind, LocalDate date) {
        String kind = unitKind.trim().toUpperCase(Locale.ROOT);
        return caps.stream()
                .filter(c -> c.unitKind().equals(kind) && !c.inForceFrom().isAfter(date))
                .reduce((earlier, later) -> later);
    }

    /** Every cap, oldest first. */
    public List<LegalCap> caps() {
        return caps;
    }

    private static final class Holder {
        private static final CapSchedule KAZAKHSTAN = new CapSchedule(
                CsvTable.parseResource("/scales/kazakhstan-maslikhat-caps.csv").rows().stream()
                        .map(r -> new LegalCap(r.get("unit_kind").trim().toUpperCase(Locale.ROOT),
                                Integer.parseInt(r.get("max_seats").trim()), LocalDate.parse(r.get("in_force_from").trim()),
                                r.get("legal_act").trim()))
                        .toList());
    }
}
