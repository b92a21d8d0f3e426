package org.seatwise.census.lineage;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lineage events as a graph from predecessors to successors, walked in time order: a unit's
 * ancestors are the units it came from, then the units those came from before that, and so on (and
 * descendants the other way). Renames link a unit to itself and are not steps.
 */
public final class LineageGraph {

    private static final Comparator<LineageEvent> CHRONOLOGICAL = Comparator.comparing(LineageEvent::date)
            .thenComparing(LineageEvent::id);

    private final List<LineageEvent> events;
    private final Map<String, List<LineageEvent>> byUnit;

    private LineageGraph(List<LineageEvent> events) {
        this.events = events;
        Map<String, List<LineageEvent>> index = new HashMap<>();
        for (LineageEvent e : events) {
            Set<String> units = new LinkedHashSet<>(e.from());
            units.addAll(e.to());
            units.forEach(u -> index.computeIfAbsent(u, k -> new ArrayList<>()).add(e));
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byUnit = Map.copyOf(index);
    }

    public static LineageGraph of(Collection<LineageEvent> events) {
        return new LineageGraph(events.stream().sorted(CHRONOLOGICAL).toList());
    }

    /** Every event, oldest first. */
    public List<LineageEvent> events() {
        return events;
    }

    /** The events the unit takes part in, oldest first. */
    public List<LineageEvent> eventsOf(String code) {
        return byUnit.getOrDefault(code, List.of());
    }

    /** The units this one came from, nearest first; each reached by the latest path back in time. */
    public List<Relative> ancestors(String code) {
        return walk(code, true);
    }

    /** The units that came from this one, nearest first. */
    public List<Relative> descendants(String code) {
        return walk(code, false);
    }

    /**
     * The events that changed the unit's territory after {@code after} and up to and including
     * {@code upTo}: a figure of the one date and a figure of the other then count different territories.
     */
    public List<LineageEvent> territorialChanges(String code, LocalDate after, LocalDate upTo) {
        return eventsOf(code).stream().filter(e -> e.kind().territorial())
                .filter(e -> e.date().isAfter(after) && !e.date().isAfter(upTo)).toList();
    }

    private record Visit(String code, LocalDate bound, int depth) {
    }

    private List<Relative> walk(String start, boolean backward) {
        Map<String, Relative> found = new LinkedHashMap<>();
        Map<String, LocalDate> bestBound = new HashMap<>();
        Deque<Visit> queue = new ArrayDeque<>();
        queue.add(new Visit(start, backward ? LocalDate.MAX : LocalDate.MIN, 0));
        bestBound.put(start, backward ? LocalDate.MAX : LocalDate.MIN);
        while (!queue.isEmpty()) {
            Visit v = queue.poll();
            List<LineageEvent> candidates = new ArrayList<>(eventsOf(v.code()));
            if (backward) {
                Collections.reverse(candidates);
            }
            for (LineageEvent e : candidates) {
                boolean inTime = backward ? !e.date().isAfter(v.bound()) : !e.date().isBefore(v.bound());
                List<String> here = backward ? e.to() : e.from();
                List<String> there = backward ? e.from() : e.to();
                if (!inTime || !e.kind().territorial() || !here.contains(v.code())) {
                    continue;
                }
                for (String next : there) {
                    if (next.equals(v.code()) || next.equals(start)) {
                        continue;
                    }
                    LocalDate known = bestBound.get(next);
                    boolean better = known == null || (backward ? e.date().isAfter(known) : e.date().isBefore(known));
                    if (!better) {
                        continue;
                    }
                    bestBound.put(next, e.date());
                    found.put(next, new Relative(next, v.depth() + 1, e, v.code(),
                            backward ? e.kind().backward() : e.kind().forward()));
                    queue.add(new Visit(next, e.date(), v.depth() + 1));
                }
            }
        }
        Comparator<LocalDate> byDate = backward ? Comparator.<LocalDate>reverseOrder() : Comparator.<LocalDate>naturalOrder();
        return found.values().stream().sorted(Comparator.comparingInt(Relative::depth)
                .thenComparing((Relative r) -> r.via().date(), byDate).thenComparing(Relative::code)).toList();
    }
}
