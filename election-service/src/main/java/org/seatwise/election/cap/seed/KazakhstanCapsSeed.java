package org.seatwise.election.cap.seed;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seatwise.contracts.Provenance;
import org.seatwise.election.cap.CapRegistry;
import org.seatwise.election.cap.LegalCap;
import org.seatwise.platform.csv.CsvTable;

import io.quarkus.runtime.StartupEvent;

/**
 * Kazakhstan's caps on maslikhat seats, unchanged since the law of 10 December 1993 and restated by
 * the law of 23 January 2001 (art. 5(3)): regions, cities of republican significance and the capital
 * up to 50, cities up to 30, districts up to 25.
 */
@ApplicationScoped
public class KazakhstanCapsSeed {

    private static final Logger LOG = Logger.getLogger(KazakhstanCapsSeed.class);
    static final String CAPS = "/seed/kz/kazakhstan-maslikhat-caps.csv";

    private final CapRegistry caps;
    private final boolean enabled;

    public KazakhstanCapsSeed(CapRegistry caps, @ConfigProperty(name = "seatwise.seed.kazakhstan", defaultValue = "true") boolean enabled) {
        this.caps = caps;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent started) {
        load();
    }

    /** Records the seeded caps that are missing; a cap already recorded (an analyst's correction) stays. */
    int load() {
        if (!enabled) {
            return 0;
        }
        int recorded = caps.recordMissing(caps());
        LOG.infof("Kazakhstan caps seed: %d caps recorded, the others were already", recorded);
        return recorded;
    }

    static List<LegalCap> caps() {
        return CsvTable.parseResource(CAPS).rows().stream().map(r -> {
            LocalDate from = LocalDate.parse(r.get("in_force_from"));
            return new LegalCap("KZ", r.get("unit_kind"), from, Integer.parseInt(r.get("max_seats")), r.get("legal_act"),
                    new Provenance(r.get("legal_act"), from, r.get("legal_act")));
        }).toList();
    }
}
