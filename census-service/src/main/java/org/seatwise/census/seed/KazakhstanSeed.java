package org.seatwise.census.seed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.population.DraftUpload;
import org.seatwise.census.population.application.PopulationService;
import org.seatwise.census.seed.persistence.SeedLedger;
import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.application.UnitRegistry;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads Kazakhstan at start-up through the same paths as any other write: units and lineage through
 * the registry, figures through the validated upload. Idempotent: what is stored unchanged is not
 * stored or announced again. Once the whole seed is stored, its content hash is recorded
 * ({@link SeedLedger}); a restart that finds the same hash, under the same migrations, skips the
 * check (about a second of every start, docs/performance.md).
 */
@ApplicationScoped
public class KazakhstanSeed {

    private static final Logger LOG = Logger.getLogger(KazakhstanSeed.class);

    /** The seed's name in {@code seed_applied}. */
    static final String NAME = "kazakhstan";

    /** What a start did with the seed. */
    public enum Outcome {
        DISABLED, APPLIED, UNCHANGED
    }

    private final UnitRegistry registry;
    private final PopulationService population;
    private final SeedLedger ledger;
    private final boolean enabled;

    public KazakhstanSeed(UnitRegistry registry, PopulationService population, SeedLedger ledger,
            @ConfigProperty(name = "seatwise.seed.kazakhstan", defaultValue = "true") boolean enabled) {
        this.registry = registry;
        this.population = population;
        this.ledger = ledger;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent started) {
        load();
    }

    /** Stores what of the seed is new or changed, unless this very seed is recorded as stored. */
    public Outcome load() {
        if (!enabled) {
            return Outcome.DISABLED;
        }
        List<AdministrativeUnit> units = KazakhstanSeedData.units();
        List<LineageEvent> events = KazakhstanSeedData.lineage();
        List<DraftUpload> uploads = KazakhstanSeedData.population();
        String hash = ledger.hash(content(units, events, uploads));
        if (ledger.recorded(NAME).filter(hash::equals).isPresent()) {
            LOG.infof("Kazakhstan seed: unchanged since it was stored (%d units, %d lineage events, %d uploads; hash %s), "
                    + "not checked again", units.size(), events.size(), uploads.size(), hash.substring(0, 12));
            return Outcome.UNCHANGED;
        }
        UnitRegistry.Registration r = registry.register(units, events);
        int stored = 0;
        for (DraftUpload upload : uploads) {
            PopulationService.Result result = population.submit(upload);
            if (result instanceof PopulationService.Rejected rejected) {
                throw new IllegalStateException("the Kazakhstan seed's figures from '" + upload.source() + "' are invalid: "
                        + rejected.errors());
            }
            stored += ((PopulationService.Accepted) result).stored();
        }
        LOG.infof("Kazakhstan seed: %d units and %d lineage events registered or updated, %d units announced, "
                + "%d population figures stored", r.unitsChanged(), r.eventsChanged(), r.announced(), stored);
        ledger.record(NAME, hash);
        return Outcome.APPLIED;
    }

    /** Everything the seed stores, as text: records and enums print every value they hold. */
    static String content(List<AdministrativeUnit> units, List<LineageEvent> events, List<DraftUpload> uploads) {
        return units + "\n" + events + "\n" + uploads;
    }
}
