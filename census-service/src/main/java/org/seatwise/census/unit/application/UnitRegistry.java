package org.seatwise.census.unit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.seatwise.census.unit.persistence.UnitRepository;
import org.seatwise.contracts.UnitRegistered;
import org.seatwise.platform.outbox.Outbox;
import org.seatwise.platform.outbox.OutgoingEvent;

/** Registers units and announces each registration on Kafka, in one transaction. */
@ApplicationScoped
public class UnitRegistry {

    private final UnitRepository units;
    private final Outbox outbox;

    public UnitRegistry(UnitRepository units, Outbox outbox) {
        this.units = units;
        this.outbox = outbox;
    }

    /** Registers the units that are new or changed; returns how many were. Parents must come first. */
    @Transactional
    public int register(List<AdministrativeUnit> candidates) {
        int changed = 0;
        for (AdministrativeUnit unit : candidates) {
            if (units.find(unit.code()).filter(unit::equals).isPresent()) {
                continue;
            }
            units.save(unit);
            outbox.append(OutgoingEvent.of(announcement(unit)));
            changed++;
        }
        return changed;
    }

    static UnitRegistered announcement(AdministrativeUnit unit) {
        return new UnitRegistered(unit.code(), unit.kind().name(),
                new UnitRegistered.Names(unit.names().kk(), unit.names().ru(), unit.names().en()),
                unit.parentCode(), unit.validFrom(), unit.validTo(), unit.aliases(), unit.provenance());
    }
}
