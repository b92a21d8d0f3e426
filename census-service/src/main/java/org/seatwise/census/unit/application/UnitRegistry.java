package org.seatwise.census.unit.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.lineage.persistence.LineageRepository;
import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.persistence.UnitRepository;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.platform.outbox.Outbox;
import org.seatwise.platform.outbox.OutgoingEvent;

/**
 * Registers units and their lineage, and announces every change on Kafka in the same transaction:
 * a unit that is new or changed (names, former names, validity, aliases…) and every unit taking part
 * in a new or changed lineage event is re-announced whole as {@code UnitRegistered}.
 */
@ApplicationScoped
public class UnitRegistry {

    /** What a registration changed. */
    public record Registration(int unitsChanged, int eventsChanged, int announced) {
    }

    private final UnitRepository units;
    private final LineageRepository lineage;
    private final Outbox outbox;

    public UnitRegistry(UnitRepository units, LineageRepository lineage, Outbox outbox) {
        this.units = units;
        this.lineage = lineage;
        this.outbox = outbox;
    }

    /** Registers the units that are new or changed; returns how many were. Parents must come first. */
    @Transactional
    public int register(List<AdministrativeUnit> candidates) {
        return register(candidates, List.of()).unitsChanged();
    }

    /**
     * Registers units (parents first), then lineage events (whose units must be registered), in one
     * transaction; unchanged ones are left alone and not announced again.
     */
    @Transactional
    public Registration register(List<AdministrativeUnit> candidates, List<LineageEvent> events) {
        Set<String> announce = new LinkedHashSet<>();
        int unitsChanged = 0;
        for (AdministrativeUnit unit : candidates) {
            if (units.find(unit.code()).filter(unit::equals).isPresent()) {
                continue;
            }
            units.save(unit);
            announce.add(unit.code());
            unitsChanged++;
        }
        int eventsChanged = 0;
        for (LineageEvent event : events) {
            if (lineage.find(event.id()).filter(event::equals).isPresent()) {
                continue;
            }
            lineage.save(event);
            announce.addAll(event.from());
            announce.addAll(event.to());
            eventsChanged++;
        }
        if (!announce.isEmpty()) {
            var current = units.findAll(announce);
            outbox.appendAll(announce.stream().map(current::get).map(u -> OutgoingEvent.of(announcement(u))).toList());
        }
        return new Registration(unitsChanged, eventsChanged, announce.size());
    }

    static UnitRegistered announcement(AdministrativeUnit unit) {
        return new UnitRegistered(unit.code(), unit.kind().name(),
                new UnitRegistered.Names(unit.names().kk(), unit.names().ru(), unit.names().en()),
                unit.parentCode(), unit.validFrom(), unit.validTo(), unit.aliases(), unit.provenance());
    }
}
